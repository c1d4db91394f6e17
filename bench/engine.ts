/**
 * The rule engine alone, in memory, on the CLI benchmark's 10,000 manifests (parsed once, up
 * front): µs per manifest for the rules (view, defaulting copy and every rule of the kind), for
 * the strict schema, and for the whole `checkPlainManifest` (schema + rules + suppressions), each
 * as median (min–max) over RUNS passes in this process after one warm-up pass. Times are CPU
 * time of this process (user + system), steadier than wall time on a shared machine.
 *
 * Usage: node build/bench/engine.js [runs]   (default 5)
 */
import { load } from 'js-yaml';
import { checkPlainManifest } from '../lib/lint';
import { runRules } from '../lib/rules/engine';
import { validatePlainManifest } from '../lib/schema/validate-manifest';
import { resolveKubernetesVersion } from '../lib/versions';
import { benchManifest } from './lint-corpus';
import { show, summarize } from './stats';

const N = 10_000;

function timePasses(runs: number, pass: () => void): number[] {
  pass(); // warm-up: compiles the schema and lets V8 optimise the rules
  const perDoc: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage();
    pass();
    const used = process.cpuUsage(t0);
    perDoc.push((used.user + used.system) / N);
  }
  return perDoc;
}

function main(): void {
  const runs = Number(process.argv[2] ?? 5);
  const version = resolveKubernetesVersion(process.env.BENCH_KUBERNETES_VERSION ?? '1.28');
  const docs = Array.from({ length: N }, (_, i) => load(benchManifest(i)));
  let findings = 0;
  for (const d of docs) findings += checkPlainManifest(d, version).violations.length;
  const rules = timePasses(runs, () => {
    for (const d of docs) runRules(d, version);
  });
  const schema = timePasses(runs, () => {
    for (const d of docs) validatePlainManifest(d, version);
  });
  const whole = timePasses(runs, () => {
    for (const d of docs) checkPlainManifest(d, version);
  });
  const lines = [
    `${N} parsed bench manifests (Kubernetes ${version}, ${findings} findings per pass), ${runs} passes, µs per manifest:`,
    `rule engine (view, defaulting, every rule): ${show(summarize(rules), 2)} µs`,
    `strict schema: ${show(summarize(schema), 2)} µs`,
    `checkPlainManifest (schema + rules + suppressions): ${show(summarize(whole), 2)} µs`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
