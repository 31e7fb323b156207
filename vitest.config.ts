import { defineConfig } from 'vitest/config';
import SiteSequencer from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Vitest takes the sequencer from the root configuration only; it orders every project's files.
    sequence: { sequencer: SiteSequencer },
    projects: [
      {
        extends: true,
        // Pure functions: files run in parallel, and all of them before any site is built.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/build/**', 'tests/e2e/**'], sequence: { groupOrder: 0 }, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Each (content, now) is built once per run and shared (tests/support/site.ts). Builds and the
          // dev server take turns on Astro's cache folders (tests/support/astro-lock.ts); meanwhile a
          // second file reads built sites or drives Chromium.
          maxWorkers: 2,
          isolate: false,
          globalSetup: ['./tests/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
