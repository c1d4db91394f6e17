/**
 * `cdk8s-jobs/testing`: synthesize charts the way tests need them, snapshot them as the YAML
 * `cdk8s synth` writes, and assert on findings. Works in vitest and jest; loads neither.
 * Matcher typings: `cdk8s-jobs/testing/vitest` and `cdk8s-jobs/testing/jest` (type-only).
 * @module cdk8s-jobs/testing
 */
export { type Manifest } from './documents';
export { type ManifestViolation, formatManifestViolations } from './findings';
export { synthManifests, violationsOf, ManifestValidationError, type SynthManifestsOptions } from './synth';
export { toYaml, isManifest, manifestSerializer, markManifests, type SnapshotSerializer } from './serializer';
export { manifestMatchers, type ManifestMatchers, type ManifestMatcherOptions } from './matchers';
export { observeSynthLints, type SynthLintEvent } from '../jobs/synth-session';
export { setupManifestTesting, type ExpectWithSnapshots } from './setup';
