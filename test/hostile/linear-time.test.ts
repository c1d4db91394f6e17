import { describe, expect, it } from 'vitest';
import { goFields, goTrimSpace } from '../../lib/k8s/go-text';
import { lintYamlText, loadDocuments, validateManifest } from '../../lib';
import { uniqueJobNames } from '../../lib/jobs/job-per-work-item';

// Inputs sized so that the quadratic code these replace would run for minutes (and trip the
// 5 s test timeout), while linear code takes milliseconds. No timing is asserted.
const job = (spec: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec:\n${spec}  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: a\n        image: b\n`;

describe('hostile sizes run in linear time', () => {
  it('checks a 1 MB cpu quantity of digits followed by a bad character (quantity pattern)', () => {
    const cpu = `${'1'.repeat(1_000_000)}x`;
    const manifest = loadDocuments(job(''))[0].value as { spec: { template: { spec: { containers: Array<Record<string, unknown>> } } } };
    manifest.spec.template.spec.containers[0].resources = { limits: { cpu } };
    const messages = validateManifest(manifest).map((v) => v.message);
    expect(messages.some((m) => m.includes("quantities must match the regular expression"))).toBe(true);
  });

  it('trims a 1 MB run of spaces inside a schedule (Go TrimSpace)', () => {
    const inner = `a${' '.repeat(1_000_000)}b`;
    expect(goTrimSpace(` \u3000${inner}\t\n`)).toBe(inner);
    expect(goFields(`  ${inner}  `)).toEqual(['a', 'b']);
    const cron = `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "TZ=UTC ${' '.repeat(500_000)}x 0 * * *"\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: b}]}}}}\n`;
    expect(lintYamlText(cron, { kubernetesVersion: '1.28' }).results[0].violations.length).toBeGreaterThan(0);
  });

  it('gives a hint for a 1 MB unknown key without comparing it to every field (did you mean)', () => {
    const outcome = lintYamlText(job(`  ${'k'.repeat(1_000_000)}: 1\n`));
    const unknown = outcome.results[0].violations.find((v) => v.message.includes('unknown field'));
    expect(unknown?.hint).toMatch(/^remove it, or use a known field: /);
    expect(lintYamlText(job('  completionz: 1\n')).results[0].violations.find((v) => v.message.includes('unknown field'))?.hint).toBe('did you mean "completions"?');
  });

  it('names Jobs of 100 KB work items of dashes (dash trimming)', () => {
    const names = uniqueJobNames('work', [`a${'-'.repeat(100_000)}`, '-'.repeat(100_000)]);
    expect(names).toEqual(['work-a', 'work-1']);
  });

  it('reads a duplicate key, then reports the unclosed quote of a 1 MB line of tabs', () => {
    const text = `a: 1\na: 2\n"${'\t'.repeat(1_000_000)}`;
    expect(loadDocuments(text)[0].error?.message).toMatch(/quoted/);
  });
});

describe('aliases are counted in every YAML context', () => {
  // Eleven levels of ten aliases: 10^11 nodes if expanded.
  const bomb = (level: (i: number, prev: string) => string, first = '"lol"') => {
    let text = `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  x0: &x0 ${first}\n`;
    for (let i = 1; i < 12; i++) text += `  x${i}: &x${i} ${level(i, `x${i - 1}`)}\n`;
    return text;
  };
  const range = Array.from({ length: 10 }, (_, j) => j);
  it.each([
    ['after a flow-mapping colon ({"k":*a})', bomb((_, p) => `{${range.map((j) => `"k${j}":*${p}`).join(',')}}`)],
    ['in a flow sequence ([*a,*a])', bomb((_, p) => `[${range.map(() => `*${p}`).join(',')}]`)],
    ['as flow-mapping values after a space', bomb((_, p) => `{${range.map((j) => `k${j}: *${p}`).join(', ')}}`)],
    ['in merge keys', bomb((i, p) => `{${range.map((j) => `k${j}: {<<: *${p}, m: ${i}}`).join(', ')}}`, '{lol: 1}')],
    ['as mapping keys and values', bomb((_, p) => `{${range.map((j) => `k${j}: *${p}`).join(', ')}, ? *${p} : 1}`, '{lol: 1}')],
  ])('refuses an alias bomb %s', (_, text) => {
    const [result] = lintYamlText(text).results;
    expect(result.kind).toBeNull();
    expect(result.violations.map((v) => v.message)).toEqual(['document contains excessive aliasing']);
  });

  it.each([
    ['a flow mapping right after its colon', 'spec: &s {"a":*s}'],
    ['a flow sequence', 'spec: &s [*s]'],
    ['a block mapping', 'spec: &s\n  a: *s'],
  ])('refuses a recursive anchor in %s, as go-yaml does', (_, spec) => {
    const [result] = lintYamlText(`apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\n${spec}\n`).results;
    expect(result.violations.map((v) => v.message)).toEqual(['anchor value contains itself']);
  });

  it('still reads ordinary anchors and merge keys', () => {
    const text = job('  backoffLimit: &n 3\n  completions: *n\n').replace('containers:\n', 'containers:\n      - &c {name: side, image: b}\n      - <<: *c\n        name: second\n');
    const [result] = lintYamlText(text).results;
    expect(result.kind).toBe('Job');
    expect(result.violations.filter((v) => v.rule === 'yaml-syntax')).toEqual([]);
  });
});
