import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Paris'; // a fixed zone, and one with DST: dates must not shift

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
  },
});
