import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { solidOptions } from './scripts/solid-options';

export default defineConfig({
  plugins: [WxtVitest(), solid({ solid: solidOptions })],
  test: {
    // vite-plugin-solid makes jsdom the default; most tests are plain logic, and
    // component tests opt in with `// @vitest-environment happy-dom`.
    environment: 'node',
    include: ['test/{domain,db,storage,background,ui,dev,i18n,sync}/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
