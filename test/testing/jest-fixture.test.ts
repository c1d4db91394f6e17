// Proves the kit under jest (29, the dev dependency): runs the fixture project test/fixtures/jest-project with the real
// jest CLI against the built package (`npm test` builds first; locally run `npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const project = 'test/fixtures/jest-project';

function jest(config: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    ['node_modules/jest/bin/jest.js', '--config', `${project}/${config}`, '--ci', '--no-watchman'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, timeout: 120_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('cdk8s-jobs/testing under jest', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'build/lib/testing/index.js'))) throw new Error('build/ is missing: run `npm run build` first');
  });

  it('passes the fixture project: committed YAML snapshot, matchers, synthManifests', () => {
    const { status, output } = jest('jest.config.js');
    expect(output).toContain('Tests:       3 passed, 3 total');
    expect(output).toContain('Snapshots:   1 passed, 1 total');
    expect(status).toBe(0);
  }, 120_000);

  it('fails the deliberately invalid template with our formatted findings in jest\'s output', () => {
    const { status, output } = jest('jest.failing.config.js');
    expect(status).toBe(1);
    expect(output).toContain('Tests:       2 failed, 2 total');
    // Layout: the document, then each finding as formatViolation renders it (indented by jest).
    const finding =
      ' {4}Job "reports-nightly" \\(reports/nightly/Resource\\)\\n' +
      ' {6}spec\\.template\\.spec\\.restartPolicy: [^\\n]+ \\[job-restart-policy\\]\\n {10}hint: [^\\n]+\\n {10}docs: https://kubernetes\\.io/';
    expect(output).toMatch(new RegExp(`ManifestValidationError: 1 error in the synthesized manifests \\(Kubernetes 1\\.28\\):\\n\\n${finding}`));
    expect(output).toMatch(new RegExp(`expect\\(received\\)\\.toBeValidManifest\\(\\)\\n\\n {4}Expected no errors for Kubernetes 1\\.28, found 1 error:\\n\\n${finding}`));
  }, 120_000);
});
