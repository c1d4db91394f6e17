/**
 * The project's own manifests (shared corpus, seed fixtures, the synthesized examples, the rule
 * tests' cases) against the oracle. The goldens store these manifests, so the comparison needs
 * no test run to collect them; the drift check re-reads the files that can be read directly
 * (corpus, seeds, examples): a changed file needs `npm run oracle:goldens`.
 */
import { batchKindOf } from '../../lib/manifest/classify';
import type { Family } from './families';
import { PROJECT_GOLDENS } from './goldens';
import { fileCases } from './project-cases';
import { differentialSuite } from './suite';

const NONE: readonly Family[] = [];

differentialSuite({
  title: 'differential: project manifests',
  goldensFile: PROJECT_GOLDENS,
  subjects: (golden) => golden.cases.map((c) => ({ id: c.id, kind: batchKindOf(c.manifest) ?? 'Job', families: NONE, manifest: c.manifest })),
  drift: (golden) => {
    const stored = new Map(golden.cases.map((c) => [c.id, JSON.stringify(c.manifest)]));
    const problems: string[] = [];
    const current = fileCases();
    const ids = new Set(current.map((c) => c.id));
    for (const id of stored.keys()) if (!id.startsWith('rule-cases/') && !ids.has(id)) problems.push(`${id}: no longer exists`);
    for (const c of current) {
      const s = stored.get(c.id);
      if (s === undefined) problems.push(`${c.id}: new document without a golden verdict`);
      else if (s !== JSON.stringify(c.manifest)) problems.push(`${c.id}: changed since the goldens were written`);
    }
    return problems;
  },
});
