// The cdk8s CLI validation plugin. The package root re-exports it: cdk8s-cli `require`s the
// package main and instantiates the class named in cdk8s.yaml.
export { JobsValidation, type JobsValidationProps } from './jobs-validation';
