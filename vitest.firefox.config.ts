import { defineConfig } from 'vitest/config';

// The Firefox suite drives the Firefox e2e build in real Firefox (Debian's firefox-esr),
// one browser launch per file and one file at a time (two cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/firefox/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
