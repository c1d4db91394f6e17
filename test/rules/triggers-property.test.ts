/**
 * Skipping is exact: on every case we have, a rule none of whose triggers is present returns no
 * finding when run anyway (`untriggered.ts`), at every supported version. The cases: the
 * differential generator's 21,000 (every family of mistakes), the corpus, seeds and example
 * snapshots, and fast-check variants of generated cases with random fields deleted at every
 * trigger anchor (so a rule meets its mistakes without some of its fields). The rule tests' own
 * cases are checked by `ruleCases` (rule-cases.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asArray, asObject } from '../../lib/manifest/access';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { CASE_COUNT, generateCase } from '../differential/generator';
import { fileCases } from '../differential/project-cases';
import { untriggeredFindings } from './untriggered';

type Json = Record<string, unknown>;

/** The objects of a document that trigger anchors name: metadata, CronJob spec, JobSpec, template metadata, pod spec, containers. */
function anchorObjects(manifest: unknown): Json[] {
  const doc = asObject(manifest);
  const out: Json[] = [];
  const push = (o: unknown) => {
    const x = asObject(o);
    if (x) out.push(x);
    return x;
  };
  if (!doc) return out;
  push(doc.metadata);
  const spec = push(doc.spec);
  const jobSpec = doc.kind === 'CronJob' ? push(asObject(spec?.jobTemplate)?.spec) : spec;
  const template = asObject(jobSpec?.template);
  push(template?.metadata);
  const pod = push(template?.spec);
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) for (const c of asArray(pod?.[list]) ?? []) push(c);
  return out;
}

describe('a rule whose triggers are absent reports nothing', () => {
  it('on the differential generator cases, at every version', () => {
    const bad: unknown[] = [];
    for (let i = 0; i < CASE_COUNT; i++) {
      const { id, manifest } = generateCase(i);
      for (const version of KUBERNETES_VERSIONS) for (const s of untriggeredFindings(manifest, version)) bad.push({ id, version, ...s });
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it('on the corpus, seeds and example snapshots, at every version', () => {
    const cases = fileCases();
    expect(cases.length).toBeGreaterThan(0);
    const bad = cases.flatMap(({ id, manifest }) => KUBERNETES_VERSIONS.flatMap((version) => untriggeredFindings(manifest, version).map((s) => ({ id, version, ...s }))));
    expect(bad).toEqual([]);
  });

  it('on generated cases with random fields deleted at the trigger anchors', () => {
    const deletion = fc.tuple(fc.nat(), fc.nat());
    fc.assert(
      fc.property(fc.nat({ max: CASE_COUNT - 1 }), fc.array(deletion, { minLength: 1, maxLength: 40 }), fc.constantFrom(...KUBERNETES_VERSIONS), (index, deletions, version) => {
        const manifest = structuredClone(generateCase(index).manifest);
        for (const [which, key] of deletions) {
          const objects = anchorObjects(manifest);
          if (objects.length === 0) break;
          const target = objects[which % objects.length];
          const keys = Object.keys(target);
          if (keys.length > 0) delete target[keys[key % keys.length]];
        }
        expect(untriggeredFindings(manifest, version)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
