import { defineConfig } from 'vitest/config';

// Browser tests drive the built site (dist/) in Debian's Chromium; run after `npm run build`.
export default defineConfig({
  test: {
    // 'default' as usual; stuck.ts names a file that runs on far past every test's timeout
    reporters: ['default', './test/reporters/stuck.ts'],
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
