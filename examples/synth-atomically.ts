import * as fs from 'node:fs';
import * as path from 'node:path';
import type { App } from 'cdk8s';

/**
 * Synthesizes an app into `destination` so that the directory is either fully replaced by
 * validated output or left untouched. `App.synth()` validates every construct before it writes a
 * file, but it writes into an existing directory (stale files stay) and a failure while writing
 * one chart leaves the others written; so the app is synthesized into a fresh sibling directory,
 * which then replaces `destination` by rename.
 *
 * @param createApp builds the app for a given outdir (cdk8s fixes the outdir at construction)
 * @returns the files written, relative to `destination`
 * @throws whatever synth throws (cdk8s validation errors list every problem); `destination` is unchanged then
 */
export function synthAtomically(createApp: (outdir: string) => App, destination: string): string[] {
  const target = path.resolve(destination);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = fs.mkdtempSync(`${target}.next-`);
  try {
    createApp(staging).synth();
    replaceDirectory(staging, target);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return fs.readdirSync(target).sort();
}

/** Moves `source` to `target`; an existing `target` is replaced, and restored if the move fails. */
function replaceDirectory(source: string, target: string): void {
  const previous = fs.existsSync(target) ? fs.mkdtempSync(`${target}.previous-`) : undefined;
  if (previous) fs.renameSync(target, path.join(previous, 'dir'));
  try {
    fs.renameSync(source, target);
  } catch (error) {
    if (previous) fs.renameSync(path.join(previous, 'dir'), target);
    throw error;
  } finally {
    if (previous && fs.existsSync(target)) fs.rmSync(previous, { recursive: true, force: true });
  }
}
