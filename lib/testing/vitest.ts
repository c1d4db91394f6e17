// Type-only: `import 'cdk8s-jobs/testing/vitest'` (or reference it from a .d.ts) types the matchers
// that `setupManifestTesting(expect)` registers. Compiles to an empty module: vitest is not loaded.
/// <reference types="vitest" preserve="true" />
import type { ManifestMatchers } from './matchers';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends ManifestMatchers<T> {}
}
