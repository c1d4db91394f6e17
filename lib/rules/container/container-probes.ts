import { asObject } from '../../manifest/access';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { forbidden, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers, isSidecar, type TemplateContainer } from '../support/containers';
import { DOCS } from '../support/docs';
import { gateOn } from '../support/gates';
import { goString, isSet, objectsOf } from '../support/values';
import { portNameErrors } from './container-ports';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
/** Timing fields; 0 is defaulted for all but initialDelaySeconds, so only negatives reach validation. */
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const;
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'] as const;
const SCHEMES: readonly string[] = ['HTTP', 'HTTPS'];
const PORT_RANGE = 'must be between 1 and 65535, inclusive';
const HEADER_NAME = /^[-A-Za-z0-9]+$/;
const HEADER_MSG = "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')";
/** PodLifecycleSleepAction on from 1.30 (dropped before); a zero sleep allowed from 1.33. */
const SLEEP_SINCE = '1.30';
const SLEEP_ZERO_SINCE = '1.33';

interface HandlerContext {
  readonly version: KubernetesVersion;
  /** The pod's terminationGracePeriodSeconds after defaulting (30), or undefined when not a number. */
  readonly gracePeriod: number | undefined;
}

function portErrors(port: unknown, at: string, out: Finding[]): void {
  if (typeof port === 'number') {
    if (port < 1 || port > 65535) out.push(invalid(at, port, PORT_RANGE));
  } else if (typeof port === 'string') {
    for (const e of portNameErrors(port)) out.push(invalid(at, port, e));
  }
}

/** core validateHandler: exactly one handler, each well formed. `sleep` only where lifecycle allows it. */
function checkHandler(handler: Record<string, unknown>, at: (...s: Array<string | number>) => string, kinds: readonly string[], ctx: HandlerContext, out: Finding[]): void {
  let count = 0;
  for (const kind of kinds) {
    if (kind === 'sleep' && !isAtLeast(ctx.version, SLEEP_SINCE)) continue;
    const h = handler[kind];
    if (!isSet(h)) continue;
    if (count++ > 0) {
      out.push(forbidden(at(kind), 'may not specify more than 1 handler type'));
      continue;
    }
    const action = asObject(h) ?? {};
    if (kind === 'exec' && !(Array.isArray(action.command) && action.command.length > 0)) out.push(required(at(kind, 'command')));
    if (kind === 'httpGet') {
      portErrors(action.port ?? 0, at(kind, 'port'), out);
      const scheme = action.scheme;
      if (typeof scheme === 'string' && scheme !== '' && !SCHEMES.includes(scheme)) out.push(unsupported(at(kind, 'scheme'), scheme, SCHEMES));
      for (const { item: header } of objectsOf(action.httpHeaders)) {
        const name = goString(header.name);
        if (name !== undefined && !HEADER_NAME.test(name)) out.push(invalid(at(kind, 'httpHeaders'), name, HEADER_MSG));
      }
    }
    if (kind === 'sleep') checkSleep(action.seconds, at(kind), ctx, out);
    if (kind === 'tcpSocket' || kind === 'grpc') portErrors(action.port ?? 0, at(kind, 'port'), out);
  }
  if (count === 0) out.push(required(at(), 'must specify a handler type'));
}

/** core validateSleepAction: 0 (from 1.33; before, at least 1) up to the pod's grace period. */
function checkSleep(seconds: unknown, at: string, ctx: HandlerContext, out: Finding[]): void {
  const grace = ctx.gracePeriod;
  if (grace === undefined || typeof seconds !== 'number') return;
  if (isAtLeast(ctx.version, SLEEP_ZERO_SINCE)) {
    if (seconds < 0 || seconds > grace) out.push(invalid(at, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`));
  } else if (seconds <= 0 || seconds > grace) {
    out.push(invalid(at, seconds, `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`));
  }
}

function checkProbe(c: TemplateContainer, name: (typeof PROBES)[number], ctx: HandlerContext, out: Finding[]): void {
  const probe = asObject(c.container[name]);
  if (!probe) return;
  const at = (...s: Array<string | number>) => c.path(name, ...s);
  checkHandler(probe, at, HANDLERS.slice(0, 4), ctx, out);
  for (const t of TIMINGS) {
    const v = probe[t];
    if (typeof v === 'number' && v < 0) out.push(invalid(at(t), v, 'must be greater than or equal to 0'));
  }
  const tgps = probe.terminationGracePeriodSeconds;
  if (typeof tgps === 'number' && tgps <= 0) out.push(invalid(at('terminationGracePeriodSeconds'), tgps, 'must be greater than 0'));
  const success = probe.successThreshold;
  if (name !== 'readinessProbe' && typeof success === 'number' && success !== 1 && success !== 0) out.push(invalid(at('successThreshold'), success, 'must be 1'));
  if (name === 'readinessProbe' && isSet(tgps)) out.push(invalid(at('terminationGracePeriodSeconds'), tgps, 'must not be set for readinessProbes'));
}

function checkLifecycle(c: TemplateContainer, ctx: HandlerContext, out: Finding[]): void {
  const lifecycle = asObject(c.container.lifecycle);
  if (!lifecycle) return;
  for (const hook of ['postStart', 'preStop'] as const) {
    const handler = asObject(lifecycle[hook]);
    if (handler) checkHandler(handler, (...s) => c.path('lifecycle', hook, ...s), HANDLERS, ctx, out);
  }
}

/**
 * core validateLivenessProbe/validateReadinessProbe/validateStartupProbe and validateLifecycle,
 * for regular containers and sidecars (init containers with restartPolicy Always; other init
 * containers may not carry these, see init-container-fields): exactly one handler with a valid
 * port, no negative timings, successThreshold 1 for liveness and startup probes, no
 * terminationGracePeriodSeconds on readiness probes.
 */
export const containerProbes = defineRule({
  id: 'container-probes',
  severity: 'error',
  summary: 'probes and lifecycle hooks have exactly one valid handler and sane thresholds',
  docs: DOCS.probes,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.livenessProbe', 'container.readinessProbe', 'container.startupProbe', 'container.lifecycle'],
  refs: ['core.validateProbe'],
  hint: 'give each probe or hook exactly one of exec, httpGet, tcpSocket or grpc (hooks: or sleep), a port 1-65535 or a port name, non-negative timings and successThreshold 1 on liveness and startup probes',
  check(view) {
    const out: Finding[] = [];
    const grace = view.podSpec.terminationGracePeriodSeconds ?? 30;
    const ctx: HandlerContext = { version: view.version, gracePeriod: typeof grace === 'number' ? grace : undefined };
    for (const c of allTemplateContainers(view)) {
      if (c.list === 'initContainers' && !(isSidecar(c) && gateOn(view, 'sidecarContainers'))) continue;
      for (const p of PROBES) checkProbe(c, p, ctx, out);
      checkLifecycle(c, ctx, out);
    }
    return out;
  },
});
