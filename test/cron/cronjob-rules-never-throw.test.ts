import fc from 'fast-check';
import { expect, it } from 'vitest';
import { toJobView } from '../../lib/manifest/job-view';
import { CRONJOB_RULES } from '../../lib/rules/cronjob';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { cronJob } from '../rules/cronjob/cronjob-cases';

const anyValue = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(null), fc.constant('TZ='), fc.constant('Local'));

function runAll(manifest: unknown): void {
  for (const version of KUBERNETES_VERSIONS) {
    const view = toJobView(manifest, version);
    if (!view) continue;
    for (const rule of CRONJOB_RULES) rule.check(view);
  }
}

it('the CronJob rules never throw on fields of any type', () => {
  fc.assert(
    fc.property(
      fc.record({
        name: anyValue,
        generateName: anyValue,
        schedule: anyValue,
        timeZone: anyValue,
        concurrencyPolicy: anyValue,
        startingDeadlineSeconds: anyValue,
        selector: anyValue,
        manualSelector: anyValue,
        completionMode: fc.oneof(anyValue, fc.constant('Indexed')),
        completions: anyValue,
      }),
      (r) => {
        const m = cronJob({
          metadata: { name: r.name, generateName: r.generateName },
          spec: { schedule: r.schedule, timeZone: r.timeZone, concurrencyPolicy: r.concurrencyPolicy, startingDeadlineSeconds: r.startingDeadlineSeconds },
          jobSpec: { selector: r.selector, manualSelector: r.manualSelector, completionMode: r.completionMode, completions: r.completions },
        });
        expect(() => runAll(m)).not.toThrow();
      },
    ),
    { numRuns: 300 },
  );
});

it('the CronJob rules never throw on CronJobs of any shape', () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (metadata, spec) => {
      expect(() => runAll({ apiVersion: 'batch/v1', kind: 'CronJob', metadata, spec })).not.toThrow();
    }),
    { numRuns: 300 },
  );
});
