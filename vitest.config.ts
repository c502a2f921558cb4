import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // nodejieba costs ~300 MB per loaded instance; forks keep that per test file and release it.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
