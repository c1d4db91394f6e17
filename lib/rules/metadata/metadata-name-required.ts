import { required } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';

/** Rule 1: `ValidateObjectMeta` wants a name or a generateName. */
export const metadataNameRequired = defineRule({
  id: 'metadata-name-required',
  severity: 'error',
  summary: 'an object needs metadata.name or metadata.generateName',
  docs: DOCS.names,
  appliesTo: ['Job', 'CronJob'],
  refs: ['meta.name.required'],
  hint: 'set metadata.name (or metadata.generateName for a name chosen by the server)',
  constructHint: 'set metadata.name (cdk8s sets it from the construct id unless you override it)',
  check({ metadata }) {
    // null decodes as "" in Go; other types are the schema's finding.
    const isEmpty = (v: unknown) => v === undefined || v === null || v === '';
    return isEmpty(metadata.name) && isEmpty(metadata.generateName)
      ? [required('metadata.name', 'name or generateName is required')]
      : [];
  },
});
