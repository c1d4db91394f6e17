/**
 * Differential fuzzing of the YAML layer: one Job template whose 15 scalar slots (labels,
 * annotations, integers, booleans, env, args, quantities, names) are filled with tricky YAML
 * scalars (`yes`, `0755`, `1e400`, `!!int "5"`, `.inf`, block scalars...), one slot at a time and
 * in random pairs, read by `lintYamlText` and by the oracle from the same YAML text (kubectl's
 * `sigs.k8s.io/yaml` reading), compared as the differential tests compare. Needs the oracle
 * binaries; not part of `npm test`.
 *
 *   tsx scripts/oracle/yaml-fuzz.ts [--versions 1.28,1.36] [--pairs 1500] [--out yaml-fuzz.json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lintYamlText } from '../../lib/cli/lint-text';
import type { Violation } from '../../lib/violation';
import { compare } from '../../test/differential/compare';
import { Rng, seedOf } from '../../test/differential/generator/rng';
import { trimVerdict } from '../../test/differential/goldens';

const ROOT = resolve(__dirname, '..', '..');

const TEMPLATE = `apiVersion: batch/v1
kind: Job
metadata:
  name: {{name}}
  labels:
    tier: {{label}}
  annotations:
    note: {{annotation}}
spec:
  backoffLimit: {{backoffLimit}}
  suspend: {{suspend}}
  activeDeadlineSeconds: {{deadline}}
  ttlSecondsAfterFinished: {{ttl}}
  template:
    metadata:
      labels:
        app: {{podLabel}}
    spec:
      restartPolicy: Never
      containers:
        - name: {{containerName}}
          image: {{image}}
          args: [{{arg}}]
          env:
            - name: MODE
              value: {{env}}
          ports:
            - containerPort: {{port}}
          resources:
            limits:
              cpu: {{cpu}}
            requests:
              memory: {{memory}}
`;

/** What each slot holds in a valid Job. */
const DEFAULTS: Readonly<Record<string, string>> = {
  name: 'job-x', label: 'web', annotation: 'hello', backoffLimit: '3', suspend: 'false', deadline: '600', ttl: '100',
  podLabel: 'a', containerName: 'main', image: 'busybox:1.36', arg: '"x"', env: 'fast', port: '8080', cpu: '500m', memory: '64Mi',
};

const SCALARS: readonly string[] = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'True', 'TRUE', 'Off', 'NULL', 'Null', '~', '', '""', "''", '"null"', '"true"',
  '0755', '0o755', '0x1F', '1_000', '1e3', '1E3', '1.0', '3.0', '1.5', '.5', '+.5', '+1', '-0', '-1', '00', '010', '-010', '0.0', '0.5', '1e-3',
  '.inf', '-.Inf', '.nan', '1e400', '9223372036854775808', '2147483648', '0b101', '0x1FFFFFFFFFFFFFFFF',
  '2024-01-01', '2024-01-01T10:00:00Z', '12:30:00', '1:20', '"5"', "'5'", '!!str 5', '!!int "5"', '!!float 1', '!!bool yes', '!!null ""',
  '=', '<<', '"500m"', '500m', '1Gi', '"1Gi"', '[]', '{}', '[a, b]', '{a: 1}', '|\n            block', '>-\n            folded',
  '"\\u00e9"', '"a\\tb"', "'it''s'", 'ä',
];

function render(fill: Readonly<Record<string, string>>): string {
  return TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => fill[slot] ?? DEFAULTS[slot]);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      versions: { type: 'string', default: '1.28,1.36' },
      pairs: { type: 'string', default: '1500' },
      out: { type: 'string', default: 'yaml-fuzz.json' },
      'bin-dir': { type: 'string', default: join(ROOT, 'oracle', 'bin') },
    },
  });
  const slots = Object.keys(DEFAULTS);
  const fills: Array<Record<string, string>> = [];
  for (const slot of slots) for (const scalar of SCALARS) fills.push({ [slot]: scalar });
  const rng = new Rng(seedOf('yaml-fuzz'));
  for (let i = 0; i < Number(values.pairs); i++) fills.push({ [rng.pick(slots)]: rng.pick(SCALARS), [rng.pick(slots)]: rng.pick(SCALARS) });
  const texts = fills.map(render);
  const found: unknown[] = [];
  for (const version of values.versions!.split(',')) {
    const binary = join(values['bin-dir']!, `k8s-oracle-${version}`);
    if (!existsSync(binary)) {
      console.error(`${binary} is missing: build it with \`bash oracle/build.sh ${version}\``);
      process.exit(2);
    }
    const run = spawnSync(binary, [], { input: texts.join('---\n'), maxBuffer: 1 << 28 });
    const verdicts = String(run.stdout).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    if (verdicts.length !== texts.length) throw new Error(`${binary}: ${verdicts.length} verdicts for ${texts.length} documents: ${String(run.stderr).slice(0, 500)}`);
    let disagreements = 0;
    texts.forEach((text, i) => {
      const ours: Violation[] = lintYamlText(text, { kubernetesVersion: version }).results.flatMap((d) => d.violations);
      const result = compare(ours, trimVerdict(verdicts[i]));
      if (!result || result.agree) return;
      disagreements++;
      found.push({ version, fill: fills[i], ours: result.ours, oracle: result.oracle, verdict: verdicts[i] });
    });
    console.log(`${version}: ${texts.length} documents, ${disagreements} disagreements`);
  }
  writeFileSync(values.out!, `${JSON.stringify(found, null, 1)}\n`);
  if (found.length > 0) console.log(`wrote ${found.length} disagreements to ${values.out}`);
}

main();
