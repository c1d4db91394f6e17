/**
 * Synthetic manifests for the CLI benchmark: Jobs of every pattern and CronJobs, written as a
 * person would (block YAML, comments, quoted strings, flow lists), about one in twenty with a
 * finding (restartPolicy Always, an unknown field, a negative count, a bad schedule).
 */

const IMAGES = ['registry.example.com/batch/report:1.4.2', 'busybox:1.36', 'python:3.12-slim', 'ghcr.io/acme/etl@sha256:' + 'a'.repeat(64)];

function podSpec(i: number, restartPolicy: string): string {
  const image = IMAGES[i % IMAGES.length];
  const extra =
    i % 3 === 0
      ? `
        env:
        - name: SHARD
          value: "${i}"
        - name: MODE
          valueFrom:
            configMapKeyRef: {name: report-config, key: mode}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {memory: 256Mi}`
      : '';
  return `    metadata:
      labels:
        app.kubernetes.io/name: report
        app.kubernetes.io/instance: "report-${i}"
    spec:
      restartPolicy: ${restartPolicy}
      containers:
      - name: main
        image: ${image}
        command: ["report", "--shard=${i}", "--date", "yesterday"]${extra}`;
}

/** The i-th manifest of the benchmark (0-based). */
export function benchManifest(i: number): string {
  const broken = i % 23 === 7;
  const restartPolicy = broken && i % 46 === 7 ? 'Always' : i % 2 ? 'OnFailure' : 'Never';
  const name = `report-${i}`;
  switch (i % 5) {
    case 0: // one-shot Job
      return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
  labels: {team: data}
spec:
  backoffLimit: 4
  ttlSecondsAfterFinished: 3600${broken ? '\n  completitions: 3' : ''}
  template:
${podSpec(i, restartPolicy)}
`;
    case 1: // fixed completions
      return `# parallel job with a fixed completion count
apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  completions: 12
  parallelism: ${broken ? -1 : 3}
  template:
${podSpec(i, restartPolicy)}
`;
    case 2: // indexed
      return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
  annotations:
    example.com/owner: "data-team"
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  template:
${podSpec(i, broken ? 'Always' : 'Never')}
`;
    case 3: // work queue
      return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  parallelism: 4
  activeDeadlineSeconds: 7200
  template:
${podSpec(i, restartPolicy)}
`;
    default: // CronJob
      return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "${broken ? '61 * * * *' : `${i % 60} 2 * * *`}"
  timeZone: Europe/Berlin
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
${podSpec(i, restartPolicy)
  .split('\n')
  .map((l) => `    ${l}`)
  .join('\n')}
`;
  }
}
