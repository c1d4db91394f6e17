import { toFieldPath } from '../manifest/field-path';
import { deref, propertiesOf, walk, type SchemaNode } from './schema-walk';

const MAX_LISTED = 12;
const MAX_DEPTH = 4;
/** Longest unknown name compared for "did you mean" (far above any field name; a longer one is no typo). */
const MAX_TYPO_LENGTH = 128;
/** Longest unknown name quoted in a hint; longer names are cut with an ellipsis. */
const MAX_QUOTED = 60;

/**
 * A fix for an unknown field, most specific first: the known name it is a typo of; the enclosing
 * object that has such a field (indented too deep); the nested object that has it (indented too
 * shallow); else the fields allowed here. `raw` is the path to the unknown field, its name last.
 */
export function unknownFieldHint(schema: SchemaNode, raw: ReadonlyArray<string | number>): string {
  const name = String(raw[raw.length - 1]);
  const parentRaw = raw.slice(0, -1);
  const steps = walk(schema, parentRaw);
  const parent = steps.length === 0 ? schema : steps[steps.length - 1].schema;
  const known = Object.keys(propertiesOf(parent) ?? {});

  const close = typoCandidates(known, name);
  if (close.length > 0) return `did you mean ${close.map((k) => `"${k}"`).join(' or ')}?`;
  const quoted = name.length > MAX_QUOTED ? `${name.slice(0, MAX_QUOTED - 1)}…` : name;

  for (let i = steps.length - 2; i >= -1; i--) {
    const ancestor = i === -1 ? schema : steps[i].schema;
    if (propertiesOf(ancestor)?.[name]) {
      const where = toFieldPath(raw.slice(0, i + 1));
      return `"${quoted}" is a field of ${where === '' ? 'the top level' : where}, not of this object: check the indentation`;
    }
  }

  const below = findBelow(schema, parent, name);
  if (below !== undefined) {
    const base = toFieldPath(parentRaw);
    return `"${quoted}" is a field of ${base === '' ? below : `${base}.${below}`}: check the indentation`;
  }

  const listed = known.slice(0, MAX_LISTED).join(', ') + (known.length > MAX_LISTED ? ', …' : '');
  return known.length > 0 ? `remove it, or use a known field: ${listed}` : 'remove it';
}

/** Breadth-first: the shortest relative path (`jobTemplate.spec`, `containers[*]`) of an object under `from` that has `name`. */
function findBelow(root: SchemaNode, from: SchemaNode | undefined, name: string): string | undefined {
  let level: Array<{ node: SchemaNode | undefined; path: string }> = [{ node: from, path: '' }];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { node, path } of level) {
      for (const [prop, child] of Object.entries(propertiesOf(deref(root, node)) ?? {})) {
        let target = deref(root, child);
        let childPath = path === '' ? prop : `${path}.${prop}`;
        if (target?.items && typeof target.items === 'object') {
          target = deref(root, target.items as SchemaNode);
          childPath += '[*]';
        }
        if (propertiesOf(target)?.[name]) return childPath;
        next.push({ node: target, path: childPath });
      }
    }
    level = next;
  }
  return undefined;
}

/**
 * Known names within a quarter of the name's length in edits. Bounded work whatever the input:
 * names over {@link MAX_TYPO_LENGTH} are not compared at all, and a known name whose length differs
 * by more than the allowed edits is skipped before the distance is computed.
 */
function typoCandidates(known: readonly string[], name: string): string[] {
  if (name.length > MAX_TYPO_LENGTH) return [];
  const allowed = Math.max(1, Math.floor(name.length / 4));
  const lower = name.toLowerCase();
  return known.filter((k) => Math.abs(k.length - name.length) <= allowed && distance(k.toLowerCase(), lower) <= allowed);
}

/** Levenshtein distance, O(a·b): only called on names of at most {@link MAX_TYPO_LENGTH} characters. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
