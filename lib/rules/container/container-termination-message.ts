import { unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';

const POLICIES: readonly string[] = ['File', 'FallbackToLogsOnError'];

/** core validateContainerCommon: terminationMessagePolicy (an empty one is defaulted to File first). */
export const containerTerminationMessage = defineRule({
  id: 'container-termination-message',
  severity: 'error',
  summary: 'terminationMessagePolicy is File or FallbackToLogsOnError',
  docs: DOCS.terminationMessage,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.terminationMessagePolicy'],
  refs: ['core.validateContainerCommon'],
  hint: 'use terminationMessagePolicy: File or FallbackToLogsOnError, or leave it out',
  check(view) {
    const out: Finding[] = [];
    for (const c of allTemplateContainers(view)) {
      const v = c.container.terminationMessagePolicy;
      if (typeof v === 'string' && v !== '' && !POLICIES.includes(v)) out.push(unsupported(c.at('terminationMessagePolicy'), v, POLICIES));
    }
    return out;
  },
});
