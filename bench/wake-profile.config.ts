import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The wake profile runs on its own (`npx vitest run --config bench/wake-profile.config.ts`),
// never in npm test: it takes a while and only reports timings.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['bench/wake-profile.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // WAKE_PROFILE_CPU=<dir> also writes a V8 CPU profile there, for a closer look.
    pool: 'forks',
    execArgv: process.env.WAKE_PROFILE_CPU
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.WAKE_PROFILE_CPU}`]
      : [],
  },
});
