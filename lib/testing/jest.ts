// Type-only: `import 'cdk8s-jobs/testing/jest'` types the matchers that `setupManifestTesting(expect)`
// registers, for the global `expect` (@types/jest) and for `expect` from '@jest/globals'.
// Compiles to an empty module: jest is not loaded.
/// <reference types="expect" preserve="true" />
import type { ManifestMatchers } from './matchers';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Matchers<R, T = {}> extends ManifestMatchers<R> {}
  }
}

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ManifestMatchers<R> {}
}
