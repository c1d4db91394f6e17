/**
 * The cdk8s-plus the example app is written against. An app imports its own cdk8s-plus
 * directly (`import * as kplus from 'cdk8s-plus-33'`) and cdk8s-jobs from the matching entry
 * (`cdk8s-jobs/plus-33`); the examples import it through this one module so that the build can
 * compile the same app against each cdk8s-plus major (scripts/build-plus-majors.ts) and a test
 * can check that every build synthesizes the same manifests.
 */
export * from 'cdk8s-plus-28';
