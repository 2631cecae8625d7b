import type { Plugin } from 'vite';

// webextension-polyfill's one file, a UMD wrapper around a function of `module`.
const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;
const WRAPPER = /^\(function \(global, factory\) \{[\s\S]*?\}\)\([^\n]*, function \(module\) \{\n/;
const END = /\}\);\n(\/\/# sourceMappingURL=[^\n]*\n?)?$/;

/**
 * webextension-polyfill as an ES module: the same code, run once, its `module.exports` the
 * default export. Read as CommonJS, it brought the bundler's interop helpers with it (about
 * 0.2 KB gzipped of the popup's first script). The build fails if a new version of the file
 * is wrapped otherwise, rather than ship the polyfill half understood.
 */
export function esmPolyfill(): Plugin {
  return {
    name: 'tend:esm-polyfill',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return null;
      if (!WRAPPER.test(code) || !END.test(code)) {
        this.error(`webextension-polyfill is no longer wrapped as tend:esm-polyfill expects`);
      }
      const body = code.replace(WRAPPER, '').replace(END, '');
      return {
        code: `const module = { exports: {} };\n(function (module) {\n${body}})(module);\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
