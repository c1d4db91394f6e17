import { asInt } from '../../manifest/access';
import { OMITTED, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';

const MAX_INT32 = 2_147_483_647;

/**
 * core ValidatePodSpec: the pod's `activeDeadlineSeconds` is between 1 and 2^31-1; a negative
 * `terminationGracePeriodSeconds` is accepted with a warning and treated as 1
 * (`GetWarningsForPodTemplate`).
 */
export const podDeadlines = defineRule({
  id: 'pod-deadlines',
  severity: 'error',
  summary: 'the pod activeDeadlineSeconds must be between 1 and 2147483647; terminationGracePeriodSeconds not negative',
  docs: POD_DOCS.activeDeadline,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.activeDeadlineSeconds', 'pod.terminationGracePeriodSeconds'],
  refs: ['core.ValidatePodSpec'],
  hint: 'set activeDeadlineSeconds to at least 1 second, or leave it out (the Job spec has its own activeDeadlineSeconds)',
  check(view) {
    const out: Finding[] = [];
    const deadline = asInt(view.podSpec.activeDeadlineSeconds);
    if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32)) {
      out.push(invalid(podAt(view, 'activeDeadlineSeconds'), deadline, `must be between 1 and ${MAX_INT32}, inclusive`));
    }
    const grace = asInt(view.podSpec.terminationGracePeriodSeconds);
    if (grace !== undefined && grace < 0) {
      out.push(
        invalid(podAt(view, 'terminationGracePeriodSeconds'), OMITTED, 'must be >= 0; negative values are invalid and will be treated as 1', {
          severity: 'warning',
          hint: 'set terminationGracePeriodSeconds to 0 or more (30 is the default)',
        }),
      );
    }
    return out;
  },
});
