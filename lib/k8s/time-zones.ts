import { TIME_ZONE_NAMES, TZDATA_VERSION } from './time-zones.generated';

/**
 * The time zone names the API server accepts, as Go's `time.LoadLocation` resolves them.
 *
 * kube-apiserver validates CronJob `spec.timeZone` (and, on 1.28, a `TZ=` prefix in the schedule)
 * with `time.LoadLocation`, which finds names in the tz database the binary embeds (Go's
 * `time/tzdata`) or the container ships: IANA Zones plus backward Links such as `US/Pacific`,
 * `Etc/GMT+10`, `EST5EDT`, `GMT-0` and `Factory`, matched case-sensitively. Node's
 * `Intl.supportedValuesOf('timeZone')` lacks many of them and ICU matches case-insensitively, so
 * the list is generated from tzdata instead (scripts/generate-time-zones.ts).
 *
 * Caveat: each Kubernetes release is built with a Go release whose tzdata may be older or newer
 * than {@link TZDATA_VERSION}; a zone added after the server's tzdata is unknown to that server.
 */
export { TZDATA_VERSION };

const KNOWN = new Set(TIME_ZONE_NAMES);

/** True when `name` is in the tz database exactly as written (case-sensitive). */
export function isKnownTimeZone(name: string): boolean {
  return KNOWN.has(name);
}

/** Every known time zone name, sorted. */
export function timeZoneNames(): readonly string[] {
  return TIME_ZONE_NAMES;
}

/**
 * The error text of Go's `time.LoadLocation(name)`, or `undefined` when it succeeds
 * (Go `src/time/zoneinfo.go` and `zoneinfo_read.go`): `""`, `UTC` and `Local` always load;
 * a name containing `..` or starting with `/` or `\` is refused before any lookup.
 */
export function loadLocationError(name: string): string | undefined {
  if (name === '' || name === 'UTC' || name === 'Local') return undefined;
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return 'time: invalid location name';
  return KNOWN.has(name) ? undefined : `unknown time zone ${name}`;
}

const BY_LOWER_CASE = new Map(TIME_ZONE_NAMES.map((n) => [n.toLowerCase(), n]));

/** The known name that differs from `name` only in case (`europe/berlin` gives `Europe/Berlin`), if any. */
export function suggestTimeZone(name: string): string | undefined {
  const match = BY_LOWER_CASE.get(name.toLowerCase());
  return match !== name ? match : undefined;
}
