import { CRONJOB_DOCS } from '../../cron/docs';
import { asInt, asObject, asString } from '../../manifest/access';
import { invalid } from '../findings';
import { defineRule } from '../rule';

/** Digits of the scheduled time in each Job's name (`<cronjob>-<minutes since the epoch>`), until 2160. */
const SCHEDULED_TIME_DIGITS = 8;
/** The API server cuts a generateName to 58 characters before adding 5 random ones. */
const GENERATE_NAME_MAX = 58;
/** Above 52 characters the CronJob is refused (`cronjob-name-length`). */
const NAME_MAX = 52;

/**
 * Each Job is `<cronjob>-<8 digits>` and its pods are generated from `<job>-` (Indexed:
 * `<job>-<index>-`), cut to 58 characters: a long CronJob name leaves no room, and the pods' names
 * lose the run's time (and index), so pods of different runs can no longer be told apart by name.
 */
export const cronjobNameJobSuffix = defineRule({
  id: 'cronjob-name-job-suffix',
  severity: 'warning',
  summary: "a CronJob name should leave room for its Jobs' time suffix in their pods' generated names",
  docs: CRONJOB_DOCS.spec,
  appliesTo: ['CronJob'],
  refs: [],
  check({ manifest, rawSpec }) {
    const name = asString(asObject(manifest.metadata)?.name) ?? '';
    if (name === '' || Buffer.byteLength(name, 'utf8') > NAME_MAX) return [];
    const indexed = rawSpec.completionMode === 'Indexed';
    const completions = asInt(rawSpec.completions) ?? 1;
    const indexPart = indexed ? String(Math.max(0, completions - 1)).length + 1 : 0;
    const podBase = name.length + 1 + SCHEDULED_TIME_DIGITS + 1 + indexPart;
    if (podBase <= GENERATE_NAME_MAX) return [];
    const room = GENERATE_NAME_MAX - (podBase - name.length);
    const shape = `${name}-<${SCHEDULED_TIME_DIGITS}-digit time>-${indexed ? '<index>-' : ''}`;
    return [
      invalid('metadata.name', name, `pod names are cut to ${GENERATE_NAME_MAX} characters before their random suffix, so "${shape}" loses its end`, {
        hint: `shorten the name to at most ${room} characters`,
      }),
    ];
  },
});
