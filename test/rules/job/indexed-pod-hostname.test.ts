import { describe, expect, it } from 'vitest';
import { indexedPodHostname } from '../../../lib/rules/job/indexed-pod-hostname';
import { build, ruleCases, runRule } from '../rule-cases';

const indexed = (completions: number) => ({ jobSpec: { completionMode: 'Indexed', completions } });

ruleCases(indexedPodHostname, {
  valid: [
    { name: 'name-<completions-1> has 63 characters', metadata: { name: 'a'.repeat(61) }, ...indexed(10) },
    { name: 'a NonIndexed Job has a 63-character name', metadata: { name: 'a'.repeat(63) }, jobSpec: { completions: 100 } },
    { name: 'completions is 0', metadata: { name: 'a.b' }, ...indexed(0) },
  ],
  invalid: [
    { name: 'name-<completions-1> has 64 characters', metadata: { name: 'a'.repeat(62) }, ...indexed(10), errors: ['metadata.name'] },
    { name: 'the name has a dot', metadata: { name: 'a.b' }, ...indexed(3), errors: ['metadata.name'] },
    {
      name: 'generateName is long',
      mutate: (m) => {
        m.metadata = { generateName: 'a'.repeat(60) };
      },
      ...indexed(5),
      errors: ['metadata.name'],
    },
  ],
});

describe('indexed-pod-hostname message', () => {
  it('names the longest hostname', () => {
    const [v] = runRule(indexedPodHostname, build('Job', { metadata: { name: 'a.b' }, ...indexed(3) }));
    expect(v.message).toMatchInlineSnapshot(`"Invalid value: "a.b": will not able to create pod with invalid DNS label: a.b-2"`);
  });
});
