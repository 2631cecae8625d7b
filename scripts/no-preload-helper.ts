import type { Plugin } from 'vite';

// Vite's own id for the helper it wraps around every dynamic import().
const HELPER = '\0vite/preload-helper.js';

/**
 * The popup's dynamic imports without Vite's preload helper (about 0.7 KB gzipped of the
 * popup's first script). With modulePreload off, the helper is left only to load the
 * stylesheets of a lazy chunk (vitejs/vite#13952), and the popup's lazy chunks need none
 * but the page's own; the build fails if one ever does, rather than show it unstyled.
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
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      // The popup page's own stylesheets are in place before any lazy chunk loads.
      const page = new Set(
        chunks
          .filter((chunk) => chunk.isEntry)
          .flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]),
      );
      for (const chunk of chunks) {
        const lazy = chunk.isDynamicEntry ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        // The stylesheets Vite lists for the helper to load beside a chunk's dynamic imports.
        const listed = [...chunk.code.matchAll(/"([^"]+\.css)"/g)].map((match) => match[1]!);
        const missing = [...lazy, ...listed].filter((css) => !page.has(css));
        if (missing.length > 0) {
          this.error(`the popup would load ${missing.join(', ')} lazily, with no helper to do it`);
        }
      }
    },
  };
}
