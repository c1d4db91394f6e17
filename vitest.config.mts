import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    testTimeout: 30_000,
    pool: 'forks',
    // CI reads the JSON summary to print a plain "N passed, N failed" line (.ci/run).
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'build/vitest-report.json' }]] : ['default'],
  },
});
