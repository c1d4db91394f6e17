import { CATALOGUE, type CatalogueField } from '../k8s/catalogue';
import { isAtLeast, type KubernetesVersion } from '../versions';

/** Where a JobSpec sits in a Job and in a CronJob. */
const JOB_SPEC_PATHS = ['spec', 'spec.jobTemplate.spec'];

/** The catalogue rows of fields that some supported versions' schemas do not have yet. */
const ADDED_LATER = (CATALOGUE as readonly CatalogueField[]).filter((r) => r.addedIn !== undefined);

/** `spec.template.spec.containers[].x` for a raw path (indices become `[]`). */
function dotted(raw: ReadonlyArray<string | number>): string {
  return raw.map((s) => (typeof s === 'number' ? '[]' : `.${s}`)).join('').replace(/^\./, '').replace(/\.\[\]/g, '[]');
}

/**
 * The hint for an unknown field that is a catalogue field added after the target version
 * (`managedBy` on 1.28): strict decoding refuses it there, and the fix is a newer target or
 * dropping the field. `undefined` for any other unknown field.
 */
export function addedLaterHint(raw: ReadonlyArray<string | number>, version: KubernetesVersion): string | undefined {
  const path = dotted(raw);
  for (const row of ADDED_LATER) {
    if (isAtLeast(version, row.addedIn!)) continue;
    const places =
      row.definition === 'batch.JobSpec'
        ? JOB_SPEC_PATHS.map((p) => `${p}.${row.field}`)
        : JOB_SPEC_PATHS.flatMap((p) => (row.podPaths ?? []).map((pod) => `${p}.template.spec.${pod}`));
    if (places.includes(path)) {
      return `${row.describedAs ?? row.field} is in batch/v1 from Kubernetes ${row.addedIn}: target ${row.addedIn} or newer (--kubernetes-version ${row.addedIn}), or remove the field`;
    }
  }
  return undefined;
}
