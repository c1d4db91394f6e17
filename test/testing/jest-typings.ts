// Type-level check (compiled by `npm run typecheck`, never run): the jest typings of the matchers
// work for `expect` from '@jest/globals', the way a jest user in TypeScript writes tests.
import { expect } from '@jest/globals';
import type {} from '../../lib/testing/jest';

export function typedJestAssertions(manifest: object): void {
  expect(manifest).toBeValidManifest();
  expect(manifest).toBeValidManifest({ kubernetesVersion: '1.30' });
  expect(manifest).not.toHaveViolation('job-restart-policy', 'spec.template.spec.restartPolicy');
  // @ts-expect-error the rule id is required
  expect(manifest).toHaveViolation();
}
