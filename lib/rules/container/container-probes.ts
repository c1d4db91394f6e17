import { asObject } from '../../manifest/access';
import { forbidden, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers, isSidecar, type TemplateContainer } from '../support/containers';
import { DOCS } from '../support/docs';
import { gateOn } from '../support/gates';
import { isSet } from '../support/values';
import { portNameErrors } from './container-ports';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
/** Timing fields; 0 is defaulted for all but initialDelaySeconds, so only negatives reach validation. */
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const;
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'] as const;
const SCHEMES: readonly string[] = ['HTTP', 'HTTPS'];
const PORT_RANGE = 'must be between 1 and 65535, inclusive';

function portErrors(port: unknown, at: string, out: Finding[]): void {
  if (typeof port === 'number') {
    if (port < 1 || port > 65535) out.push(invalid(at, port, PORT_RANGE));
  } else if (typeof port === 'string') {
    for (const e of portNameErrors(port)) out.push(invalid(at, port, e));
  }
}

/** core validateHandler: exactly one handler, each well formed. `sleep` only where lifecycle allows it. */
function checkHandler(handler: Record<string, unknown>, at: (...s: Array<string | number>) => string, kinds: readonly string[], out: Finding[]): void {
  let count = 0;
  for (const kind of kinds) {
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
    }
    if (kind === 'tcpSocket' || kind === 'grpc') portErrors(action.port ?? 0, at(kind, 'port'), out);
  }
  if (count === 0) out.push(required(at(), 'must specify a handler type'));
}

function checkProbe(c: TemplateContainer, name: (typeof PROBES)[number], out: Finding[]): void {
  const probe = asObject(c.container[name]);
  if (!probe) return;
  const at = (...s: Array<string | number>) => c.path(name, ...s);
  checkHandler(probe, at, HANDLERS.slice(0, 4), out);
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

function checkLifecycle(c: TemplateContainer, out: Finding[]): void {
  const lifecycle = asObject(c.container.lifecycle);
  if (!lifecycle) return;
  for (const hook of ['postStart', 'preStop'] as const) {
    const handler = asObject(lifecycle[hook]);
    if (handler) checkHandler(handler, (...s) => c.path('lifecycle', hook, ...s), HANDLERS, out);
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
  refs: ['core.validateProbe'],
  hint: 'give each probe or hook exactly one of exec, httpGet, tcpSocket or grpc (hooks: or sleep), a port 1-65535 or a port name, non-negative timings and successThreshold 1 on liveness and startup probes',
  check(view) {
    const out: Finding[] = [];
    for (const c of allTemplateContainers(view)) {
      if (c.list === 'initContainers' && !(isSidecar(c) && gateOn(view, 'sidecarContainers'))) continue;
      for (const p of PROBES) checkProbe(c, p, out);
      checkLifecycle(c, out);
    }
    return out;
  },
});
