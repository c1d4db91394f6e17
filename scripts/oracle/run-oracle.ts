/**
 * Runs one oracle binary (oracle/bin/k8s-oracle-1.XX) over documents: a JSON stream on stdin,
 * one JSON verdict line per document on stdout, in order. Documents go in chunks so a large
 * corpus neither needs one huge buffer nor loses everything to one crash.
 */
import { spawn } from 'node:child_process';

export interface OracleRun {
  /** The binary, e.g. `oracle/bin/k8s-oracle-1.36`. */
  readonly binary: string;
  /** Documents per process. @default 2000 */
  readonly chunk?: number;
}

/** The raw verdict lines (parsed JSON objects), one per document. */
export async function judge(run: OracleRun, documents: readonly unknown[]): Promise<Array<Record<string, unknown>>> {
  const chunk = run.chunk ?? 2000;
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < documents.length; i += chunk) {
    const part = documents.slice(i, i + chunk);
    const lines = await runOnce(run.binary, part.map((d) => JSON.stringify(d)).join('\n') + '\n');
    if (lines.length !== part.length) {
      throw new Error(`${run.binary}: ${part.length} documents in, ${lines.length} verdicts out (documents ${i}..${i + part.length - 1})`);
    }
    lines.forEach((l, j) => {
      if (typeof l.index === 'number' && l.index !== j) throw new Error(`${run.binary}: verdict ${j} has index ${l.index}`);
    });
    out.push(...lines);
  }
  return out;
}

/** The binary's `-version` output: the exact k8s.io/kubernetes version it links (`v1.36.5`). */
export async function oracleVersion(binary: string): Promise<string> {
  const text = await capture(binary, ['-version'], '');
  return text.trim();
}

async function runOnce(binary: string, stdin: string): Promise<Array<Record<string, unknown>>> {
  const text = await capture(binary, [], stdin);
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, n) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`${binary}: output line ${n + 1} is not JSON: ${l.slice(0, 200)}`);
      }
    });
}

function capture(binary: string, args: readonly string[], stdin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(stdout).toString('utf8'));
      else reject(new Error(`${binary} exited with ${code}: ${Buffer.concat(stderr).toString('utf8').slice(0, 2000)}`));
    });
    child.stdin.on('error', () => undefined); // EPIPE when the binary dies early: reported by 'close'
    child.stdin.end(stdin);
  });
}
