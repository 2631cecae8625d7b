import { defaultSettings, withDefaults } from '../domain/settings';
import type { ScheduleChange } from '../domain/planner-state';
import type { Settings, WorkSchedule } from '../domain/types';
import { putMeta } from './meta-store';
import type { TendDatabase } from './open';

/** The settings store's one record. */
export const SETTINGS_KEY = 'current';

// Temporal where the browser has it (Chromium 144, Firefox 139 on): the same zone Intl's
// default formatter resolves to, without building a formatter for the default locale, which
// took a tenth of a millisecond and more of every wake.
const temporal = (globalThis as { Temporal?: { Now: { timeZoneId(): string } } }).Temporal;

/** The zone this browser runs in, used for a new user's schedule. */
export function browserTimeZone(): string {
  return temporal?.Now.timeZoneId() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The stored settings, or the defaults when the user has saved none yet. */
export async function loadSettings(db: TendDatabase): Promise<Settings> {
  return completed(await db.get('settings', SETTINGS_KEY));
}

export function completed(stored: Partial<Settings> | undefined): Settings {
  const defaults = defaultSettings(stored?.schedule?.timeZone ?? browserTimeZone());
  return stored ? withDefaults(stored, defaults) : defaults;
}

/** Replaces the settings; callers validate first. */
export async function saveSettings(db: TendDatabase, settings: Settings): Promise<void> {
  const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(settings, SETTINGS_KEY), tx.done]);
}

/** Whether two schedules differ in any way a shift could (a zone or any day's hours). */
export function scheduleChanged(before: WorkSchedule, after: WorkSchedule): boolean {
  if (before.timeZone !== after.timeZone) return true;
  return ([0, 1, 2, 3, 4, 5, 6] as const).some((day) => {
    const [a, b] = [before.days[day], after.days[day]];
    if (a === null || b === null) return a !== b;
    return a.start !== b.start || a.end !== b.end || a.endsNextDay !== b.endsNextDay;
  });
}

/** The note of a schedule change, for the meta store, or null when nothing changed. */
export function noteOfChange(
  before: WorkSchedule,
  after: WorkSchedule,
  at: number,
): ScheduleChange | null {
  return scheduleChanged(before, after) ? { at, before } : null;
}

/**
 * Changes part of the settings in one transaction: each form owns its part, and a save in
 * one section never writes back another section's stale copy. A change of the schedule is
 * noted with its time `at` (the page's clock) in the same transaction: a shift that was over
 * by then never brings a reminder as the new schedule reads it.
 */
export async function updateSettings(
  db: TendDatabase,
  change: (current: Settings) => Settings,
  at: number = Date.now(),
): Promise<Settings> {
  const tx = db.transaction(['settings', 'meta'], 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('settings');
  const current = completed(await store.get(SETTINGS_KEY));
  const next = change(current);
  const note = noteOfChange(current.schedule, next.schedule, at);
  await Promise.all([
    store.put(next, SETTINGS_KEY),
    note ? putMeta(tx.objectStore('meta'), 'schedule-change', note) : null,
    tx.done,
  ]);
  return next;
}

/**
 * Moves the working hours from zone `from` to zone `to`, the same clock times (the answer to
 * the time-zone question); nothing changes when they are no longer in `from`.
 */
export async function moveHoursTo(
  db: TendDatabase,
  from: string,
  to: string,
  at: number,
): Promise<void> {
  await updateSettings(
    db,
    (current) =>
      current.schedule.timeZone === from
        ? { ...current, schedule: { ...current.schedule, timeZone: to } }
        : current,
    at,
  );
}
