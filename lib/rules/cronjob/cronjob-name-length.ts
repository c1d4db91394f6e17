import { CRONJOB_DOCS } from '../../cron/docs';
import { asObject, asString } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { invalid, OMITTED } from '../findings';
import { defineRule } from '../rule';

// k8s pkg/apis/batch/validation/validation.go ValidateCronJobCreate: the controller names each
// Job `<cronjob>-<scheduled time in minutes>` and reserves 11 characters for the suffix, so a
// CronJob name may have at most 63 - 11 = 52 bytes (Go len). The detail says "characters" up to
// 1.34 and "bytes" from 1.35 (apimachinery content.MaxLenError).
const MAX = 52;
/** The API server appends 5 random characters to generateName, after cutting it to 58. */
const GENERATED_SUFFIX = 5;
const GENERATE_NAME_MAX = 63 - GENERATED_SUFFIX;

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Row 100: CronJob names have at most 52 characters (bytes), so that generated Job names fit 63. */
export const cronjobNameLength = defineRule({
  id: 'cronjob-name-length',
  severity: 'error',
  summary: 'a CronJob name must have at most 52 characters, leaving room for the suffix of the Jobs it creates',
  docs: CRONJOB_DOCS.spec,
  appliesTo: ['CronJob'],
  refs: ['cronjob.name.max52'],
  hint: 'shorten the name to at most 52 characters (the controller appends -<minutes> to it for each Job)',
  check({ version, manifest }) {
    const metadata = asObject(manifest.metadata);
    const name = asString(metadata?.name) ?? '';
    const detail = `must be no more than ${MAX} ${isAtLeast(version, '1.35') ? 'bytes' : 'characters'}`;
    if (byteLength(name) > MAX) return [invalid('metadata.name', name, detail)];
    const generateName = asString(metadata?.generateName) ?? '';
    if (name === '' && Math.min(byteLength(generateName), GENERATE_NAME_MAX) + GENERATED_SUFFIX > MAX) {
      return [
        invalid('metadata.name', OMITTED, `${detail} (the name generated from generateName "${generateName}" plus 5 random characters)`, {
          hint: `shorten generateName to at most ${MAX - GENERATED_SUFFIX} characters`,
        }),
      ];
    }
    return [];
  },
});
