import { asObject } from '../../manifest/access';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validateAnnotations } from '../support/labels';

/**
 * ValidatePodTemplateSpec runs `ValidateAnnotations` on the template's annotations, reported at
 * `<template>.annotations` (not `.metadata.annotations`): qualified-name keys, 256 KiB in total.
 * What the server makes of particular annotations (seccomp, AppArmor) is the pod rules' concern.
 */
export const podTemplateAnnotations = defineRule({
  id: 'pod-template-annotations',
  severity: 'error',
  summary: 'pod template annotation keys must be qualified names and all of them together at most 262144 bytes',
  docs: DOCS.annotations,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['podMetadata.annotations'],
  refs: ['core.ValidatePodTemplateSpec', 'core.ValidateAnnotations'],
  hint: 'move large data to a ConfigMap and mount it; keep annotation keys like example.com/my-key',
  check: (view) =>
    validateAnnotations(asObject(asObject(view.rawSpec.template)?.metadata)?.annotations, view.at('template', 'annotations'), view.version),
});
