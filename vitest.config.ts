import { defineConfig } from 'vitest/config';

// An unusual zone with a 45-minute offset makes any slip into local time fail loudly.
process.env.TZ = 'Asia/Kathmandu';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    setupFiles: ['src/web/i18n/test-setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'Asia/Kathmandu' },
  },
});
