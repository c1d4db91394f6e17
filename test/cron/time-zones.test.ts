import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, loadLocationError, timeZoneNames, TZDATA_VERSION } from '../../lib/k8s/time-zones';
import { UPSTREAM_GO119_TIME_ZONES } from './upstream-time-zones';

describe('the time zone database', () => {
  it('contains every zone of the upstream Kubernetes TestTimeZones list (go1.19)', () => {
    expect(UPSTREAM_GO119_TIME_ZONES.filter((z) => !isKnownTimeZone(z))).toEqual([]);
  });

  it('adds only zones created after go1.19', () => {
    const upstream = new Set(UPSTREAM_GO119_TIME_ZONES);
    expect(timeZoneNames().filter((z) => !upstream.has(z))).toEqual(['America/Ciudad_Juarez', 'America/Coyhaique', 'Europe/Kyiv']);
    expect(TZDATA_VERSION).toBe('2025b');
  });

  it.each(['UTC', 'Etc/UTC', 'Etc/GMT+10', 'EST5EDT', 'US/Pacific', 'GMT-0', 'Factory'])('knows %s, which Intl may not list', (z) => {
    expect(loadLocationError(z)).toBeUndefined();
  });

  it('is case-sensitive, as Go on Linux', () => {
    expect(loadLocationError('utc')).toBe('unknown time zone utc');
    expect(loadLocationError('europe/berlin')).toBe('unknown time zone europe/berlin');
  });

  it('words refusals as time.LoadLocation', () => {
    expect(loadLocationError('Local')).toBeUndefined();
    expect(loadLocationError('')).toBeUndefined();
    expect(loadLocationError('a..b')).toBe('time: invalid location name');
    expect(loadLocationError('/etc/localtime')).toBe('time: invalid location name');
  });

  it('is sorted and free of duplicates (deterministic generator output)', () => {
    const names = timeZoneNames();
    expect([...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
  });

  it.skipIf(!existsSync('/usr/share/zoneinfo/tzdata.zi'))('matches the tzdata.zi of this machine when it is the same release', async () => {
    const { readTzdataZi } = await import('../../scripts/generate-time-zones');
    const { version, names } = readTzdataZi(readFileSync('/usr/share/zoneinfo/tzdata.zi', 'utf8'));
    if (version === TZDATA_VERSION) expect(names).toEqual(timeZoneNames());
  });
});
