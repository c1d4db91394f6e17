// The README example of cdk8s-jobs/testing, verbatim but for import paths: a platform template
// snapshot-tested in vitest.
import { Chart, Testing } from 'cdk8s';
import { expect, test } from 'vitest';
import { setupManifestTesting, synthManifests } from '../../lib/testing';
import type {} from '../../lib/testing/vitest';
import { nightlyReport } from './templates';

setupManifestTesting(expect); // once per run: better in a vitest setup file

test('the nightly report template', () => {
  const chart = new Chart(Testing.app(), 'reports', { disableResourceNameHashes: true });
  const job = nightlyReport(chart, 'nightly', { image: 'reports:1.4.0' });

  // Throws one error listing every finding when a Job or CronJob would be refused.
  const manifests = synthManifests(chart, { kubernetesVersion: '1.30' });
  expect(manifests).toMatchSnapshot(); // YAML, as `cdk8s synth` writes it

  const [, jobManifest] = manifests;
  expect(jobManifest).toBeValidManifest({ kubernetesVersion: '1.30' });
  expect(jobManifest).not.toHaveViolation('job-restart-policy');
  expect(job.restartPolicy).toBe('Never');
});
