import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site builds share Astro's cache folders, so test files run one at a time; unit tests take seconds anyway.
    fileParallelism: false,
    testTimeout: 20_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
