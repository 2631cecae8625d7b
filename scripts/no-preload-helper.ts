import type { Plugin } from 'vite';

// Vite's own id for the helper it wraps around every dynamic import().
const HELPER = '\0vite/preload-helper.js';

/**
 * The popup's dynamic imports without Vite's preload helper (about 0.7 KB gzipped of the
 * popup's first script). With modulePreload off, the helper is left only to load the
 * stylesheets of a lazy chunk (vitejs/vite#13952), and the popup's lazy chunks have none;
 * the build fails if one ever does, rather than show it unstyled.
 */
export function noPreloadHelper(): Plugin {
  return {
    name: 'tend:no-preload-helper',
    enforce: 'pre',
    resolveId(id) {
      return id === HELPER ? HELPER : null;
    },
    load(id) {
      return id === HELPER ? 'export const __vitePreload = (load) => load();' : null;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
        const css = chunk.viteMetadata?.importedCss;
        if (css && css.size > 0) {
          this.error(`${chunk.fileName} is loaded lazily by the popup and has a stylesheet`);
        }
      }
    },
  };
}
