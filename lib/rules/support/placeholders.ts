import { goQuote } from '../../k8s/go-text';

/**
 * Left-over template placeholders: real manifests reach the API server with `${KSA_NAME}`,
 * `{{ .Values.sa }}` or `<node-hostname>` still in them because a render step (envsubst, Helm,
 * kustomize, a CI script) was skipped or did not know the variable. A rule that refuses such a
 * value says so in its hint, which tells the reader what to fix far better than a regex.
 *
 * Every pattern is linear: character classes that exclude the closing delimiter, no nested or
 * ambiguous quantifiers, and each unanchored scan stops at the next opening delimiter.
 */

/** Which templating convention the placeholder follows. */
export type PlaceholderSyntax =
  /** `${NAME}`, `${NAME:-default}`, `$NAME` (envsubst, shell, Terraform, Kustomize replacements). */
  | 'dollar-brace'
  /** `$(NAME)` (Make, Azure Pipelines, Kubernetes' own env expansion where it does not apply). */
  | 'dollar-paren'
  /** `{{ .Values.name }}` (Helm, Go templates, Jinja, Mustache, GitHub Actions' `${{ }}`). */
  | 'double-brace'
  /** `<node-hostname>` (documentation examples copied as they are). */
  | 'angle-brackets'
  /** `__NAME__` (token replacement tasks). */
  | 'double-underscore'
  /** `@NAME@` (Maven resource filtering, autoconf). */
  | 'at-signs'
  /** `PSTORE_PV_NAME`: a whole value in ALL_CAPS_WITH_UNDERSCORES, where a DNS name is expected. */
  | 'all-caps';

/** A placeholder found in a value: its convention and the placeholder text itself. */
export interface Placeholder {
  readonly syntax: PlaceholderSyntax;
  /** The matched placeholder, e.g. `${KSA_NAME}` (at most {@link MAX_SHOWN} characters). */
  readonly text: string;
}

/** Options of {@link findPlaceholder}. */
export interface PlaceholderOptions {
  /**
   * Whether a whole value in ALL_CAPS_WITH_UNDERSCORES counts as a placeholder. Right where the
   * field expects a lower-case DNS name (names of service accounts, volumes, nodes); wrong where
   * upper case is legitimate (label values, environment variable names).
   * @default true
   */
  readonly allCaps?: boolean;
}

/** Longest placeholder text kept (and printed in a hint). */
export const MAX_SHOWN = 80;

const EMBEDDED: ReadonlyArray<{ syntax: PlaceholderSyntax; pattern: RegExp }> = [
  { syntax: 'double-brace', pattern: /\{\{[^{}]*\}\}/ },
  { syntax: 'dollar-brace', pattern: /\$\{[^{}]*\}/ },
  { syntax: 'dollar-paren', pattern: /\$\([^()]*\)/ },
  { syntax: 'dollar-brace', pattern: /\$[A-Za-z_][A-Za-z0-9_]*/ },
  { syntax: 'angle-brackets', pattern: /<[A-Za-z][^<>]*>/ },
  { syntax: 'double-underscore', pattern: /__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*__/ },
  { syntax: 'at-signs', pattern: /@[A-Za-z_][A-Za-z0-9_]*@/ },
];

const ALL_CAPS = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * The first left-over template placeholder in `value`, or `undefined` (also for non-strings).
 * Ask only about a value a rule already refused: `$(VAR)` and `ALL_CAPS` are legitimate in
 * some fields.
 */
export function findPlaceholder(value: unknown, options: PlaceholderOptions = {}): Placeholder | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  for (const { syntax, pattern } of EMBEDDED) {
    const m = pattern.exec(value);
    if (m) return { syntax, text: m[0].slice(0, MAX_SHOWN) };
  }
  if ((options.allCaps ?? true) && value.length <= MAX_SHOWN && ALL_CAPS.test(value)) return { syntax: 'all-caps', text: value };
  return undefined;
}

/**
 * A hint for a refused value that holds a placeholder, or `undefined` when it holds none.
 * The placeholder is Go-quoted, so control characters and the like print escaped.
 */
export function placeholderHint(value: unknown, options: PlaceholderOptions = {}): string | undefined {
  const p = findPlaceholder(value, options);
  if (!p) return undefined;
  return (
    `${goQuote(p.text)} looks like a template variable that was not substituted: ` +
    'render the manifest (helm template, envsubst, kustomize build) before applying it, or write the real value'
  );
}

/** The placeholder hint when the value holds a placeholder, otherwise `fallback`. */
export function hintOrPlaceholder(value: unknown, fallback: string | undefined, options: PlaceholderOptions = {}): string | undefined {
  return placeholderHint(value, options) ?? fallback;
}
