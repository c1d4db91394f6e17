import { indexedCompletionsRequired } from '../../../lib/rules/job/indexed-completions-required';
import { ruleCases } from '../rule-cases';

ruleCases(indexedCompletionsRequired, {
  valid: [
    { name: 'Indexed with completions', jobSpec: { completionMode: 'Indexed', completions: 3 } },
    { name: 'a Job is Indexed without completions or parallelism (both default to 1)', kinds: ['Job'], jobSpec: { completionMode: 'Indexed' } },
    { name: 'NonIndexed without completions', jobSpec: { parallelism: 3 } },
  ],
  invalid: [
    { name: 'Indexed with parallelism but no completions', jobSpec: { completionMode: 'Indexed', parallelism: 3 }, errors: ['spec.completions'] },
    // The CronJob's jobTemplate is not defaulted (SetDefaults_Job runs on Jobs only).
    { name: 'a CronJob template is Indexed without completions', kinds: ['CronJob'], jobSpec: { completionMode: 'Indexed' }, errors: ['spec.completions'] },
  ],
});
