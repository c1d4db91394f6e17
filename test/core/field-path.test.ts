import { describe, expect, it } from 'vitest';
import { fromJsonPointer, joinFieldPath, key, parseFieldPath, toFieldPath } from '../../lib/manifest/field-path';

describe('field paths', () => {
  it('prints fields dotted, indexes and map keys in brackets', () => {
    expect(toFieldPath(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe('spec.template.spec.containers[0].image');
    expect(toFieldPath(['metadata', 'labels', key('app')])).toBe('metadata.labels[app]');
    expect(toFieldPath(['metadata', 'annotations', 'argocd.argoproj.io/hook-weight'])).toBe(
      'metadata.annotations[argocd.argoproj.io/hook-weight]',
    );
  });

  it('joins onto a base path', () => {
    expect(joinFieldPath('spec.jobTemplate.spec', 'completions')).toBe('spec.jobTemplate.spec.completions');
    expect(joinFieldPath('spec.containers', 2)).toBe('spec.containers[2]');
    expect(joinFieldPath('', 'spec')).toBe('spec');
  });

  it('reads JSON pointers, unescaping ~1 and ~0', () => {
    expect(fromJsonPointer('/spec/containers/0/image')).toEqual(['spec', 'containers', 0, 'image']);
    expect(fromJsonPointer('/metadata/annotations/a~1b~0c')).toEqual(['metadata', 'annotations', 'a/b~c']);
    expect(fromJsonPointer('')).toEqual([]);
  });

  it('parses a printed path back into segments', () => {
    expect(parseFieldPath('spec.template.spec.containers[0].image')).toEqual(['spec', 'template', 'spec', 'containers', 0, 'image']);
    expect(parseFieldPath('metadata.labels[app.kubernetes.io/name]')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name']);
    expect(parseFieldPath('')).toEqual([]);
  });
});
