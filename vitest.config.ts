import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba takes about 1.5 s to load in each worker; CLI tests start processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
