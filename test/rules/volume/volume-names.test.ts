import { describe, expect, it } from 'vitest';
import { toJobView } from '../../../lib/manifest/job-view';
import { acceptedVolumes, volumeNames } from '../../../lib/rules/volume/volume-names';
import { resolveKubernetesVersion } from '../../../lib/versions';
import { build, ruleCases, runRule } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

ruleCases(volumeNames, {
  valid: [
    withVolumes('volume names are distinct DNS labels', [
      { name: 'config', configMap: { name: 'app' } },
      { name: 'scratch', emptyDir: {} },
    ]),
    withVolumes('a volume has no source (defaulted to emptyDir)', [{ name: 'data' }]),
    withVolumes('a later volume reuses the name of a broken one (the server reports the broken one only)', [
      { name: 'data', secret: {} },
      { name: 'data', emptyDir: {} },
    ]),
  ],
  invalid: [
    withVolumes('a volume has no name', [{ emptyDir: {} }], { errors: [vol(0, '.name')] }),
    withVolumes('a volume name is a left-over placeholder', [{ name: 'PSTORE_PV_NAME', emptyDir: {} }], { errors: [vol(0, '.name')] }),
    withVolumes('a volume name is too long', [{ name: 'a'.repeat(64), emptyDir: {} }], { errors: [vol(0, '.name')] }),
    withVolumes('two volumes share a name', [{ name: 'data', emptyDir: {} }, { name: 'data', configMap: { name: 'x' } }], {
      errors: [vol(1, '.name')],
    }),
  ],
});

describe('volume-names hints', () => {
  const names = (name: string) => runRule(volumeNames, build('Job', { podSpec: { volumes: [{ name, emptyDir: {} }] } }));

  it('says a left-over placeholder was probably not substituted', () => {
    expect(names('PSTORE_PV_NAME')[0].hint).toMatch(/^"PSTORE_PV_NAME" looks like a template variable that was not substituted/);
    expect(names('${VOLUME}')[0].hint).toMatch(/^"\$\{VOLUME\}" looks like a template variable/);
  });

  it('keeps the rule hint for an ordinary bad name', () => {
    expect(names('Data_Dir')[0].hint).toBe(volumeNames.hint);
  });
});

describe('acceptedVolumes (what volumeMounts resolve against)', () => {
  const accepted = (volumes: unknown[], version = '1.36') =>
    [...acceptedVolumes(toJobView(build('Job', { podSpec: { volumes } }), resolveKubernetesVersion(version))!).keys()];

  it('keeps the volumes that pass all their checks, first of a name only', () => {
    expect(accepted([{ name: 'a', emptyDir: {} }, { name: 'a', configMap: { name: 'c' } }, { name: 'b', secret: { secretName: 's' } }])).toEqual(['a', 'b']);
  });

  it('leaves out a volume with errors, so a later one of that name is kept', () => {
    expect(accepted([{ name: 'a', secret: {} }, { name: 'a', emptyDir: {} }, { name: 'Bad', emptyDir: {} }])).toEqual(['a']);
  });

  it('leaves out an image volume with a bad pull policy (1.35+) and a dropped one (1.31–1.34)', () => {
    expect(accepted([{ name: 'img', image: { reference: 'r', pullPolicy: 'Sometimes' } }])).toEqual([]);
    expect(accepted([{ name: 'img', image: { reference: 'r' } }], '1.34')).toEqual([]);
    expect(accepted([{ name: 'img', image: { reference: 'r' } }], '1.35')).toEqual(['img']);
  });
});
