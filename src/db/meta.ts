import { addCalendarDays } from '../domain/calendar-date';
import type { ScheduleChange } from '../domain/planner-state';
import type { DayException, NudgeKind } from '../domain/types';
import { localDate } from '../domain/workday';
import { deleteMeta, getMeta, putMeta } from './meta-store';
import { exceptionKey, type GuardPasses } from './meta-values';
import type { TendDatabase } from './open';

/** The schedule's last change, or null when it never changed here. */
export async function scheduleChange(db: TendDatabase): Promise<ScheduleChange | null> {
  return (await getMeta(db.transaction('meta').store, 'schedule-change')) ?? null;
}

/** Until when every nudge is paused, or null. */
export async function pausedUntil(db: TendDatabase): Promise<number | null> {
  return (await getMeta(db.transaction('meta').store, 'pause-until')) ?? null;
}

/** Pauses every nudge until `until`, or ends the pause with null. */
export async function setPause(db: TendDatabase, until: number | null): Promise<void> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  await Promise.all([
    until === null ? deleteMeta(tx.store, 'pause-until') : putMeta(tx.store, 'pause-until', until),
    tx.done,
  ]);
}

/** The kinds of nudge snoozed from a notification, and until when. */
export async function snoozes(db: TendDatabase): Promise<Partial<Record<NudgeKind, number>>> {
  return (await getMeta(db.transaction('meta').store, 'snoozes')) ?? {};
}

/** Snoozes one kind of nudge until `until`, in one read-modify-write. */
export async function snoozeKind(db: TendDatabase, kind: NudgeKind, until: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const current = (await getMeta(tx.store, 'snoozes')) ?? {};
  await Promise.all([putMeta(tx.store, 'snoozes', { ...current, [kind]: until }), tx.done]);
}

/** The exceptions for the given local dates. */
export async function exceptionsOn(db: TendDatabase, dates: string[]): Promise<DayException[]> {
  const tx = db.transaction('meta');
  const found = await Promise.all(dates.map((date) => getMeta(tx.store, exceptionKey(date))));
  await tx.done;
  return found.filter((value): value is DayException => value !== undefined);
}

/** Sets the exception for its date, or removes the date's exception with `null`. */
export async function setException(
  db: TendDatabase,
  date: string,
  exception: DayException | null,
): Promise<void> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const key = exceptionKey(date);
  await Promise.all([
    exception === null ? deleteMeta(tx.store, key) : putMeta(tx.store, key, exception),
    tx.done,
  ]);
}

/** How often the after-hours guard was passed, and until when each site is open. */
export async function guardPasses(db: TendDatabase): Promise<GuardPasses> {
  return (
    (await getMeta(db.transaction('meta').store, 'guard-passes')) ?? { count: 0, openUntil: {} }
  );
}

/** Opens `origin` until `until` and counts the pass, in one read-modify-write. */
export async function recordGuardPass(
  db: TendDatabase,
  origin: string,
  until: number,
): Promise<GuardPasses> {
  const tx = db.transaction('meta', 'readwrite');
  const current = (await getMeta(tx.store, 'guard-passes')) ?? { count: 0, openUntil: {} };
  const next = { count: current.count + 1, openUntil: { ...current.openUntil, [origin]: until } };
  await Promise.all([putMeta(tx.store, 'guard-passes', next), tx.done]);
  return next;
}

/** The exceptions for yesterday, today and tomorrow in `timeZone`: what the rules look at. */
export async function exceptionsAround(
  db: TendDatabase,
  timeZone: string,
  now: Date,
): Promise<DayException[]> {
  const today = localDate(timeZone, now);
  return exceptionsOn(
    db,
    [-1, 0, 1].map((days) => addCalendarDays(today, days)),
  );
}
