import type { KubernetesVersion } from '../../versions';
import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';

/** The number part of a quantity (`-1.5` of `-1.5Gi`); the suffix cannot make a quantity negative. */
const NUMBER_PART = /^[+-]?[0-9.]*/;

/**
 * True for a quantity below zero: a number below 0, or a string with a leading '-' and a nonzero
 * digit (`-0Mi` is zero). Unparseable strings are the decoder's (schema) business.
 */
function isNegativeQuantity(q: unknown): boolean {
  if (typeof q === 'number') return q < 0;
  if (typeof q !== 'string') return false;
  const s = q.trim();
  return s.startsWith('-') && /[1-9]/.test(NUMBER_PART.exec(s)?.[0] ?? '');
}

/** `validateVolumeSource`'s emptyDir check: a `sizeLimit` may not be negative (`medium` is free text). */
export function emptyDirVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'emptyDir');
  if (!src || !isNegativeQuantity(src.sizeLimit)) return [];
  return [forbidden(v.at('emptyDir', 'sizeLimit'), 'SizeLimit field must be a valid resource quantity')];
}

export const volumeEmptyDir = defineRule({
  id: 'volume-empty-dir',
  severity: 'error',
  summary: 'an emptyDir sizeLimit may not be negative',
  docs: VOLUME_DOCS.emptyDir,
  appliesTo: ['Job', 'CronJob'],
  refs: ['core.validateVolumeSource'],
  hint: 'use a positive quantity such as sizeLimit: 1Gi, or leave sizeLimit out for no limit',
  check: (view) => templateVolumes(view).flatMap((v) => emptyDirVolumeErrors(v, view.version)),
});
