import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lintYamlText } from '../../lib';
import type { LintReport } from '../../lib/report/json';
import { formatTextResult } from '../../lib/report/text';
import { runCliAsync } from '../cli/run-cli';

// YAML text built from grammar fragments (anchors and aliases in every position, flow and block
// styles, quoted keys, odd scalars), wrapped in a Job or CronJob so the whole engine runs.
const anchor = fc.constantFrom('a', 'b', 's');
const scalar = fc.oneof(
  fc.constantFrom('~', 'null', 'yes', 'off', '.inf', '-.nan', '0x1F', '0o17', '017', '1_000', '1e3', '-0', '9223372036854775808', '99999999999999999999999'),
  fc.constantFrom('"\\u001b[2J"', '"\\n::error ::x"', "'it''s'", '""', '"\\ud800"', '!!binary aGVsbG8=', '!!str 1', '2001-12-14', '"*/5 * * * *"', 'TZ=UTC 0 0 * * *'),
  fc.constantFrom('100m', '1Gi', '0.5', '+1e3', '1' + '0'.repeat(40), 'Never', 'Indexed', '@hourly'),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
);
const key = fc.oneof(
  fc.constantFrom('restartPolicy', 'completions', 'parallelism', 'schedule', 'selector', 'matchLabels', 'containers', 'labels', 'cpu', 'x'),
  fc.constantFrom('"quoted key"', "'single'", '"a\\u001bb"', '"k:v"', '? complex', '<<', '*a', '"\\t"'),
);

type Node = string;
const node: fc.Memo<Node> = fc.memo((depth) => {
  if (depth <= 1) return fc.oneof(scalar, anchor.map((a) => `*${a}`));
  return fc.oneof(
    scalar,
    anchor.map((a) => `*${a}`),
    fc.tuple(anchor, node(depth - 1)).map(([a, n]) => `&${a} ${n}`),
    fc.array(node(depth - 1), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc.array(fc.tuple(key, node(depth - 1)), { maxLength: 4 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    // The flow-mapping colon with no space (`{"a":*s}`), which JSON-style keys allow.
    fc.tuple(fc.string({ maxLength: 4 }), anchor).map(([k, a]) => `{${JSON.stringify(k)}:*${a}}`),
    fc.tuple(anchor, node(depth - 1)).map(([a, n]) => `{<<: *${a}, x: ${n}}`),
  );
});

const blockBody = fc.array(fc.tuple(key, node(4)), { minLength: 1, maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `    ${k}: ${v}`).join('\n'));
const document = fc
  .tuple(fc.constantFrom('Job', 'CronJob'), node(3), blockBody, fc.constantFrom('', '&a ', '&s ', '&b '), fc.boolean())
  .map(([kind, early, body, specAnchor, separate]) => {
    const head = `apiVersion: batch/v1\nkind: ${kind}\nmetadata:\n  name: fuzz\n  labels: &b {x: ${early}}\n`;
    const spec = `spec: ${specAnchor}\n  template: &a\n${body}\n`;
    return separate ? `${head}${spec}---\n${head}` : head + spec;
  });

// Bytes in a text terminal that would act rather than print.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('fuzzed YAML through lintYamlText', () => {
  it('reaches the engine as well as the parser (the generator is not all syntax errors)', () => {
    const outcomes = fc.sample(document, { numRuns: 200, seed: 7 }).map((t) => lintYamlText(t));
    const parsed = outcomes.filter((o) => o.results.some((r) => r.kind !== null)).length;
    const refused = outcomes.filter((o) => o.results.some((r) => r.kind === null)).length;
    expect(parsed).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it('never throws, never fails internally, and gives well-formed results', () => {
    fc.assert(
      fc.property(document, (text) => {
        const outcome = lintYamlText(text, { fileName: 'fuzz.yaml' });
        expect(outcome.internalErrors).toEqual([]);
        expect(() => JSON.stringify(outcome)).not.toThrow();
        for (const r of outcome.results) {
          for (const v of r.violations) {
            expect(typeof v.rule).toBe('string');
            expect(typeof v.message).toBe('string');
            expect(v.line).toBeGreaterThanOrEqual(1);
            expect(v.column).toBeGreaterThanOrEqual(1);
          }
          expect(formatTextResult(r)).not.toMatch(CONTROL);
        }
      }),
      { numRuns: 400, seed: 15 },
    );
  });
});

describe('fuzzed YAML through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 or 1 with well-formed output and no stack trace (20 runs)', async () => {
    const samples = fc.sample(document, { numRuns: 10, seed: 42 });
    const runs: Array<Promise<void>> = [];
    for (const [i, text] of samples.entries()) {
      const file = join(dir, `fuzz-${i}.yaml`);
      writeFileSync(file, text);
      runs.push(
        (async () => {
          const [json, plain] = [await runCliAsync(['lint', '-o', 'json', file]), await runCliAsync(['lint', file])];
          for (const run of [json, plain]) {
            expect([0, 1], `${file}: ${run.stderr}`).toContain(run.status);
            expect(run.stderr).toBe('');
            expect(run.stdout).not.toMatch(/\n\s+at \S+ \(/);
          }
          expect(plain.stdout).not.toMatch(CONTROL);
          const report = JSON.parse(json.stdout) as LintReport;
          expect(report.summary.errors > 0).toBe(json.status === 1);
        })(),
      );
      if (runs.length === 3) await Promise.all(runs.splice(0));
    }
    await Promise.all(runs);
  }, 240_000);
});
