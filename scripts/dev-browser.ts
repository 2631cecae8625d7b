import { relative } from 'node:path';
import type { Wxt } from 'wxt';
import { findBrowser, noBrowserMessage } from './find-browser';

// Chromium will not start as root without it ("Running as root without --no-sandbox is not
// supported"); a fresh container or CI machine often is root. Never added otherwise.
const asRoot = process.getuid?.() === 0;

/**
 * Points `npm run dev` (`wxt`, through web-ext) at the browser found on this machine, or,
 * when there is none, says how to get one instead of only "load it manually". A developer's
 * own web-ext config (binaries, or disabled) wins.
 */
export function chooseDevBrowser(wxt: Wxt): void {
  if (wxt.config.command !== 'serve') return;
  const webExt = wxt.config.webExt.config;
  const target = wxt.config.browser;
  if (webExt.disabled || webExt.binaries?.[target]) return;
  const family = target === 'firefox' ? 'firefox' : 'chromium';
  const binary = findBrowser(family);
  if (!binary) {
    const outDir = relative(wxt.config.root, wxt.config.outDir);
    wxt.config.runner = {
      async openBrowser() {
        wxt.logger.warn(noBrowserMessage(family));
        wxt.logger.info(`Meanwhile, load "${outDir}" as an unpacked extension by hand.`);
      },
    };
    return;
  }
  wxt.config.webExt.config = {
    ...webExt,
    binaries: { ...webExt.binaries, [target]: binary },
    ...(family === 'chromium' &&
      asRoot && { chromiumArgs: [...(webExt.chromiumArgs ?? []), '--no-sandbox'] }),
  };
}
