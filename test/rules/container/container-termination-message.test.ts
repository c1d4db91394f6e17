import { containerTerminationMessage } from '../../../lib/rules/container/container-termination-message';
import { ruleCases } from '../rule-cases';

ruleCases(containerTerminationMessage, {
  valid: [
    { name: 'the policy is FallbackToLogsOnError', container: { terminationMessagePolicy: 'FallbackToLogsOnError' } },
    { name: 'the policy is empty (defaulted to File)', container: { terminationMessagePolicy: '' } },
  ],
  invalid: [{ name: 'the policy is Logs', container: { terminationMessagePolicy: 'Logs' }, errors: ['spec.template.spec.containers[0].terminationMessagePolicy'] }],
});
