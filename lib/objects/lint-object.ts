import { asObject } from '../manifest/access';
import { stamp } from '../rules/rule';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import { OBJECT_CHECKS, type EmittedKind } from './checks';
import { podTemplateViolations } from './pod-template';

/**
 * Every finding for one non-batch object this library emits (Deployment, Service, ConfigMap):
 * the checks of `./checks.ts`, and for a Deployment the engine's pod-template rules. Other kinds
 * get none. Never throws on odd input.
 */
export function lintEmittedObject(manifest: unknown, version: KubernetesVersion): Violation[] {
  const doc = asObject(manifest);
  const kind = doc?.kind;
  if (!doc || (kind !== 'Deployment' && kind !== 'Service' && kind !== 'ConfigMap')) return [];
  const out: Violation[] = [];
  for (const check of OBJECT_CHECKS) {
    if (!check.appliesTo.includes(kind as EmittedKind)) continue;
    for (const finding of check.check(doc, version)) out.push(stamp(check, finding));
  }
  if (kind === 'Deployment') out.push(...podTemplateViolations(asObject(doc.spec)?.template, version));
  return out;
}
