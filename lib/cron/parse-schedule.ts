import { loadLocationError } from '../k8s/time-zones';
import { CRON_FIELDS, parseField, type FieldValues } from './fields';
import { parseGoDuration } from './go-duration';
import { goFields, goStringSlice, goTrimSpace, wellFormed } from '../k8s/go-text';

/**
 * A faithful port of what kube-apiserver runs on a CronJob `spec.schedule`: robfig/cron v3.0.1
 * `ParseStandard` (github.com/robfig/cron/v3 `parser.go`), wrapped like k8s
 * `pkg/util/parsers/parsers.go` ParseCronScheduleWithPanicRecovery. It accepts an optional
 * `TZ=<zone> `/`CRON_TZ=<zone> ` prefix, the descriptors `@yearly` `@annually` `@monthly`
 * `@weekly` `@daily` `@midnight` `@hourly` and `@every <Go duration>`, or exactly five fields
 * (minute, hour, day of month, month, day of week). Error messages are the library's.
 *
 * Whether a `TZ=` prefix is allowed at all is a Kubernetes rule, not the parser's: see the
 * `cronjob-schedule` rule.
 */

/** The five fields of a schedule, each with the values it matches. */
export interface CronFieldValues {
  readonly minute: FieldValues;
  readonly hour: FieldValues;
  readonly dayOfMonth: FieldValues;
  readonly month: FieldValues;
  readonly dayOfWeek: FieldValues;
}

/** A schedule the parser accepted. */
export type ParsedSchedule =
  | { readonly kind: 'fields'; readonly fields: CronFieldValues; readonly location?: string }
  | { readonly kind: 'descriptor'; readonly descriptor: string; readonly fields: CronFieldValues; readonly location?: string }
  | { readonly kind: 'every'; readonly nanoseconds: bigint; readonly location?: string };

/** Result of {@link parseSchedule}. */
export type ScheduleParseResult =
  | { readonly ok: true; readonly schedule: ParsedSchedule }
  | {
      readonly ok: false;
      /** The parser's error text, as the API server prints it after `Invalid value: "<schedule>": `. */
      readonly message: string;
      /**
       * True when robfig/cron panics instead (a `TZ=`/`CRON_TZ=` prefix with no space after it).
       * From 1.35 the server recovers and `message` is its text; before, the request fails with
       * an internal error.
       */
      readonly panicked?: boolean;
    };

const DESCRIPTORS: Record<string, readonly string[]> = {
  '@yearly': ['0', '0', '1', '1', '*'],
  '@annually': ['0', '0', '1', '1', '*'],
  '@monthly': ['0', '0', '1', '*', '*'],
  '@weekly': ['0', '0', '*', '*', '0'],
  '@daily': ['0', '0', '*', '*', '*'],
  '@midnight': ['0', '0', '*', '*', '*'],
  '@hourly': ['0', '*', '*', '*', '*'],
};
const EVERY = '@every ';

type FieldsResult = { ok: true; fields: CronFieldValues } | { ok: false; message: string };

function parseFields(fields: readonly string[]): FieldsResult {
  const out: FieldValues[] = [];
  for (let i = 0; i < CRON_FIELDS.length; i++) {
    const r = parseField(fields[i], CRON_FIELDS[i]);
    if (!r.ok) return r;
    out.push(r.field);
  }
  const [minute, hour, dayOfMonth, month, dayOfWeek] = out;
  return { ok: true, fields: { minute, hour, dayOfMonth, month, dayOfWeek } };
}

/**
 * Parses a schedule as kube-apiserver does. Never throws: every input gives a result.
 * An empty string gives robfig's `empty spec string`, which the API server never shows because
 * it reports `Required value` first.
 */
export function parseSchedule(input: string): ScheduleParseResult {
  let spec = wellFormed(String(input));
  if (spec.length === 0) return { ok: false, message: 'empty spec string' };

  let location: string | undefined;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    // robfig slices spec[eq+1 : i] with i = index of the first ASCII space; with none, i is -1
    // and Go panics (k8s `pkg/util/parsers/parsers.go` turns the panic into this error).
    const i = spec.indexOf(' ');
    if (i === -1) {
      return { ok: false, panicked: true, message: 'invalid schedule format: runtime error: slice bounds out of range [:-1]' };
    }
    const zone = spec.slice(spec.indexOf('=') + 1, i);
    const err = loadLocationError(zone);
    if (err) return { ok: false, message: `provided bad location ${zone}: ${err}` };
    location = zone;
    spec = goTrimSpace(spec.slice(i));
  }
  const at = location === undefined ? {} : { location };

  if (spec.startsWith('@')) {
    const preset = Object.prototype.hasOwnProperty.call(DESCRIPTORS, spec) ? DESCRIPTORS[spec] : undefined;
    if (preset) {
      const r = parseFields(preset);
      return r.ok ? { ok: true, schedule: { kind: 'descriptor', descriptor: spec, fields: r.fields, ...at } } : r;
    }
    if (spec.startsWith(EVERY)) {
      const d = parseGoDuration(spec.slice(EVERY.length));
      if (!d.ok) return { ok: false, message: `failed to parse duration ${spec}: ${d.message}` };
      return { ok: true, schedule: { kind: 'every', nanoseconds: d.nanoseconds, ...at } };
    }
    return { ok: false, message: `unrecognized descriptor: ${spec}` };
  }

  const fields = goFields(spec);
  if (fields.length !== CRON_FIELDS.length) {
    return { ok: false, message: `expected exactly 5 fields, found ${fields.length}: ${goStringSlice(fields)}` };
  }
  const r = parseFields(fields);
  return r.ok ? { ok: true, schedule: { kind: 'fields', fields: r.fields, ...at } } : r;
}
