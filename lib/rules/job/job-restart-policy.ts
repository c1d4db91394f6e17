import { JOB_RESTART_POLICIES } from '../../k8s/enums';
import { asObject, has } from '../../manifest/access';
import { required, unsupported } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { RESTART_ALWAYS } from '../support/restart-policy';

const ALLOWED: readonly string[] = JOB_RESTART_POLICIES;
const DETAIL = `valid values: ${ALLOWED.map((v) => JSON.stringify(v)).join(', ')}`;
const HINT = 'set restartPolicy: Never (a new pod per retry) or OnFailure (restart in place) under spec.template.spec';
const CONSTRUCT_HINT = 'use RestartPolicy.NEVER (new pod per retry) or RestartPolicy.ON_FAILURE (restart in place)';

/**
 * Rules 80–81 (validateJobSpec). An omitted restartPolicy is defaulted to Always first, and
 * both `""` and Always get the Required message.
 */
export const jobRestartPolicy = defineRule({
  id: 'job-restart-policy',
  severity: 'error',
  summary: 'a Job pod template must use restartPolicy Never or OnFailure',
  docs: DOCS.podTemplate,
  appliesTo: ['Job', 'CronJob'],
  refs: ['job.restartPolicy.allowed'],
  hint: HINT,
  constructHint: CONSTRUCT_HINT,
  check(view) {
    const value = view.podSpec.restartPolicy ?? '';
    if (typeof value !== 'string') return [];
    const missing = value === '' || value === RESTART_ALWAYS;
    if (!missing && ALLOWED.includes(value)) return [];
    const path = view.at('template', 'spec', 'restartPolicy');
    if (missing) {
      const written = has(asObject(asObject(view.rawSpec.template)?.spec), 'restartPolicy');
      const defaulted = written ? '' : `; the API server defaults an omitted restartPolicy to "${RESTART_ALWAYS}"`;
      return [required(path, DETAIL, { hint: `${HINT}${defaulted}`, constructHint: `${CONSTRUCT_HINT}${defaulted}` })];
    }
    return [unsupported(path, value, ALLOWED)];
  },
});
