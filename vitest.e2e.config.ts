import { defineConfig } from 'vitest/config';

// The browser suite: the built app as a real server, driven through Chromium by accessible role and name.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    // One browser at a time: two cores cannot run two Chromiums and the server without flaking.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A loaded CI machine takes more than Vitest's default second to save and answer.
    expect: { poll: { timeout: 10_000 } },
  },
});
