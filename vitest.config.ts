import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // 'default' as usual; stuck.ts names a file that runs on far past every test's timeout
    reporters: ['default', './test/reporters/stuck.ts'],
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/fixtures/**/*.test.ts', 'test/reporters/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
