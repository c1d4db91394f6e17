/**
 * Schema validator cost, each figure the median (min–max) of RUNS fresh processes: cold compile of the Job
 * schema, then of the CronJob schema in the same process (it reuses the shared definitions), the
 * CronJob schema alone in a fresh process, validations per second of a typical Job, and the extra
 * RSS of all that. With `build/validators` present and fresh (`npm run build`) the "compile"
 * figures are the load of the precompiled module; the `source` column says which path ran (move
 * build/validators aside to measure run-time compilation).
 *
 *   npx tsx bench/schema.ts            # from sources
 *   npm run build && node build/bench/schema.js
 */
import { execFileSync } from 'node:child_process';
import { compiledSchema, validatorSource, type ValidatorSource } from '../lib/schema/compile';
import { validateManifest } from '../lib/schema/validate-manifest';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../lib/versions';
import { show, summarize } from './stats';

const RUNS = Number(process.env.RUNS ?? 5);
const VALIDATIONS = 2000;

const TYPICAL_JOB = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'db-migrate', labels: { app: 'db' } },
  spec: {
    backoffLimit: 4,
    ttlSecondsAfterFinished: 600,
    template: {
      metadata: { labels: { app: 'db' } },
      spec: {
        restartPolicy: 'Never',
        containers: [
          {
            name: 'migrate',
            image: 'migrate:1.2.3',
            args: ['up'],
            env: [{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'db', key: 'url' } } }],
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
          },
        ],
      },
    },
  },
};

interface Sample {
  compileJobMs: number;
  compileCronJobMs: number;
  cronJobAloneMs: number;
  validationsPerSec: number;
  rssMiB: number;
  source: ValidatorSource;
}

function cronJobAlone(version: KubernetesVersion): number {
  const t = performance.now();
  compiledSchema(version, 'CronJob');
  return performance.now() - t;
}

function child(version: KubernetesVersion): Omit<Sample, 'cronJobAloneMs'> {
  const rss0 = process.memoryUsage().rss;
  let t = performance.now();
  compiledSchema(version, 'Job');
  const compileJobMs = performance.now() - t;
  t = performance.now();
  compiledSchema(version, 'CronJob');
  const compileCronJobMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < VALIDATIONS; i++) validateManifest(TYPICAL_JOB, { kubernetesVersion: version });
  const validationsPerSec = VALIDATIONS / ((performance.now() - t) / 1000);
  const rssMiB = (process.memoryUsage().rss - rss0) / 2 ** 20;
  return { compileJobMs, compileCronJobMs, validationsPerSec, rssMiB, source: validatorSource(version, 'Job') };
}

function main(): void {
  const [childVersion, mode] = process.argv.slice(2);
  if (childVersion) {
    const v = childVersion as KubernetesVersion;
    process.stdout.write(JSON.stringify(mode === 'cronjob-alone' ? cronJobAlone(v) : child(v)));
    return;
  }
  console.log(`schema bench: median (min–max) of ${RUNS} fresh processes, node ${process.version}`);
  for (const version of [KUBERNETES_VERSIONS[0], KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]]) {
    const samples: Sample[] = [];
    const run = (...args: string[]): unknown =>
      JSON.parse(execFileSync(process.execPath, [...process.execArgv, __filename, version, ...args], { encoding: 'utf8' }));
    for (let i = 0; i < RUNS; i++) {
      samples.push({ ...(run() as Omit<Sample, 'cronJobAloneMs'>), cronJobAloneMs: run('cronjob-alone') as number });
    }
    const m = (k: Exclude<keyof Sample, 'source'>): string => show(summarize(samples.map((s) => s[k])), 0);
    console.log(`${version} (validators: ${[...new Set(samples.map((s) => s.source))].join(', ')})`);
    console.log(`  Job cold ${m('compileJobMs')} ms, then CronJob ${m('compileCronJobMs')} ms, CronJob alone ${m('cronJobAloneMs')} ms`);
    console.log(`  ${m('validationsPerSec')} validations/s, extra RSS ${m('rssMiB')} MiB`);
  }
}

main();
