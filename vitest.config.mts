import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/corpus/**/*.test.ts', 'test/contract/**/*.test.ts', 'test/shell/**/*.test.ts'],
    testTimeout: 30000,
    pool: 'threads',
  },
});
