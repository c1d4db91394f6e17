import { describe, expect, it } from 'vitest';
import { jobRestartPolicy } from '../../../lib/rules/job/job-restart-policy';
import { build, ruleCases, runRule } from '../rule-cases';

const P = 'spec.template.spec.restartPolicy';

ruleCases(jobRestartPolicy, {
  valid: [
    { name: 'Never', podSpec: { restartPolicy: 'Never' } },
    { name: 'OnFailure', podSpec: { restartPolicy: 'OnFailure' } },
  ],
  invalid: [
    { name: 'restartPolicy is omitted (defaulted to Always)', mutate: (m) => delete podSpecOf(m).restartPolicy, errors: [P] },
    { name: 'restartPolicy is Always', podSpec: { restartPolicy: 'Always' }, errors: [P] },
    { name: 'restartPolicy is ""', podSpec: { restartPolicy: '' }, errors: [P] },
    { name: 'restartPolicy is Once', podSpec: { restartPolicy: 'Once' }, errors: [P] },
    { name: 'the template is missing', jobSpec: {}, mutate: (m) => delete jobSpecOf(m).template, errors: [P] },
  ],
});

function jobSpecOf(m: Record<string, unknown>): Record<string, unknown> {
  const spec = m.spec as Record<string, any>;
  return m.kind === 'Job' ? spec : spec.jobTemplate.spec;
}
function podSpecOf(m: Record<string, unknown>): Record<string, unknown> {
  return (jobSpecOf(m).template as Record<string, any>).spec;
}

describe('job-restart-policy messages', () => {
  it('gives the Required wording for Always and the Unsupported wording otherwise', () => {
    const msg = (restartPolicy: string) => runRule(jobRestartPolicy, build('Job', { podSpec: { restartPolicy } }))[0];
    expect([msg('Always').message, msg('Once').message]).toMatchInlineSnapshot(`
      [
        "Required value: valid values: "OnFailure", "Never"",
        "Unsupported value: "Once": supported values: "OnFailure", "Never"",
      ]
    `);
  });

  it('explains the defaulting when restartPolicy is omitted', () => {
    const [v] = runRule(jobRestartPolicy, build('Job', { mutate: (m) => delete podSpecOf(m).restartPolicy }));
    expect(v.hint).toContain('defaults an omitted restartPolicy to "Always"');
  });
});
