import { batchKindOf } from '../manifest/classify';
import { resolveKubernetesVersion, type KubernetesVersion } from '../versions';
import { describeValue, isChartOrApp, synthesizeScope, targetVersionOf, type SourcedManifest } from './documents';
import { count, describeManifest, formatManifestViolations, lintBatchManifests, type ManifestViolation } from './findings';
import { isManifest, isManifestList } from './serializer';

/** Options of the manifest matchers. */
export interface ManifestMatcherOptions {
  /**
   * The Kubernetes version to judge against, one of `KUBERNETES_VERSIONS`.
   * @default for a chart or app its context `cdk8s-jobs:kubernetesVersion`, else "1.28"
   */
  readonly kubernetesVersion?: string;
}

/**
 * The matchers added by `setupManifestTesting`, for typing `expect(...)` in vitest and jest.
 * The received value is a manifest, a list of manifests, or a cdk8s Chart or App.
 */
export interface ManifestMatchers<R = unknown> {
  /** Passes when no batch Job or CronJob in the received value has an error (warnings pass). */
  toBeValidManifest(options?: ManifestMatcherOptions): R;
  /**
   * Passes when the rule engine reports `ruleId` (at `path`, when given:
   * `spec.template.spec.restartPolicy`), as an error or a warning.
   */
  toHaveViolation(ruleId: string, path?: string, options?: ManifestMatcherOptions): R;
}

/** The part of the runners' matcher context the matchers read. */
interface MatcherContext {
  readonly isNot?: boolean;
}

interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** The matcher functions, for `expect.extend` in vitest or jest. */
export const manifestMatchers = {
  toBeValidManifest(this: MatcherContext, received: unknown, options: ManifestMatcherOptions = {}): MatcherResult {
    const { findings, kubernetesVersion } = judge(received, options, 'toBeValidManifest');
    const errors = findings.filter((v) => v.severity === 'error');
    const hint = matcherHint(this, 'toBeValidManifest', options.kubernetesVersion ? [options] : []);
    return {
      pass: errors.length === 0,
      message: () =>
        errors.length === 0
          ? `${hint}\n\nExpected an error for Kubernetes ${kubernetesVersion}, found none.` +
            listing(findings, '\n\nWarnings:\n\n')
          : `${hint}\n\nExpected no errors for Kubernetes ${kubernetesVersion}, found ${count(errors.length, 'error')}:\n\n` +
            formatManifestViolations(errors),
    };
  },

  toHaveViolation(
    this: MatcherContext,
    received: unknown,
    ruleId: string,
    path?: string,
    options: ManifestMatcherOptions = {},
  ): MatcherResult {
    if (typeof ruleId !== 'string') throw new TypeError(`toHaveViolation: ruleId must be a string, received ${describeValue(ruleId)}`);
    const { findings, kubernetesVersion } = judge(received, options, 'toHaveViolation');
    const matches = findings.filter((v) => v.rule === ruleId && (path === undefined || v.path === path));
    const args: unknown[] = [ruleId];
    if (path !== undefined || options.kubernetesVersion) args.push(path);
    if (options.kubernetesVersion) args.push(options);
    const hint = matcherHint(this, 'toHaveViolation', args);
    const what = `${ruleId} finding${path === undefined ? '' : ` at ${path}`} for Kubernetes ${kubernetesVersion}`;
    return {
      pass: matches.length > 0,
      message: () =>
        matches.length > 0
          ? `${hint}\n\nExpected no ${what}, found ${matches.length}:\n\n${formatManifestViolations(matches)}`
          : `${hint}\n\nExpected a ${what}, found ${findings.length === 0 ? 'no findings.' : `only:\n\n${formatManifestViolations(findings)}`}`,
    };
  },
};

function judge(
  received: unknown,
  options: ManifestMatcherOptions,
  matcher: string,
): { findings: ManifestViolation[]; kubernetesVersion: KubernetesVersion } {
  let docs: SourcedManifest[];
  let kubernetesVersion: KubernetesVersion;
  if (isChartOrApp(received)) {
    docs = synthesizeScope(received);
    kubernetesVersion = targetVersionOf(received, options.kubernetesVersion);
  } else if (isManifest(received)) {
    if (!batchKindOf(received)) {
      throw new TypeError(`${matcher}: judges batch Job and CronJob manifests, received ${describeManifest(received)} (${received.apiVersion})`);
    }
    docs = [{ manifest: received }];
    kubernetesVersion = resolveKubernetesVersion(options.kubernetesVersion);
  } else if (isManifestList(received)) {
    docs = received.map((manifest) => ({ manifest }));
    kubernetesVersion = resolveKubernetesVersion(options.kubernetesVersion);
  } else {
    throw new TypeError(
      `${matcher}: expected a manifest (an object with apiVersion and kind), a list of manifests, or a cdk8s Chart or App; received ${describeValue(received)}`,
    );
  }
  return { findings: lintBatchManifests(docs, kubernetesVersion), kubernetesVersion };
}

function matcherHint(context: MatcherContext, name: string, args: readonly unknown[]): string {
  const shown = args.map((a) => (a === undefined ? 'undefined' : JSON.stringify(a)));
  return `expect(received)${context.isNot ? '.not' : ''}.${name}(${shown.join(', ')})`;
}

function listing(findings: readonly ManifestViolation[], title: string): string {
  return findings.length === 0 ? '' : title + formatManifestViolations(findings);
}
