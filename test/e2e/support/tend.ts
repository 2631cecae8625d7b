/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { zonedInstant } from '../../../src/domain/wall-clock';

/** The e2e build (TEND_E2E=1), whose background clock the tests can move. */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/e2e/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The zone the browser runs in, so schedules are read the same on every machine. */
export const TIME_ZONE = 'America/New_York';

export interface Tend {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Opens one of Tend's pages ('popup.html', 'options.html#hours') in a tab. */
  open(page: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium with the built Tend loaded and a fresh profile. */
export async function launchTend(): Promise<Tend> {
  const profile = await mkdtemp(path.join(tmpdir(), 'tend-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, TZ: TIME_ZONE },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // The install wake records the user active and sets the first alarm; tests start after it.
  await waitForAlarm(worker);
  // E2E_DEBUG=1 shows what the background logs (each wake, what it showed, the next alarm).
  if (process.env.E2E_DEBUG === '1') {
    worker.on('console', (message) => console.debug('[worker]', message.text()));
  }
  return {
    context,
    worker,
    id,
    async open(page) {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${id}/${page}`);
      return tab;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The instant of a wall-clock 'HH:mm' or 'HH:mm:ss' on a date, in the browser's zone. */
export function localInstant(date: string, time: string): number {
  const [hours = '00', minutes = '00', seconds = '0'] = time.split(':');
  return zonedInstant(TIME_ZONE, date, `${hours}:${minutes}`) + Number(seconds) * 1000;
}

/**
 * A Wednesday (a workday in the default schedule) eight to fourteen days from now, as a
 * local 'yyyy-MM-dd': always ahead of the real clock, so Tend's clock only moves forward.
 */
export function comingWednesday(): string {
  return comingWeekday(3);
}

/** Like comingWednesday, for any weekday (0 = Sunday). */
export function comingWeekday(weekday: number): string {
  const day = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

// The install wake is over once it stored the popup's view, its last step (the fallback
// alarm is there from its first).
async function waitForAlarm(worker: Worker): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const done = await worker.evaluate(
      async () =>
        (await chrome.alarms.getAll()).length > 0 &&
        'tend-popup-view' in (await chrome.storage.local.get('tend-popup-view')),
    );
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Tend set no alarm after installing');
}
