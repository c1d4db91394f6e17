import type { KubernetesVersion } from '../../versions';
import { unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

/** `supportedPullPolicies`, sorted. */
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/**
 * `validateImageVolumeSource` for a template (1.35+, where ImageVolume is on; before, the server
 * drops image volumes, see `templateVolumes`): a known pullPolicy. An empty one is defaulted from
 * the reference's tag, and a template may leave the reference empty.
 */
export function imageVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'image');
  const policy = src ? goString(src.pullPolicy) : undefined;
  return policy && !PULL_POLICIES.includes(policy) ? [unsupported(v.at('image', 'pullPolicy'), policy, PULL_POLICIES)] : [];
}

export const volumeImage = defineRule({
  id: 'volume-image',
  severity: 'error',
  summary: 'an image volume pullPolicy must be Always, IfNotPresent or Never',
  docs: VOLUME_DOCS.image,
  appliesTo: ['Job', 'CronJob'],
  refs: ['core.validateImageVolumeSource'],
  hint: 'set image.pullPolicy to Always, IfNotPresent or Never (case-sensitive), or leave it out',
  check: (view) => templateVolumes(view).flatMap((v) => imageVolumeErrors(v, view.version)),
});
