import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The version in this package's package.json (found from source or from `build/`). */
export function packageVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'cdk8s-jobs' && pkg.version) return pkg.version;
  }
  return 'unknown';
}
