import { defineConfig, type WxtHooks } from 'wxt';
import { bareUnlistedScript } from './scripts/bare-unlisted-script';
import { extensionPagesPolicy } from './scripts/content-security-policy';
import { chooseDevBrowser } from './scripts/dev-browser';
import { esmPolyfill } from './scripts/esm-polyfill';
import { noPreloadHelper } from './scripts/no-preload-helper';
import { solidOptions } from './scripts/solid-options';

// A test build (TEND_E2E=1) lets the end-to-end suite move the background's clock;
// a store build has no such door.
const e2e = process.env.TEND_E2E === '1';

// The popup's waiting card comes in a lazy chunk, but a usual open with nudges waiting shows
// it: what it shares with the popup's rarer paths (the words for an error, the status lines,
// names kept apart from the text around them) rides in that one chunk. Left to itself,
// rolldown gave each of those modules a chunk of its own, which the card then fetched one
// level after another before the live popup could show.
const WAITING_CARD =
  /[\\/]src[\\/](ui[\\/]popup[\\/]waiting-(card|item)|ui[\\/]shared[\\/](format|status-line|isolating)|text[\\/]isolate|db[\\/]data-error)\.tsx?$/;

export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  solid: { vite: { solid: solidOptions } },
  srcDir: '.',
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // The e2e build must never be mistaken for (or overwrite) the one a user loads.
  outDir: e2e ? '.output/e2e' : '.output',
  hooks: {
    // `npm run dev` opens the Chromium or Firefox found here (CHROMIUM_PATH, FIREFOX_PATH).
    'config:resolved': chooseDevBrowser,
    // The popup is built on its own, into one script and one stylesheet: built with the other
    // pages it loaded four scripts and two stylesheets of chunks they share, and every file
    // delays its first paint. The other pages keep their own copies of Solid and the polyfill.
    // The options page likewise: its two stylesheets and four scripts (its own, the theme
    // chunk and two small ones shared with the break and guard pages) came from the browser
    // 15-27 ms after the page's HTML, and the page ran nothing before the last of them.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of [...groups]) {
        if (!Array.isArray(group) || group.length < 2) continue;
        for (const type of ['popup', 'options']) {
          const at = group.findIndex((entry) => entry.type === type);
          if (at >= 0 && group.length > 1) groups.push(group.splice(at, 1));
        }
      }
    },
    // Chrome and Firefox know modulepreload: the popup needs no polyfill for it and no
    // preload helper for its lazy chunks. The popup keeps webextension-polyfill, as every
    // page of Tend does, so browser.* behaves the same in both browsers: read as an ES module
    // (scripts/esm-polyfill.ts), without the bundler's CommonJS helpers.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entry) => entry.type === 'unlisted-script')) {
        config.plugins = [...(config.plugins ?? []), bareUnlistedScript()];
      }
      // The worker and the options page are built on their own too: the polyfill as an ES
      // module there as well.
      if (entrypoints.every((entry) => entry.type === 'background')) {
        config.plugins = [...(config.plugins ?? []), esmPolyfill()];
      }
      if (entrypoints.every((entry) => entry.type === 'options')) {
        config.build = { ...config.build, rolldownOptions: oneFirstScript(config, 'options') };
        config.plugins = [...(config.plugins ?? []), esmPolyfill()];
        return;
      }
      if (!entrypoints.every((entry) => entry.type === 'popup')) return;
      config.build = {
        ...config.build,
        modulePreload: false,
        rolldownOptions: oneFirstScript(config, 'popup', [
          { name: 'waiting-card', test: WAITING_CARD },
        ]),
      };
      config.plugins = [...(config.plugins ?? []), noPreloadHelper(), esmPolyfill()];
    },
  },
  vite: () => ({
    define: { 'import.meta.env.TEND_E2E': JSON.stringify(e2e) },
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Everything stays in this profile's IndexedDB; unlimitedStorage keeps Firefox from
    // evicting it under storage pressure.
    permissions: ['alarms', 'notifications', 'storage', 'unlimitedStorage', 'idle'],
    // The after-hours guard asks for exactly the work sites the user names, only when they
    // turn it on (permissions.request with those origins), and gives them back when they
    // turn it off. Chrome and Firefox MV3 both read optional_host_permissions.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Nothing but Tend's own files (scripts/content-security-policy.ts).
    content_security_policy: { extension_pages: extensionPagesPolicy(command) },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'tend@tend-extension.org',
          // 142 is the first Firefox (desktop and Android) that knows
          // data_collection_permissions; declaring it on older ones only warns.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

type BuildConfig = Parameters<WxtHooks['vite:build:extendConfig']>[1];
type RolldownOptions = NonNullable<NonNullable<BuildConfig['build']>['rolldownOptions']>;

/**
 * A page's rolldown options for one first script: every module its entry imports statically
 * stays in it (a rolldown `codeSplitting` group named after the page), and its lazy chunks
 * import from it. Left to itself, rolldown moved modules a lazy chunk shares with the first
 * script into chunks of their own, which the first load fetched too.
 */
function oneFirstScript(
  config: BuildConfig,
  page: string,
  more: { name: string; test: RegExp }[] = [],
): RolldownOptions {
  const rolldown = config.build?.rolldownOptions ?? {};
  const output = Array.isArray(rolldown.output) ? {} : (rolldown.output ?? {});
  return {
    ...rolldown,
    output: {
      ...output,
      codeSplitting: { groups: [{ name: page, tags: ['$initial'] }, ...more] },
    },
  };
}
