import type { ApiObjectMetadata } from 'cdk8s';
import type * as kplus from './kplus';
import { replaceJobApiObject } from './api-object';
import { toJobSpecFields, type CommonJobFields, type PatternFields } from './job-spec';
import { validateOwnObjectOnSynth } from './validate-on-synth';

/**
 * What every Job pattern construct does after `super()`: a manual selector's labels go onto the
 * pod template (so the selector matches it), the emitted object gets the JobSpec fields at
 * `spec`, and it is checked at synth.
 */
export function setUpJob(job: kplus.Job, props: CommonJobFields & { readonly metadata?: ApiObjectMetadata }, pattern: PatternFields): void {
  const fields = toJobSpecFields(props, pattern);
  replaceJobApiObject(job, props.metadata, () => fields);
  for (const [key, value] of Object.entries(props.selector?.matchLabels ?? {})) job.podMetadata.addLabel(key, value);
  validateOwnObjectOnSynth(job);
}
