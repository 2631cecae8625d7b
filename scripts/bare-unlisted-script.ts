import type { Plugin } from 'vite';

// WXT's id for the module it wraps around an unlisted script's definition.
const WRAPPER = '\0virtual:wxt-unlisted-script-entrypoint?';

/**
 * An unlisted script run as WXT's runtime plugins (none today) and its definition's main(),
 * without the rest of WXT's wrapper: in a store build that wrapper's logger prints nothing
 * and its crash handler throws what it caught, so it only added bytes (0.13 KB gzipped to
 * popup-picture.js, which the popup loads first). A development build keeps WXT's wrapper
 * and its messages.
 */
export function bareUnlistedScript(): Plugin {
  return {
    name: 'tend:bare-unlisted-script',
    enforce: 'pre',
    apply: (_config, env) => env.command === 'build' && env.mode === 'production',
    load(id) {
      if (!id.startsWith(WRAPPER)) return null;
      const definition = JSON.stringify(id.slice(WRAPPER.length));
      return [
        `import definition from ${definition};`,
        `import { initPlugins } from 'virtual:wxt-plugins';`,
        'initPlugins();',
        'definition.main();',
      ].join('\n');
    },
  };
}
