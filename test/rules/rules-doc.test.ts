import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderRulesDoc } from '../../scripts/rules-doc';

it('docs/rules.md lists every rule as the registry has it (run `npm run docs` after changing a rule)', () => {
  expect(readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc());
});
