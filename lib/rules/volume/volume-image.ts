import type { KubernetesVersion } from '../../versions';
import { required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { validationChanged } from '../support/gates';
import { VOLUME_DOCS } from '../support/volume-docs';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

/** `supportedPullPolicies`, sorted. */
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/**
 * `validateImageVolumeSource` for a template (1.35+, where ImageVolume is on; before, the server
 * drops image volumes, see `templateVolumes`): a reference (from 1.37; before, a template may
 * leave it empty) and a known pullPolicy. An empty pullPolicy is defaulted from the reference's tag.
 */
export function imageVolumeErrors(v: TemplateVolume, version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'image');
  if (!src) return [];
  const out: Finding[] = [];
  if (validationChanged(version, 'imageVolumeReferenceRequired') && goString(src.reference) === '') out.push(required(v.at('image', 'reference')));
  const policy = goString(src.pullPolicy);
  if (policy && !PULL_POLICIES.includes(policy)) out.push(unsupported(v.at('image', 'pullPolicy'), policy, PULL_POLICIES));
  return out;
}

export const volumeImage = defineRule({
  id: 'volume-image',
  severity: 'error',
  summary: 'an image volume needs a reference (1.37+) and a pullPolicy of Always, IfNotPresent or Never',
  docs: VOLUME_DOCS.image,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateImageVolumeSource'],
  hint: 'set image.reference to the image to mount (such as registry.example.com/data:v1), and image.pullPolicy to Always, IfNotPresent or Never (case-sensitive) or leave it out',
  check: (view) => templateVolumes(view).flatMap((v) => imageVolumeErrors(v, view.version)),
});
