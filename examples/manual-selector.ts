import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { OneShotJob } from '../lib';

/**
 * The Kubernetes Job docs, "Specifying your own Pod selector": Job `new` adopts the pods that
 * Job `old` left running, by selecting their `controller-uid` label with `manualSelector: true`.
 * The selector's labels are added to the pod template, so the selector matches it. The docs
 * elide the pod template; a placeholder container stands in for it.
 */
export class ManualSelectorChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new OneShotJob(this, 'New', {
      metadata: { name: 'new' },
      manualSelector: true,
      selector: { matchLabels: { 'controller-uid': 'a8f3d00d-c6d2-11e5-9f87-42010af00002' } },
      containers: [{ name: 'work', image: 'busybox:1.36', command: ['sh', '-c', 'echo adopted'] }],
    });
  }
}
