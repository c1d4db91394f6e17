/**
 * lintManifest alone on 10,000 in-memory manifests (half Jobs, half CronJobs, a tenth with
 * findings), repeated RUNS times in this process after one warm-up pass; prints validations/s.
 * Usage: node build/bench/lint-memory.js [runs]
 */
import { lintManifest } from '../lib';
import { show, summarize } from './stats';

const N = 10_000;

function manifest(i: number): unknown {
  const spec = {
    backoffLimit: 4,
    ...(i % 10 === 0 ? { parallelism: -1 } : { completions: 3, parallelism: 2 }),
    template: {
      metadata: { labels: { app: 'report' } },
      spec: { restartPolicy: i % 10 === 1 ? 'Always' : 'OnFailure', containers: [{ name: 'main', image: 'report:1', args: [`--shard=${i}`] }] },
    },
  };
  return i % 2
    ? { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: `report-${i}` }, spec }
    : { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: `report-${i}` }, spec: { schedule: '0 2 * * *', jobTemplate: { spec } } };
}

function main(): void {
  const runs = Number(process.argv[2] ?? 5);
  const docs = Array.from({ length: N }, (_, i) => manifest(i));
  let findings = 0;
  for (const d of docs) findings += lintManifest(d).length;
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const d of docs) lintManifest(d);
    rates.push(N / ((performance.now() - t0) / 1000));
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `lintManifest on ${N} in-memory manifests (${findings} findings per pass): ${show(summarize(rates), 0)} validations/s; peak RSS ${rss.toFixed(0)} MiB\n`,
  );
}

main();
