import { CRONJOB_DOCS } from '../../cron/docs';
import { loadLocationError, suggestTimeZone, timeZoneNames } from '../../k8s/time-zones';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';

// k8s pkg/apis/batch/validation/validation.go validateTimeZone, in its order: non-empty; each
// '/'-separated part matches the IANA naming rules (it returns after the first bad part); not
// "Local" in any case; found by Go's time.LoadLocation (lib/k8s/time-zones.ts).
const PATH = 'spec.timeZone';
const PART = /^[A-Za-z.\-_0-9+]{1,14}$/;
const HINT = "use an IANA name such as 'Europe/Berlin' or 'Etc/UTC' (case-sensitive), or leave timeZone unset for the controller's zone";

function badPart(part: string): boolean {
  return part === '.' || part === '..' || part.startsWith('-') || !PART.test(part);
}

/** The known names that pass every check below (almost every timeZone written), worked out once. */
const VALID_TIME_ZONES: ReadonlySet<string> = new Set(
  timeZoneNames().filter((tz) => tz !== '' && !tz.split('/').some(badPart) && tz.toLowerCase() !== 'local' && loadLocationError(tz) === undefined),
);

/** Rows 106–109: timeZone must be non-empty, well-formed, not Local, and known to Go's tz database. */
export const cronjobTimeZone = defineRule({
  id: 'cronjob-time-zone',
  severity: 'error',
  summary: 'a CronJob timeZone must be a time zone name from the tz database, not empty and not Local',
  docs: CRONJOB_DOCS.timeZones,
  appliesTo: ['CronJob'],
  triggers: ['cron.timeZone'],
  refs: ['cronjob.timeZone.nonEmpty', 'cronjob.timeZone.syntax', 'cronjob.timeZone.notLocal', 'cronjob.timeZone.known'],
  hint: HINT,
  check({ rawCronSpec = {} }) {
    const tz = rawCronSpec.timeZone;
    if (typeof tz !== 'string') return []; // unset or null: the controller's zone; other types: the schema's finding
    if (VALID_TIME_ZONES.has(tz)) return [];
    if (tz === '') return [invalid(PATH, tz, 'timeZone must be nil or non-empty string')];
    if (tz.split('/').some(badPart)) return [invalid(PATH, tz, `unknown time zone ${tz}`)];
    const findings: Finding[] = [];
    if (tz.toLowerCase() === 'local') {
      findings.push(invalid(PATH, tz, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
    }
    const loadError = loadLocationError(tz);
    if (loadError) {
      const suggestion = suggestTimeZone(tz);
      findings.push(invalid(PATH, tz, loadError, suggestion ? { hint: `use '${suggestion}': time zone names are case-sensitive` } : {}));
    }
    return findings;
  },
});
