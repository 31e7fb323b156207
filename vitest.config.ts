import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // Pure functions: files run in parallel, and all of them before any site is built.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/build/**', 'tests/e2e/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds and the dev server share Astro's cache folders (.astro/, node_modules/.astro/), so
          // these files run one at a time; each (content, now) is built once and shared (tests/support/site.ts).
          fileParallelism: false,
          globalSetup: ['./tests/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
