import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser, noBrowserMessage } from '../../../../scripts/find-browser';
import { TIME_ZONE } from '../../support/tend';
import { browserConsole } from './browser-console';
import { alarms } from './probes';
import { tendPrefs } from './prefs';
import { goTo, waitForPage } from './unreported-navigation';

/** The Firefox e2e build (TEND_E2E=1 wxt build -b firefox --mv3), whose clock tests move. */
export const EXTENSION_DIR = path.resolve(
  import.meta.dirname,
  '../../../../.output/e2e/firefox-mv3',
);

// Any fixed UUID will do; it becomes Tend's moz-extension:// host in every run.
const UUID = '5e7d0c1a-7f3b-4c2e-9a61-3d8f2b6a4e10';

/** Tend's origin in the suite's Firefox. */
export const ORIGIN = `moz-extension://${UUID}`;

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id as string;
}

export interface FirefoxTend {
  firefox: Browser;
  /** The tab on Tend's options page that its install opened: tests ask Firefox there. */
  probe: Page;
  /** Opens one of Tend's pages ('popup.html', 'options.html#hours') in a new tab. */
  open(page: string): Promise<Page>;
  /**
   * Tend's errors and warnings so far: its console.error and console.warn, its pages' script
   * errors, and what Firefox said about it in the browser console.
   */
  problems(): Promise<string[]>;
  /** What Firefox printed so far, line by line (Tend's console.debug among it). */
  output: string[];
  close(): Promise<void>;
}

/** The tab on Tend's options page that the install opened, once it has loaded. */
async function installedOptionsPage(firefox: Browser): Promise<Page> {
  const options = `${ORIGIN}/options.html`;
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    for (const page of await firefox.pages()) {
      const href = await page
        .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
        .catch(() => '');
      if (href === options) {
        await waitForPage(page, (loaded) => loaded === options);
        return page;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Tend did not open its options page after installing in Firefox');
}

/**
 * Starts headless Firefox (FIREFOX_PATH, else the usual paths) with a fresh profile and the
 * built Tend installed as a temporary add-on, as about:debugging does.
 */
export async function launchTend(prefs: Record<string, unknown> = {}): Promise<FirefoxTend> {
  const executablePath = findBrowser('firefox');
  if (!executablePath) throw new Error(noBrowserMessage('firefox'));
  const id = geckoId();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    env: { ...process.env, TZ: TIME_ZONE },
    // Without it Firefox refuses to open moz-extension:// pages for a remote client.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...tendPrefs(id, UUID), ...prefs },
  });
  const output: string[] = [];
  const child = firefox.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      // A chunk may end inside a line: keep that part for the next one.
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      const complete = lines.filter((line) => line.trim() !== '');
      output.push(...complete);
      // E2E_DEBUG=1 shows what Tend logs (each wake, what it showed, the next alarm).
      if (process.env.E2E_DEBUG === '1') {
        for (const line of complete) if (line.includes('Tend')) console.debug('[firefox]', line);
      }
    });
  }
  try {
    return await installTend(firefox, output, id);
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

/** Installs the built Tend as a temporary add-on and waits for its first wake. */
async function installTend(firefox: Browser, output: string[], id: string): Promise<FirefoxTend> {
  await firefox.installExtension(EXTENSION_DIR);

  async function open(page: string): Promise<Page> {
    const tab = await firefox.newPage();
    await goTo(tab, `${ORIGIN}/${page}`);
    return tab;
  }

  // Tend opens its options page for a new user. Until it has, a tab of the suite's own on
  // that page could be taken for it and reloaded, so the suite starts from that tab.
  const probe = await installedOptionsPage(firefox);
  // The install wake records the user active and sets the first alarm; tests start after it,
  // once it stored the popup's view, its last step (the fallback alarm is there from its first).
  const until = Date.now() + 10_000;
  const woken = async () =>
    (await alarms(probe)).length > 0 &&
    (await probe.evaluate(
      async () => 'tend-popup-view' in (await chrome.storage.local.get('tend-popup-view')),
    ));
  while (!(await woken())) {
    if (Date.now() > until) throw new Error('Tend set no alarm after installing in Firefox');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    firefox,
    probe,
    open,
    output,
    async problems() {
      const logged = output.filter((line) => /^console\.(error|warn): "Tend/.test(line));
      const reported = (await browserConsole(firefox))
        .filter((entry) => entry.source.startsWith(ORIGIN) || entry.message.includes(id))
        .map((entry) => `${entry.warning ? 'warning' : 'error'}: ${entry.message}`);
      return [...logged, ...reported];
    },
    async close() {
      await firefox.close();
    },
  };
}
