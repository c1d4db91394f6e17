import { RECOMMENDED_RULES } from '../rules';
import { allRuleInfo } from './rule-catalog';

/** What `cdk8s-jobs rules -o json` prints per rule. */
export interface RuleListing {
  readonly id: string;
  readonly severity: 'error' | 'warning';
  /** `api-server`: the server's verdict (or a warning it returns); `recommended`: best practice; `linter`: about the input or the annotations. */
  readonly category: 'api-server' | 'recommended' | 'linter';
  readonly summary: string;
  readonly docs: string;
}

const LINTER_FINDINGS = new Set(['yaml-syntax', 'yaml-duplicate-key', 'ignore-check-annotation']);

/** Every rule a report may carry, in engine order. */
export function ruleListing(): RuleListing[] {
  const recommended = new Set(RECOMMENDED_RULES.map((r) => r.id));
  return allRuleInfo().map((r) => ({
    id: r.id,
    severity: r.severity,
    category: recommended.has(r.id) ? 'recommended' : LINTER_FINDINGS.has(r.id) ? 'linter' : 'api-server',
    summary: r.summary,
    docs: r.docs,
  }));
}

/** `cdk8s-jobs rules`: one block per rule (`-o json`: a JSON array). */
export function formatRuleListing(format: 'text' | 'json'): string {
  const rules = ruleListing();
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(11)}  ${r.summary}\n${' '.repeat(width + 2)}${r.docs}\n`).join('');
}
