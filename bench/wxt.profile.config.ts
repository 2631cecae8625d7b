import { defineConfig } from 'wxt';
import base from '../wxt.config';

// The production build, unminified, for bench/profile.mjs: the same code, with function names
// and `//#region src/...` markers kept, so a CPU profile names the functions and modules the
// time goes to. `npx wxt build -c bench/wxt.profile.config.ts` writes .output/bench-profile.
export default defineConfig({
  ...base,
  outDir: '.output/bench-profile',
  vite: (env) => {
    const own = typeof base.vite === 'function' ? base.vite(env) : {};
    return { ...own, build: { minify: false } };
  },
});
