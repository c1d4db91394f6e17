import type { IConstruct } from 'constructs';
import { formatHeadline } from '../report/format';
import type { Violation } from '../violation';

/** The lines already printed for a construct, kept on the construct itself (cdk8s validates several times per synth). */
const PRINTED = Symbol.for('cdk8s-jobs.printedWarnings');

type WithPrinted = IConstruct & { [PRINTED]?: Set<string> };

/**
 * Prints each warning once per construct to stderr, one line each:
 * `cdk8s-jobs warning: [<construct path>] <field path>: <message> [<rule>] (hint: <hint>)`.
 * Control characters in the path or message (from user input) are escaped, so a warning is
 * always exactly one line.
 */
export function reportSynthWarnings(construct: IConstruct, warnings: readonly Violation[]): void {
  if (warnings.length === 0) return;
  const printed = printedOf(construct);
  for (const w of warnings) {
    const line = synthWarningLine(construct.node.path, w);
    if (printed.has(line)) continue;
    printed.add(line);
    process.stderr.write(`${line}\n`);
  }
}

/** The one-line rendering of a synth-time warning. */
export function synthWarningLine(constructPath: string, w: Violation): string {
  const hint = w.hint ? ` (hint: ${w.hint})` : '';
  return `cdk8s-jobs warning: [${constructPath}] ${formatHeadline(w, { severityTag: false })}${hint}`.replace(CONTROL, escapeControl);
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeControl(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function printedOf(construct: IConstruct): Set<string> {
  const holder = construct as WithPrinted;
  if (!holder[PRINTED]) Object.defineProperty(holder, PRINTED, { value: new Set<string>(), enumerable: false });
  return holder[PRINTED]!;
}
