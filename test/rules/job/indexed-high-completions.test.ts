import { indexedHighCompletions } from '../../../lib/rules/job/indexed-high-completions';
import { ruleCases } from '../rule-cases';

ruleCases(indexedHighCompletions, {
  valid: [
    { name: 'completions 100000 and parallelism 20000', jobSpec: { completionMode: 'Indexed', completions: 100000, parallelism: 20000 } },
    { name: 'a NonIndexed Job', jobSpec: { completions: 200000, parallelism: 20000 } },
  ],
  invalid: [
    {
      name: 'completions exceed 10^5 and parallelism 10^4',
      jobSpec: { completionMode: 'Indexed', completions: 100001, parallelism: 10001 },
      errors: [{ path: 'spec', severity: 'warning' }],
    },
  ],
});
