/**
 * Where the rule engine's time goes, rule by rule, on the CLI benchmark's 10,000 manifests:
 * builds each view once, then times every rule over all the views (after a warm-up pass) and
 * prints the costliest, in µs per manifest. A profiling aid for engine work, not part of
 * `npm run bench`.
 *
 * Usage: node build/bench/rule-costs.js [top]   (default 25)
 */
import { load } from 'js-yaml';
import { toJobView, type JobView } from '../lib/manifest/job-view';
import { ALL_RULES } from '../lib/rules';
import { resolveKubernetesVersion } from '../lib/versions';
import { benchManifest } from './lint-corpus';

const N = 10_000;

function main(): void {
  const top = Number(process.argv[2] ?? 25);
  const version = resolveKubernetesVersion(process.env.BENCH_KUBERNETES_VERSION ?? '1.28');
  const docs = Array.from({ length: N }, (_, i) => load(benchManifest(i)));
  const time = (pass: () => void): number => {
    pass();
    const t0 = process.cpuUsage();
    pass();
    pass();
    const used = process.cpuUsage(t0);
    return (used.user + used.system) / (2 * N);
  };
  let views: JobView[] = [];
  const viewCost = time(() => {
    views = docs.map((d) => toJobView(d, version)!);
  });
  const costs = ALL_RULES.map((rule) => {
    const applicable = views.filter((v) => rule.appliesTo.includes(v.kind));
    return { id: rule.id, us: time(() => applicable.forEach((v) => rule.check(v))) };
  }).sort((a, b) => b.us - a.us);
  const total = costs.reduce((s, c) => s + c.us, 0);
  const lines = [`view + defaulting copy: ${viewCost.toFixed(2)} µs; ${ALL_RULES.length} rules: ${total.toFixed(2)} µs per manifest`];
  for (const c of costs.slice(0, top)) lines.push(`${c.us.toFixed(2).padStart(7)} µs  ${c.id}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
