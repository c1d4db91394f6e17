import { isAtLeast, type KubernetesVersion } from '../../versions';

/**
 * Detail of apimachinery's `field.TooLong` for the target: `must have at most N bytes` up to
 * 1.31, `may not be more than N bytes` from 1.32 (apimachinery v0.32 `field/errors.go`).
 */
export function tooLongDetail(max: number, version: KubernetesVersion): string {
  return isAtLeast(version, '1.32') ? `may not be more than ${max} bytes` : `must have at most ${max} bytes`;
}

/** apimachinery's `ValidateNonnegativeField` detail. */
export const NON_NEGATIVE = 'must be greater than or equal to 0';
