import { asString } from '../../manifest/access';
import { invalid } from '../findings';
import { defineRule } from '../rule';
import { templateContainers } from '../support/containers';

/**
 * The tag of an image reference (`registry:5000/team/app:1.2` gives `1.2`), `undefined` without
 * one; `null` when the reference is pinned by digest (`app@sha256:...`, with or without a tag).
 */
export function imageTag(image: string): string | undefined | null {
  if (image.includes('@')) return null;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > lastSlash ? image.slice(colon + 1) : undefined;
}

const LISTS = ['initContainers', 'containers'] as const;

/** `:latest` or no tag: each retry of the Job may pull a different image (and pulls it every time). */
export const containerImagePinned = defineRule({
  id: 'container-image-pinned',
  severity: 'warning',
  summary: 'a container image should be pinned to a version tag or a digest, not :latest or no tag',
  docs: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  appliesTo: ['Job', 'CronJob'],
  refs: [],
  hint: 'pin the image to a version tag (busybox:1.36) or a digest (busybox@sha256:...): with :latest or no tag, retries and later runs may get a different image',
  check(view) {
    const findings = [];
    for (let l = 0; l < LISTS.length; l++) {
      const containers = templateContainers(view, LISTS[l]);
      for (let i = 0; i < containers.length; i++) {
        const c = containers[i];
        const image = asString(c.container.image);
        if (image === undefined || image.trim() === '') continue; // container-image-required reports it
        const tag = imageTag(image.trim());
        if (tag === undefined) findings.push(invalid(c.at('image'), image, 'no tag: the image resolves to :latest, whatever that is at pull time'));
        else if (tag === 'latest') findings.push(invalid(c.at('image'), image, ':latest can change between retries and runs of the Job'));
      }
    }
    return findings;
  },
});
