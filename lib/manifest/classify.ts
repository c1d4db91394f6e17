import { asObject, asString } from './access';
import type { ManifestKind } from './job-view';

/**
 * The batch kind of a document, or `undefined` when it is not ours to judge: another kind, or a
 * custom resource of another group that happens to be called `CronJob`. A document with no
 * apiVersion but kind Job/CronJob counts as ours (the schema then reports the missing field).
 */
export function batchKindOf(manifest: unknown): ManifestKind | undefined {
  const doc = asObject(manifest);
  const kind = doc?.kind;
  if (kind !== 'Job' && kind !== 'CronJob') return undefined;
  const apiVersion = doc?.apiVersion;
  if (apiVersion === undefined || apiVersion === null) return kind;
  const s = asString(apiVersion);
  return s !== undefined && (s === 'batch' || s.startsWith('batch/')) ? kind : undefined;
}
