/**
 * The rule engine alone, in memory, on the CLI benchmark's 10,000 manifests (parsed once, up
 * front): µs per manifest for the rules (view, defaulting copy and every rule the document
 * triggers), for the strict schema, and for the whole `checkPlainManifest` (schema + rules +
 * suppressions), each as median (min–max) over RUNS passes. Times are CPU time of this process
 * (user + system), steadier than wall time on a shared machine.
 *
 * How it measures a steady state for all three alike: every pass is first run twice untimed
 * (compiled and warm before any figure is timed), then the three are timed in rounds,
 * interleaved, the order turning each round. The same pass of the same work takes from 15 to
 * 31 µs per manifest from one second to the next on a shared 2-core machine (measured in one
 * process, 30 passes in a row); timed one figure after the other, as this bench once did, each
 * figure sampled its own stretch of time, and the rules alone could read higher than
 * `checkPlainManifest`, which includes them. Interleaved, a slow stretch falls on all three
 * alike, and so does the garbage one pass leaves to the next. Read the min beside the median.
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
const WARM_PASSES = 2;

interface Pass {
  readonly name: string;
  readonly run: () => void;
  readonly perDoc: number[];
}

/** CPU µs per document of one pass. */
function timed(pass: Pass): number {
  const t0 = process.cpuUsage();
  pass.run();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / N;
}

function main(): void {
  const runs = Number(process.argv[2] ?? 5);
  const version = resolveKubernetesVersion(process.env.BENCH_KUBERNETES_VERSION ?? '1.28');
  const docs = Array.from({ length: N }, (_, i) => load(benchManifest(i)));
  let findings = 0;
  for (const d of docs) findings += checkPlainManifest(d, version).violations.length;
  const passes: Pass[] = [
    { name: 'rule engine (view, defaulting, every rule)', run: () => docs.forEach((d) => runRules(d, version)), perDoc: [] },
    { name: 'strict schema', run: () => docs.forEach((d) => validatePlainManifest(d, version)), perDoc: [] },
    { name: 'checkPlainManifest (schema + rules + suppressions)', run: () => docs.forEach((d) => checkPlainManifest(d, version)), perDoc: [] },
  ];
  for (const pass of passes) for (let w = 0; w < WARM_PASSES; w++) pass.run();
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < passes.length; k++) {
      const pass = passes[(r + k) % passes.length];
      pass.perDoc.push(timed(pass));
    }
  }
  const lines = [
    `${N} parsed bench manifests (Kubernetes ${version}, ${findings} findings per pass), ${runs} interleaved rounds after ${WARM_PASSES} warm passes each, µs per manifest:`,
    ...passes.map((pass) => `${pass.name}: ${show(summarize(pass.perDoc), 2)} µs`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
