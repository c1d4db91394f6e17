/**
 * Where the rule engine's time goes, rule by rule, on the CLI benchmark's 10,000 manifests:
 * builds each view once, then times every rule over the views the engine runs it on (those that
 * trigger it, `Rule.triggers`; a skipped rule costs nothing) after a warm-up pass, and prints the
 * costliest, in µs per manifest, with the share of manifests it runs on. Every rule is timed; one
 * that no bench manifest triggers shows 0. A profiling aid for engine work, not part of
 * `npm run bench`.
 *
 * Usage: node build/bench/rule-costs.js [top]   (default 25)
 */
import { load } from 'js-yaml';
import { toJobView, type JobView } from '../lib/manifest/job-view';
import { ALL_RULES } from '../lib/rules';
import { isTriggered, presentTriggers } from '../lib/rules/triggers';
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
  let present: Array<ReturnType<typeof presentTriggers>> = [];
  const presenceCost = time(() => {
    present = views.map(presentTriggers);
  });
  const costs = ALL_RULES.map((rule) => {
    const run = views.filter((v, i) => rule.appliesTo.includes(v.kind) && isTriggered(rule, present[i]));
    return { id: rule.id, share: run.length / N, us: time(() => run.forEach((v) => rule.check(v))) };
  }).sort((a, b) => b.us - a.us);
  const total = costs.reduce((s, c) => s + c.us, 0);
  const runs = costs.reduce((s, c) => s + c.share, 0);
  const lines = [
    `view + defaulting copy: ${viewCost.toFixed(2)} µs; triggers present (the test's Set, slower than the engine's index): ${presenceCost.toFixed(2)} µs`,
    `${ALL_RULES.length} rules, ${runs.toFixed(1)} run per manifest: ${total.toFixed(2)} µs per manifest`,
  ];
  for (const c of costs.slice(0, top)) lines.push(`${c.us.toFixed(2).padStart(7)} µs  ${c.id} (runs on ${Math.round(c.share * 100)}%)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
