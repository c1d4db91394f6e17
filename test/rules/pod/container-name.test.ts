import { describe, expect, it } from 'vitest';
import { containerName } from '../../../lib/rules/pod/container-name';
import { build, ruleCases, runRule } from '../rule-cases';

const C = 'spec.template.spec.containers';
const I = 'spec.template.spec.initContainers';
const c = (name: unknown) => ({ name, image: 'busybox' });

ruleCases(containerName, {
  valid: [
    { name: 'names are unique labels', podSpec: { containers: [c('main'), c('helper')], initContainers: [c('setup')] } },
  ],
  invalid: [
    { name: 'a name has upper-case letters', podSpec: { containers: [c('eosc-noise-5GB')] }, errors: [`${C}[0].name`] },
    { name: 'a name is missing', podSpec: { containers: [{ image: 'busybox' }] }, errors: [`${C}[0].name`] },
    { name: 'two containers share a name', podSpec: { containers: [c('a'), c('a')] }, errors: [`${C}[1].name`] },
    { name: 'two unnamed containers', podSpec: { containers: [{ image: 'x' }, { image: 'y' }] }, errors: [`${C}[0].name`, `${C}[1].name`, `${C}[1].name`] },
    { name: 'an init container reuses a container name', podSpec: { containers: [c('a')], initContainers: [c('a')] }, errors: [`${I}[0].name`] },
    { name: 'a name has 64 characters', podSpec: { containers: [c('a'.repeat(64))] }, errors: [`${C}[0].name`] },
  ],
});

describe('container-name message', () => {
  it('prints the DNS label text', () => {
    const [v] = runRule(containerName, build('Job', { podSpec: { containers: [c('Main')] } }));
    expect(v.message).toMatchInlineSnapshot(`"Invalid value: "Main": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"`);
  });
});
