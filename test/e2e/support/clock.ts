/// <reference types="chrome" />
import type { Page, Worker } from 'playwright-core';
import { testClockOffset } from '../../../src/storage/test-clock-offset';

/**
 * Moves Tend's clock (the e2e build's) so that it reads `at` now. The browser keeps running
 * meanwhile: Tend measures time unseen on the computer's own clock, so a jump is no sleep.
 */
export async function setTendTime(where: Page | Worker, at: number): Promise<void> {
  const move = ([key, target]: readonly [string, number]) =>
    chrome.storage.local.set({ [key]: target - Date.now() });
  const arg = [testClockOffset.key, at] as const;
  // Page and Worker share evaluate's shape but not its overloads.
  if ('goto' in where) await where.evaluate(move, arg);
  else await where.evaluate(move, arg);
}

/** The notification ids Chromium is showing now (headless closes them after ~8 s). */
export async function shownNotifications(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** The alarms the extension holds, as name and real firing time. */
export async function alarms(worker: Worker): Promise<{ name: string; scheduledTime: number }[]> {
  return worker.evaluate(async () =>
    (await chrome.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })),
  );
}
