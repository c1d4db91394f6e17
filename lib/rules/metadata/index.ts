import type { Rule } from '../rule';
import { metadataAnnotations } from './metadata-annotations';
import { metadataFinalizers } from './metadata-finalizers';
import { metadataLabels } from './metadata-labels';
import { metadataNameFormat } from './metadata-name-format';
import { metadataNameRequired } from './metadata-name-required';
import { metadataNamespace } from './metadata-namespace';
import { metadataOwnerReferences } from './metadata-owner-references';
import { nameDnsLabel } from './name-dns-label';
import { podTemplateAnnotationValues } from './pod-template-annotation-values';
import { podTemplateAnnotations } from './pod-template-annotations';

/** The metadata rules, in the order they run. Keep in step with the files in this folder. */
export const METADATA_RULES: readonly Rule[] = [
  metadataNameRequired,
  metadataNameFormat,
  nameDnsLabel,
  metadataNamespace,
  metadataLabels,
  metadataAnnotations,
  metadataOwnerReferences,
  metadataFinalizers,
  podTemplateAnnotations,
  podTemplateAnnotationValues,
];
