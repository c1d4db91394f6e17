import { lintManifest } from '../lint';
import { batchKindOf } from '../manifest/classify';
import { formatViolation } from '../report/format';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import type { Manifest, SourcedManifest } from './documents';

/** One finding of the rule engine, with the document it was found in. */
export interface ManifestViolation extends Violation {
  /** `Job` or `CronJob`. */
  readonly kind: string;
  /** `metadata.name` of the document, `''` when it has none. */
  readonly name: string;
  /** Position of the document in the synthesized output, from 0. */
  readonly index: number;
  /** Construct path of the object, when it came from a chart. */
  readonly constructPath?: string;
}

/**
 * Runs the rule engine over every batch Job and CronJob (ours, cdk8s-plus or plain `ApiObject`
 * alike); other kinds are not judged.
 */
export function lintBatchManifests(
  docs: readonly SourcedManifest[],
  kubernetesVersion: KubernetesVersion,
): ManifestViolation[] {
  return docs.flatMap(({ manifest, constructPath }, index) => {
    const kind = batchKindOf(manifest);
    if (!kind) return [];
    const name = typeof manifest.metadata?.name === 'string' ? manifest.metadata.name : '';
    return lintManifest(manifest, { kubernetesVersion }).map((v) => ({
      ...v,
      kind,
      name,
      index,
      ...(constructPath ? { constructPath } : {}),
    }));
  });
}

/** `Job "nightly-report"`, or `Job (no name)`. */
export function describeManifest(m: Manifest): string {
  return describeObject(m.kind, m.metadata?.name);
}

function describeObject(kind: unknown, name: unknown): string {
  return `${String(kind)} ${typeof name === 'string' && name !== '' ? JSON.stringify(name) : '(no name)'}`;
}

/**
 * Findings grouped by document, each rendered with `formatViolation` and indented:
 *
 * ```
 * Job "nightly" (chart/nightly/Resource)
 *   spec.template.spec.restartPolicy: Unsupported value: "Always": ... [job-restart-policy]
 *       hint: ...
 * ```
 */
export function formatManifestViolations(findings: readonly ManifestViolation[]): string {
  const groups = new Map<number, ManifestViolation[]>();
  for (const f of findings) groups.set(f.index, [...(groups.get(f.index) ?? []), f]);
  return [...groups.values()]
    .map((group) => {
      const first = group[0]!;
      const where = first.constructPath ? ` (${first.constructPath})` : '';
      const body = group.map((v) => indent(formatViolation(v, undefined, 'construct'), '  ')).join('\n');
      return `${describeObject(first.kind, first.name)}${where}\n${body}`;
    })
    .join('\n\n');
}

/** `1 error`, `2 warnings`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
