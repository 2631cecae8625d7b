/// <reference types="chrome" />
import type { Page, Worker } from 'playwright-core';
import { presenceNote } from '../../../src/storage/presence';
import { testClockOffset } from '../../../src/storage/test-clock-offset';

/**
 * Moves Tend's clock (the e2e build's) so that it reads `at` now. Time moved on with the
 * browser running, so the still-here marks came meanwhile, as they would have: without them
 * every jump would read as a laptop asleep.
 */
export async function setTendTime(where: Page | Worker, at: number): Promise<void> {
  const move = async ([key, presenceKey, target]: readonly [string, string, number]) => {
    const stored = (await chrome.storage.local.get(presenceKey))[presenceKey] as
      { seenAt: number; marks: { from: number; until: number } | null } | undefined;
    const marked = stored?.marks && {
      [presenceKey]: { ...stored, seenAt: Math.min(target, stored.marks.until) },
    };
    await chrome.storage.local.set({ [key]: target - Date.now(), ...marked });
  };
  const arg = [testClockOffset.key, presenceNote.key, at] as const;
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
