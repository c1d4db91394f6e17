import { asObject } from '../../manifest/access';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validateLabels } from '../support/labels';

/**
 * Rule 90: ValidatePodTemplateSpec checks the template labels at `<template>.labels` (not
 * `.metadata.labels`). Only the labels as written: the generated ones are job-name-label-length's.
 */
export const podTemplateLabels = defineRule({
  id: 'pod-template-labels',
  severity: 'error',
  summary: 'pod template label keys must be qualified names and values valid label values',
  docs: DOCS.labels,
  appliesTo: ['Job', 'CronJob'],
  refs: ['pod.labels.valid'],
  hint: "shorten the value to 63 characters and use only letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
  check: (view) => validateLabels(asObject(asObject(view.rawSpec.template)?.metadata)?.labels, view.at('template', 'labels'), view.version),
});
