import { asArray } from '../../manifest/access';
import { duplicate, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers, type TemplateContainer } from '../support/containers';
import { DOCS } from '../support/docs';
import { byteLength } from '../support/names';
import { objectsOf } from '../support/values';

const PROTOCOLS: readonly string[] = ['SCTP', 'TCP', 'UDP'];
const PORT_NAME_CHARSET = /^[-a-z0-9]+$/;
const PORT_RANGE = 'must be between 1 and 65535, inclusive';

/** apimachinery `IsValidPortName` (IANA service names): every message that applies. */
export function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (byteLength(name) > 15) errs.push('must be no more than 15 characters');
  if (!PORT_NAME_CHARSET.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

function isPortNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** One container's ports (core validateContainerPorts). */
function checkPorts(c: TemplateContainer, out: Finding[]): void {
  const names = new Set<string>();
  for (const { item: port, index } of objectsOf(c.container.ports)) {
    const at = (f: string) => c.path('ports', index, f);
    const name = port.name;
    if (typeof name === 'string' && name.length > 0) {
      const errs = portNameErrors(name);
      for (const e of errs) out.push(invalid(at('name'), name, e));
      if (errs.length === 0 && names.has(name)) out.push(duplicate(at('name'), name));
      names.add(name);
    }
    const cp = port.containerPort;
    if (cp === undefined || cp === null || cp === 0) out.push(required(at('containerPort')));
    else if (isPortNumber(cp) && (cp < 1 || cp > 65535)) out.push(invalid(at('containerPort'), cp, PORT_RANGE));
    const hp = port.hostPort;
    if (isPortNumber(hp) && hp !== 0 && (hp < 1 || hp > 65535)) out.push(invalid(at('hostPort'), hp, PORT_RANGE));
    const protocol = port.protocol;
    if (typeof protocol === 'string' && protocol !== '' && !PROTOCOLS.includes(protocol)) out.push(unsupported(at('protocol'), protocol, PROTOCOLS));
  }
}

/**
 * Host ports taken twice (core AccumulateUniqueHostPorts): across all regular containers, and
 * within each init container alone (init containers run one by one; the server then names the
 * init container as index 0, which is reproduced).
 */
function checkHostPortConflicts(group: TemplateContainer[], out: Finding[], pathIndex: (c: TemplateContainer) => number, view: Parameters<typeof allTemplateContainers>[0]): void {
  const seen = new Set<string>();
  for (const c of group) {
    for (const { item: port, index } of objectsOf(c.container.ports)) {
      const hp = port.hostPort;
      if (!isPortNumber(hp) || hp === 0) continue;
      const protocol = typeof port.protocol === 'string' && port.protocol !== '' ? port.protocol : 'TCP';
      const hostIP = typeof port.hostIP === 'string' ? port.hostIP : '';
      const key = `${protocol}/${hostIP}/${hp}`;
      if (seen.has(key)) out.push(duplicate(view.at('template', 'spec', c.list, pathIndex(c), 'ports', index, 'hostPort'), key));
      seen.add(key);
    }
  }
}

/**
 * core validateContainerPorts, checkHostPortConflicts and validateHostNetwork: port numbers in
 * 1–65535 (containerPort required), protocols, IANA port names unique per container, host ports
 * unique, and with `hostNetwork: true` a hostPort equal to its containerPort (0 is defaulted).
 */
export const containerPorts = defineRule({
  id: 'container-ports',
  severity: 'error',
  summary: 'container ports are valid, named as IANA service names and not taken twice',
  docs: DOCS.containerPorts,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.ports'],
  refs: ['core.validateContainerPorts'],
  hint: 'use containerPort 1-65535, protocol TCP, UDP or SCTP, a port name of at most 15 lowercase letters, digits and single hyphens, and a hostPort used once',
  check(view) {
    const out: Finding[] = [];
    const all = allTemplateContainers(view);
    if (!all.some((c) => asArray(c.container.ports)?.length)) return out;
    for (const c of all) checkPorts(c, out);
    const regular = all.filter((c) => c.list === 'containers');
    checkHostPortConflicts(regular, out, (c) => c.index, view);
    for (const c of all) if (c.list === 'initContainers') checkHostPortConflicts([c], out, () => 0, view);
    if (view.podSpec.hostNetwork === true) {
      for (const c of regular) {
        for (const { item: port, index } of objectsOf(c.container.ports)) {
          const hp = port.hostPort;
          if (isPortNumber(hp) && hp !== 0 && hp !== port.containerPort) {
            out.push(invalid(c.path('ports', index, 'hostPort'), hp, 'must match `containerPort` when `hostNetwork` is true'));
          }
        }
      }
    }
    return out;
  },
});
