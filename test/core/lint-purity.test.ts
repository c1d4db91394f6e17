import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lintManifest } from '../../lib/lint';
import { KUBERNETES_VERSIONS } from '../../lib/versions';

const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'corpus');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function corpusDocuments(): Array<{ file: string; doc: unknown }> {
  const out: Array<{ file: string; doc: unknown }> = [];
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.yaml'))) {
    try {
      for (const doc of loadAll(fs.readFileSync(path.join(CORPUS, file), 'utf8'))) out.push({ file, doc });
    } catch {
      // unparsable files are the YAML loader's concern, not this test's
    }
  }
  return out;
}

describe('lintManifest', () => {
  // Defaulting shares unchanged subtrees with the input instead of deep-cloning it, so a rule that
  // wrote to its view would change the caller's manifest: a frozen input makes any write throw.
  it('never modifies the manifest it is given, on any corpus document or version', () => {
    const docs = corpusDocuments();
    expect(docs.length).toBeGreaterThan(60);
    for (const { file, doc } of docs) {
      const frozen = deepFreeze(structuredClone(doc));
      for (const kubernetesVersion of KUBERNETES_VERSIONS) {
        expect(() => lintManifest(frozen, { kubernetesVersion }), `${file} on ${kubernetesVersion}`).not.toThrow();
      }
      expect(frozen).toEqual(doc);
    }
  });

  it('fails this test if a defaulted field leaked into the input', () => {
    const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl' }] } } } };
    lintManifest(job);
    expect(job.spec).not.toHaveProperty('completions');
    expect(job.spec.template.spec).not.toHaveProperty('restartPolicy');
  });
});
