import { defineConfig } from 'vitest/config';

// `npm run dev` and `npm run dev:firefox` as a developer runs them, under a virtual display
// (Debian's xvfb), one at a time: each builds Tend and opens a real browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/dev/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 30_000,
    expect: { poll: { timeout: 20_000, interval: 200 } },
  },
});
