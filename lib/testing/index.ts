// The testing kit (issue 6), subpath export `cdk8s-jobs/testing`.
export {};
