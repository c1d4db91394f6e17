import { describe, expect, it } from 'vitest';
import { containerImagePinned, imageTag } from '../../../lib/rules/recommended/container-image-pinned';
import { ruleCases } from '../rule-cases';

const P = 'spec.template.spec.containers[0].image';

ruleCases(containerImagePinned, {
  valid: [
    { name: 'the image has a version tag', container: { image: 'busybox:1.36' } },
    { name: 'the image has a digest', container: { image: 'busybox@sha256:7b3ccabffc97de872a30dfd234fd972a66d247c8cfc69b0550f276481852627c' } },
    { name: 'the image has :latest and a digest', container: { image: 'busybox:latest@sha256:7b3ccabffc97de872a30dfd234fd972a66d247c8cfc69b0550f276481852627c' } },
    { name: 'a registry with a port and a tag', container: { image: 'registry.local:5000/team/app:2.1.0' } },
    { name: 'the image is missing (another rule reports it)', container: { image: '' } },
  ],
  invalid: [
    { name: 'the image has no tag', container: { image: 'busybox' }, errors: [P] },
    { name: 'the image is :latest', container: { image: 'busybox:latest' }, errors: [P] },
    { name: 'a registry with a port and no tag', container: { image: 'registry.local:5000/team/app' }, errors: [P] },
    {
      name: 'an init container is :latest',
      podSpec: { initContainers: [{ name: 'init', image: 'alpine:latest' }] },
      errors: ['spec.template.spec.initContainers[0].image'],
    },
  ],
});

describe('imageTag', () => {
  it('reads tags after the last slash only', () => {
    expect(imageTag('localhost:5000/app')).toBeUndefined();
    expect(imageTag('localhost:5000/app:1')).toBe('1');
    expect(imageTag('app@sha256:00')).toBeNull();
  });
});
