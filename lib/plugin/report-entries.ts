import { escapeText } from '../report/escape';
import { findRule } from '../rules';
import type { Violation } from '../violation';
import type { ValidationViolatingResource, ValidationViolation } from './cdk8s-cli-types';

/** One finding of the rule engine in one synthesized object. */
export interface LocatedViolation {
  readonly violation: Violation;
  /** `metadata.name`: the key cdk8s-cli uses to show the construct path. */
  readonly resourceName: string;
  /** The YAML file the object was synthesized into. */
  readonly manifestPath: string;
}

/**
 * Groups findings into report entries, one per rule id and severity, errors first. Each object
 * that breaks the rule is one violating resource, and each finding one of its locations, written
 * as `<path>: <server message>`, so the CLI's "N occurrences" counts findings and
 * every finding keeps its own field path and wording.
 */
export function toReportEntries(findings: readonly LocatedViolation[]): ValidationViolation[] {
  const groups = new Map<string, LocatedViolation[]>();
  const ordered = [...findings.filter(isError), ...findings.filter((f) => !isError(f))];
  for (const f of ordered) {
    const key = `${f.violation.severity} ${f.violation.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map(toEntry);
}

function toEntry(group: readonly LocatedViolation[]): ValidationViolation {
  const first = group[0]!.violation;
  const resources = new Map<string, { resourceName: string; manifestPath: string; locations: string[] }>();
  for (const { violation, resourceName, manifestPath } of group) {
    const key = `${manifestPath}\u0000${resourceName}`;
    // The cdk8s CLI prints these to the terminal as they are: untrusted text is escaped here.
    const resource = resources.get(key) ?? { resourceName: escapeText(resourceName), manifestPath: escapeText(manifestPath), locations: [] };
    resource.locations.push(location(violation));
    resources.set(key, resource);
  }
  return {
    ruleName: first.severity === 'warning' ? `${first.rule} (warning)` : first.rule,
    recommendation: recommendation(first),
    fix: fix(group.map((f) => f.violation)),
    violatingResources: [...resources.values()] satisfies ValidationViolatingResource[],
  };
}

/** `<path>: <server message>`; the rule id is the entry's title. */
function location(v: Violation): string {
  return escapeText(v.path === '' ? v.message : `${v.path}: ${v.message}`);
}

function recommendation(v: Violation): string {
  const summary =
    findRule(v.rule)?.summary ??
    (v.rule === 'schema' ? 'objects must match the JSON schema of the target Kubernetes version' : 'see the messages under Locations');
  return v.severity === 'error'
    ? `${summary} (the API server rejects the object otherwise)`
    : `${summary} (a warning: the API server accepts the object)`;
}

function fix(violations: readonly Violation[]): string {
  const hints = [...new Set(violations.map((v) => v.hint).filter((h): h is string => !!h).map(escapeText))];
  const docs = [...new Set(violations.map((v) => v.docs).filter((d): d is string => !!d))];
  const parts = [hints.join('; '), ...docs.map((d) => `see ${d}`)].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(' - ') : 'change the fields listed under Locations';
}

function isError(f: LocatedViolation): boolean {
  return f.violation.severity === 'error';
}
