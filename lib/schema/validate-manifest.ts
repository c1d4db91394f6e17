// PLACEHOLDER: replaced by the schema work (issue 2). Signature is the contract.
import { resolveKubernetesVersion } from '../versions';
import type { Violation } from '../violation';

/** Options for {@link validateManifest}. */
export interface ValidateOptions {
  /** Target Kubernetes version, "1.28" to "1.36". @default "1.28" */
  readonly kubernetesVersion?: string;
}

/** Schema validation of one manifest against the strict batch/v1 schema of the target version. */
export function validateManifest(manifest: unknown, options: ValidateOptions = {}): Violation[] {
  resolveKubernetesVersion(options.kubernetesVersion);
  void manifest;
  return [];
}
