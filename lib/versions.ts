/**
 * The Kubernetes versions this library validates against, oldest first.
 * The first one is the version of cdk8s-plus-28 and the default target.
 */
export const KUBERNETES_VERSIONS = ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36', '1.37'] as const;

/** A Kubernetes minor version this library can target, e.g. `'1.30'`. */
export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number];

/** The target when none is given: the Kubernetes version of cdk8s-plus-28. */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = '1.28';

/** Thrown for a target version outside {@link KUBERNETES_VERSIONS}. */
export class UnsupportedKubernetesVersionError extends Error {
  constructor(readonly input: unknown) {
    super(
      `unsupported Kubernetes version ${describeInput(input)}: ` +
        `supported versions are ${KUBERNETES_VERSIONS.map((v) => `"${v}"`).join(', ')} ` +
        `(pass the minor version as a string, e.g. "1.30")`,
    );
    this.name = 'UnsupportedKubernetesVersionError';
  }
}

/** The bad input in a message: JSON for strings, and never a throw (BigInt, symbols, proxies). */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 37)}...` : input);
  if (typeof input === 'bigint') return `${input}n (a BigInt)`;
  if (typeof input === 'object' && input !== null) return Array.isArray(input) ? 'a list' : 'an object';
  if (typeof input === 'function') return 'a function';
  return String(input);
}

/**
 * Resolves a user-supplied target to a {@link KubernetesVersion}.
 * Accepts `"1.30"`, `"v1.30"`, `"1.30.2"` and `"v1.30.2"`; `undefined` gives the default.
 * Numbers are refused: `1.30` in JavaScript is `1.3`.
 * @throws UnsupportedKubernetesVersionError for anything else
 */
export function resolveKubernetesVersion(input?: unknown): KubernetesVersion {
  if (input === undefined) return DEFAULT_KUBERNETES_VERSION;
  if (typeof input === 'string') {
    const m = /^v?(1\.\d+)(?:\.\d+)?$/.exec(input.trim());
    const candidate = m?.[1];
    if (candidate && (KUBERNETES_VERSIONS as readonly string[]).includes(candidate)) {
      return candidate as KubernetesVersion;
    }
  }
  throw new UnsupportedKubernetesVersionError(input);
}

const MINOR = Object.fromEntries(KUBERNETES_VERSIONS.map((v) => [v, Number(v.split('.')[1])])) as Record<KubernetesVersion, number>;

/** The minor number of a version: `minorOf('1.30') === 30`. */
export function minorOf(version: KubernetesVersion): number {
  return MINOR[version];
}

/** True when `version` is `min` or newer. */
export function isAtLeast(version: KubernetesVersion, min: KubernetesVersion): boolean {
  return minorOf(version) >= minorOf(min);
}
