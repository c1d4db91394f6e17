import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadDocuments } from '../yaml';

/** Names kustomize reads as the kustomization of a directory. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** A file under a Helm chart is a template when it holds template actions. */
const HELM_ACTION = '{{';

/** A key `apiVersion:` / `kind:`: at the start of a line (YAML, a list item) or quoted anywhere (JSON, flow YAML). */
const API_VERSION_KEY = /^[ \t]*(?:- )?apiVersion[ \t]*:|"apiVersion"[ \t]*:/m;
const KIND_KEY = /^[ \t]*(?:- )?kind[ \t]*:|"kind"[ \t]*:/m;

/** Larger kustomization files are not read for patches. */
const MAX_KUSTOMIZATION_BYTES = 1024 * 1024;

/**
 * Decisions about files found by walking a GitOps repository, with what is known per directory
 * cached for one run (a Helm chart above, a kustomization's patches).
 */
export class GitOpsFiles {
  private readonly chartRoots = new Map<string, string | undefined>();
  private readonly patches = new Map<string, string>();

  /** The reason to skip a walked file before reading it (a kustomization or a patch it lists), or `undefined`. */
  skipBeforeRead(path: string): string | undefined {
    const absolute = resolve(path);
    if ((KUSTOMIZATION_FILES as readonly string[]).includes(basename(path))) {
      return 'kustomization file, skipped: lint the output of "kustomize build" (or "kubectl kustomize") on stdin';
    }
    const listedIn = this.patches.get(absolute);
    if (listedIn) return `kustomize patch listed in ${listedIn}, skipped: lint the output of "kustomize build" on stdin`;
    return undefined;
  }

  /** The reason to skip a walked file, given its text: a Helm template or not Kubernetes objects at all. */
  skipAfterRead(path: string, text: string): string | undefined {
    if (text.includes(HELM_ACTION)) {
      const chart = this.chartAbove(dirname(resolve(path)));
      const shown = chart && (relative(process.cwd(), chart) || '.');
      if (shown) return `Helm chart template (chart ${shown}), skipped: lint the rendered output, e.g. helm template ${shown} | cdk8s-jobs lint`;
    }
    if (text.trim() === '') return undefined;
    if (!API_VERSION_KEY.test(text) || !KIND_KEY.test(text)) return 'not a Kubernetes object stream (no apiVersion and kind), skipped';
    return undefined;
  }

  /** Reads the kustomization of `dir`, if any, and remembers the patch files it lists. */
  noteDirectory(dir: string): void {
    for (const name of KUSTOMIZATION_FILES) {
      const file = join(dir, name);
      let text: string;
      try {
        if (!statSync(file).isFile() || statSync(file).size > MAX_KUSTOMIZATION_BYTES) continue;
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      for (const patch of patchFiles(loadDocuments(text)[0]?.value)) this.patches.set(resolve(dir, patch), file);
      return;
    }
  }

  /** The chart directory (holding `Chart.yaml`) at or above `dir`, up to the repository or file-system root. */
  private chartAbove(dir: string): string | undefined {
    if (this.chartRoots.has(dir)) return this.chartRoots.get(dir);
    let found: string | undefined;
    if (isFile(join(dir, 'Chart.yaml'))) found = dir;
    else if (!existsSync(join(dir, '.git')) && dirname(dir) !== dir) found = this.chartAbove(dirname(dir));
    this.chartRoots.set(dir, found);
    return found;
  }
}

/** The files a kustomization names as patches: `patches[].path`, `patchesStrategicMerge[]`, `patchesJson6902[].path`. */
export function patchFiles(kustomization: unknown): string[] {
  if (typeof kustomization !== 'object' || kustomization === null) return [];
  const k = kustomization as Record<string, unknown>;
  const out: string[] = [];
  const add = (p: unknown) => {
    // An entry with a line break is an inline patch, not a file.
    if (typeof p === 'string' && p !== '' && !p.includes('\n')) out.push(p);
  };
  for (const key of ['patches', 'patchesJson6902'] as const) {
    if (Array.isArray(k[key])) for (const entry of k[key] as unknown[]) add((entry as { path?: unknown } | null)?.path);
  }
  if (Array.isArray(k.patchesStrategicMerge)) for (const entry of k.patchesStrategicMerge) add(entry);
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
