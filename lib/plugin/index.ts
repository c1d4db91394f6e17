// The cdk8s CLI validation plugin (issue 6) exports from here.
export {};
