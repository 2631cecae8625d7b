import { defineConfig } from 'vitest/config';

// The end-to-end suite drives the built extension in Debian's Chromium, one browser
// at a time (two cores), with time for a real alarm to fire.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default; a loaded two-core machine can take longer
    // to write to IndexedDB and re-render, which is not a failure a user would see.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
