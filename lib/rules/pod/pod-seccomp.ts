import { key } from '../../manifest/field-path';
import { OMITTED, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { podAt, podSecurityContext } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import {
  SECCOMP_CONTAINER_ANNOTATION_PREFIX,
  SECCOMP_POD_ANNOTATION,
  seccompMismatch,
  validateSeccompAnnotationValue,
  validateSeccompProfileField,
} from '../support/seccomp';
import { visitedContainers } from '../support/containers';
import { containerSecurityField, templateAnnotations } from '../support/template-containers';
import { asObject } from '../../manifest/access';
import { isSet } from '../support/values';

const NON_FUNCTIONAL = 'non-functional in v1.27+; use the "seccompProfile" field instead';

/**
 * Seccomp on the template: the pod `securityContext.seccompProfile` (`validateSeccompProfileField`;
 * the containers' own fields are the container rules'), the legacy annotations' values
 * (`ValidateSeccompPodAnnotations`, reported at `<template>.annotations.<key>`, sic), their
 * agreement with the pod and container fields (`validateSeccompAnnotationsAndFields`), and the
 * create warning for an annotation without a field.
 */
export const podSeccomp = defineRule({
  id: 'pod-seccomp',
  severity: 'error',
  summary: 'seccomp profiles must be valid and legacy seccomp annotations must agree with the fields',
  docs: POD_DOCS.seccomp,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['podMetadata.annotations', 'pod.securityContext'],
  refs: ['core.validateSeccompProfileField', 'core.ValidateSeccompPodAnnotations', 'core.validateSeccompAnnotationsAndFields'],
  hint: 'set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a relative localhostProfile) and drop the seccomp annotations',
  check(view) {
    const podProfile = asObject(podSecurityContext(view)?.seccompProfile);
    const annotations = templateAnnotations(view);
    const hasAnnotations = Object.keys(annotations).some((k) => k === SECCOMP_POD_ANNOTATION || k.startsWith(SECCOMP_CONTAINER_ANNOTATION_PREFIX));
    if (!hasAnnotations && !isSet(podSecurityContext(view)?.seccompProfile)) return [];
    const out: Finding[] = [];
    out.push(...validateSeccompProfileField(podSecurityContext(view)?.seccompProfile, podAt(view, 'securityContext', 'seccompProfile')));
    const annotationsPath = view.at('template', 'annotations');
    const warnPath = (k: string) => view.at('template', 'metadata', 'annotations', key(k));
    for (const [k, v] of Object.entries(annotations)) {
      if (typeof v !== 'string') continue;
      if (k === SECCOMP_POD_ANNOTATION || k.startsWith(SECCOMP_CONTAINER_ANNOTATION_PREFIX)) out.push(...validateSeccompAnnotationValue(v, `${annotationsPath}.${k}`));
    }
    const podAnnotation = annotations[SECCOMP_POD_ANNOTATION];
    if (typeof podAnnotation === 'string') {
      if (podProfile) {
        const m = seccompMismatch(podAnnotation, podProfile, podAt(view, 'securityContext', 'seccompProfile'));
        if (m) out.push(m);
      } else {
        out.push(invalid(warnPath(SECCOMP_POD_ANNOTATION), OMITTED, NON_FUNCTIONAL, { severity: 'warning' }));
      }
    }
    for (const c of visitedContainers(view)) {
      if (typeof c.container.name !== 'string') continue;
      const k = SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.container.name;
      const annotation = annotations[k];
      if (typeof annotation !== 'string') continue;
      const field = containerSecurityField(c, 'seccompProfile');
      if (!field) {
        out.push(invalid(warnPath(k), OMITTED, NON_FUNCTIONAL, { severity: 'warning' }));
        continue;
      }
      const m = seccompMismatch(annotation, field, `${c.at('securityContext')}.seccompProfile`);
      if (m) out.push(m);
    }
    return out;
  },
});
