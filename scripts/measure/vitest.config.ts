import { defineConfig } from 'vitest/config';

/** Measurements run on their own, never with `npm test`: `npx vitest run -c scripts/measure/vitest.config.ts` from the repository root. */
export default defineConfig({
  test: {
    include: ['scripts/measure/*.measure.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { TZ: 'Asia/Kathmandu' },
  },
});
