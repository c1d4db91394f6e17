import { manifestMatchers } from './matchers';
import { manifestSerializer, type SnapshotSerializer } from './serializer';

/** The part of vitest's or jest's `expect` that {@link setupManifestTesting} uses. */
export interface ExpectWithSnapshots {
  extend(matchers: Record<string, (this: any, received: any, ...args: any[]) => any>): void;
  addSnapshotSerializer(serializer: SnapshotSerializer): void;
}

/**
 * Registers the manifest matchers and the YAML snapshot serializer on a runner's `expect`.
 * Call it once in a setup file (vitest `setupFiles`, jest `setupFilesAfterEnv`):
 *
 * ```ts
 * import { expect } from 'vitest';            // jest: the global `expect`
 * import { setupManifestTesting } from 'cdk8s-jobs/testing';
 * setupManifestTesting(expect);
 * ```
 *
 * Takes `expect` as an argument so this package never loads vitest or jest itself. In jest,
 * `expect.addSnapshotSerializer` is jest-snapshot's public `addSerializer`, bound to the
 * instance the test runs with.
 */
export function setupManifestTesting(expect: ExpectWithSnapshots): void {
  if (typeof expect?.extend !== 'function' || typeof expect.addSnapshotSerializer !== 'function') {
    throw new TypeError('setupManifestTesting: pass the test runner\'s `expect` (from vitest, or jest\'s global `expect`)');
  }
  expect.extend(manifestMatchers);
  expect.addSnapshotSerializer(manifestSerializer);
}
