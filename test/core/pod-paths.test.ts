import { describe, expect, it } from 'vitest';
import { parsePodPath, pathTrie, setAt, setAtAll } from '../../lib/manifest/pod-paths';

const PATHS = [
  'containers[].restartPolicy',
  'initContainers[].restartPolicy',
  'containers[].securityContext.procMount',
  'volumes[].projected.sources[].secret.items[].user',
  'volumes[].secret.items[].user',
  'evictionResponders',
  'containers[].restartPolicy',
].map(parsePodPath);

const POD = {
  evictionResponders: [],
  containers: [
    { name: 'a', restartPolicy: 'Always', securityContext: { procMount: 'Unmasked' } },
    null,
    'x',
    { name: 'b', restartPolicy: null, securityContext: null },
    { name: 'c', restartPolicy: 'Never' },
  ],
  initContainers: { not: 'a list' },
  volumes: [
    { projected: { sources: [{ secret: { items: [{ user: 1 }, { user: null }, { user: 2 }] } }, { secret: {} }] } },
    { secret: { items: [{ user: 3 }] } },
  ],
};

describe('setAt', () => {
  it('finds every set value along a path, in document order, with its path', () => {
    expect(setAt(POD, parsePodPath('volumes[].projected.sources[].secret.items[].user'))).toEqual([
      { path: ['volumes', 0, 'projected', 'sources', 0, 'secret', 'items', 0, 'user'], value: 1 },
      { path: ['volumes', 0, 'projected', 'sources', 0, 'secret', 'items', 2, 'user'], value: 2 },
    ]);
    expect(setAt(POD, parsePodPath('initContainers[].restartPolicy'))).toEqual([]);
  });
});

describe('setAtAll', () => {
  it('is setAt of each path in turn, tagged with the path index, in one walk', () => {
    const expected = PATHS.flatMap((steps, index) => setAt(POD, steps).map((hit) => ({ index, ...hit })));
    expect(expected.length).toBeGreaterThan(4);
    expect(setAtAll(POD, pathTrie(PATHS))).toEqual(expected);
  });

  it('finds nothing in what is not an object', () => {
    for (const root of [undefined, null, 3, 'pod', []]) expect(setAtAll(root, pathTrie(PATHS))).toEqual([]);
  });
});
