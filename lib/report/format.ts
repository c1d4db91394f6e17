import type { Violation } from '../violation';
import { escapeText } from './escape';

/**
 * The one human rendering of a violation, shared by synth-time errors, the CLI and the testing
 * kit: a headline in the API server's form with the rule id, then an indented hint and docs link.
 *
 * ```
 * spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never" [job-restart-policy]
 *     hint: use RestartPolicy.NEVER or RestartPolicy.ON_FAILURE
 *     docs: https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template
 * ```
 */
export function formatViolation(v: Violation, indent = '    ', audience: HintAudience = 'manifest'): string {
  const lines = [formatHeadline(v)];
  const hint = hintFor(v, audience);
  if (hint) lines.push(`${indent}hint: ${escapeText(hint)}`);
  if (v.docs) lines.push(`${indent}docs: ${escapeText(v.docs)}`);
  return lines.join('\n');
}

/** Who reads a hint: people editing YAML (the linter, the plugin), or writing constructs (synth, the testing kit). */
export type HintAudience = 'manifest' | 'construct';

/** The hint of a finding for its reader: the construct-terms one at synth when the rule has one. */
export function hintFor(v: Violation, audience: HintAudience): string | undefined {
  return audience === 'construct' ? (v.constructHint ?? v.hint) : v.hint;
}

/** Options for {@link formatHeadline}. */
export interface HeadlineOptions {
  /**
   * Mark warnings in the rule tag (`[warning rule-id]`). Turn it off where the line already
   * states the severity, as the CLI's `file:line:col: warning: …` does.
   * @default true
   */
  readonly severityTag?: boolean;
}

/**
 * `<path>: <message> [<rule>]`, with `warning` before the id for warnings. One line: control
 * characters of the path and message (which quote the manifest) are escaped by {@link escapeText}.
 */
export function formatHeadline(v: Violation, options: HeadlineOptions = {}): string {
  const where = v.path === '' ? '' : `${escapeText(v.path)}: `;
  const rule = escapeText(v.rule);
  const tag = v.severity === 'warning' && options.severityTag !== false ? `[warning ${rule}]` : `[${rule}]`;
  return `${where}${escapeText(v.message)} ${tag}`;
}
