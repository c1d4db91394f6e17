/** The oracle harness against a stub binary (the real oracle needs Go; CI has none). */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, oracleVersion } from '../../scripts/oracle/run-oracle';
import { readGoldens, trimVerdict, writeGoldens, type GoldenFile } from './goldens';

const dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-oracle-stub-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stub speaking the oracle's protocol: refuses documents with `bad: true`, drops a line for `lose: true`. */
function stub(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!${process.execPath}\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const ORACLE = stub(
  'k8s-oracle-stub',
  String.raw`
if (process.argv[2] === '-version') { console.log('v1.36.5'); process.exit(0); }
const docs = require('fs').readFileSync(0, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
docs.forEach((d, index) => {
  if (d.lose) return;
  const bad = d.bad === true;
  console.log(JSON.stringify({ index, k8s: 'v1.36.5', accepted: !bad, stage: bad ? 'validate' : 'accepted', status: bad ? 422 : 0,
    errors: bad ? [{ type: 'FieldValueInvalid', field: 'spec.x', detail: 'd'.repeat(400), message: 'm' }] : [], warnings: [], object: {} }));
});`,
);

describe('oracle harness', () => {
  it('sends documents in chunks and keeps their order', async () => {
    const docs = Array.from({ length: 7 }, (_, i) => ({ i, bad: i % 3 === 0 }));
    const out = await judge({ binary: ORACLE, chunk: 3 }, docs);
    expect(out.map((o) => o.accepted)).toEqual(docs.map((d) => !d.bad));
    expect(await oracleVersion(ORACLE)).toBe('v1.36.5');
  });

  it('trims a verdict to what the goldens keep', async () => {
    const [raw] = await judge({ binary: ORACLE }, [{ bad: true }]);
    const v = trimVerdict(raw!);
    expect(v).toMatchObject({ accepted: false, stage: 'validate', status: 422, warnings: [] });
    expect(v.errors[0]?.field).toBe('spec.x');
    expect(v.errors[0]?.detail?.length).toBeLessThan(310);
    expect(v).not.toHaveProperty('object');
  });

  it('fails clearly when the binary loses a verdict or exits non-zero', async () => {
    await expect(judge({ binary: ORACLE }, [{}, { lose: true }])).rejects.toThrow(/2 documents in, 1 verdicts out/);
    const broken = stub('k8s-oracle-broken', "process.stderr.write('boom'); process.exit(3);");
    await expect(judge({ binary: broken }, [{}])).rejects.toThrow(/exited with 3: boom/);
  });
});

describe('goldens file', () => {
  it('round-trips, storing each distinct verdict once', () => {
    const a = { accepted: true, errors: [], warnings: [] };
    const b = { accepted: false, status: 422, errors: [{ type: 'FieldValueInvalid', field: 'spec.x' }], warnings: ['w ],[ "x"'] };
    const g: GoldenFile = {
      kubernetes: { '1.28': 'v1.28.15', '1.36': 'v1.36.5' },
      versions: ['1.28', '1.36'],
      oracle: { '1.28': '0123456789abcdef', '1.36': 'fedcba9876543210' },
      cases: [
        { id: 'p1', hash: 'h1', manifest: { kind: 'Job', note: '],[' }, verdicts: [a, b] },
        { id: 'p2', hash: 'h2', manifest: { kind: 'CronJob' }, verdicts: [b, b] },
      ],
    };
    const file = join(dir, 'g.json.gz');
    writeGoldens(file, g);
    expect(readGoldens(file)).toEqual(g);
  });
});
