import { addYears } from 'date-fns';
import type { NudgeKind } from '../types';
import { DAY_MS, HOUR_MS } from '../time-units';
import { message, type Backup, type BackupMessage } from './format';

/** No record of Tend's is older than this: a time before it was never measured by Tend. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);

/**
 * How far ahead of the importing computer's clock a time may be. A backup made on another
 * machine carries that machine's clock, which can be ahead by minutes or by a time zone set
 * wrong; a time more than a day ahead was never measured by a working clock.
 */
export const BACKUP_FUTURE_LIMIT_MS = DAY_MS;

/** A moved check-in starts on a date a calendar shows: a four-digit year. */
const LATEST_SCHEDULED = Date.UTC(10_000, 0, 1);

/** Whether `at` is a time Tend could have measured by `now`. */
const measurable = (at: number, now: number) =>
  at >= EARLIEST_TIME && at <= now + BACKUP_FUTURE_LIMIT_MS;

/** The first of `fields` of `record` that holds no time Tend could have measured, or null. */
function firstUnmeasurable<R>(record: R, fields: readonly (keyof R & string)[], now: number) {
  const field = fields.find((name) => {
    const value = record[name];
    return typeof value === 'number' && !measurable(value, now);
  });
  return field === undefined ? null : message('backupProblemTime', field);
}

/** When the file says it was made. */
export function exportedAtProblem(backup: Backup, now: number): BackupMessage | null {
  return measurable(Date.parse(backup.exportedAt), now)
    ? null
    : message('backupProblemTime', 'exportedAt');
}

/** A person's times: when added and changed, last in touch, and a snooze of at most a year. */
export function contactTimeProblem(backup: Backup, index: number, now: number) {
  const contact = backup.contacts[index];
  if (!contact) return null;
  const problem = firstUnmeasurable(contact, ['createdAt', 'updatedAt', 'lastContactAt'], now);
  if (problem) return problem;
  const until = contact.snoozedUntil;
  if (until !== null && (until < EARLIEST_TIME || until > addYears(now, 1).getTime())) {
    return message('backupProblemSnooze', 'snoozedUntil');
  }
  return null;
}

/** A connection before 2000 (one ahead of the clock is refused in its own words). */
export function interactionTimeProblem(backup: Backup, index: number) {
  const interaction = backup.interactions[index];
  return interaction && interaction.at < EARLIEST_TIME ? message('backupProblemTime', 'at') : null;
}

/** A moved occurrence at a time no calendar shows. */
export function checkInTimeProblem(backup: Backup, index: number): BackupMessage | null {
  const moved = Object.entries(backup.checkIns[index]?.moved ?? {});
  const wrong = moved.find(([, at]) => at < EARLIEST_TIME || at >= LATEST_SCHEDULED);
  return wrong ? message('backupProblemRange', `moved.${wrong[0]}`) : null;
}

export function reflectionTimeProblem(backup: Backup, index: number, now: number) {
  const reflection = backup.reflections[index];
  return reflection ? firstUnmeasurable(reflection, ['createdAt'], now) : null;
}

export function activityTimeProblem(backup: Backup, index: number, now: number) {
  const record = backup.activity[index];
  return record ? firstUnmeasurable(record, ['at'], now) : null;
}

// How long before the day its key names a nudge may come: a supervision's preparation on the
// last workday before it (a week at most, as schedules repeat weekly), a check-in's reminder up
// to a day before. Every other key names the day (or the shift, or the week) it came in.
const LEAD_MS: Partial<Record<NudgeKind, number>> = {
  'check-in-prep': 7 * DAY_MS,
  'check-in-reminder': DAY_MS,
};

// The earliest instant a local date begins anywhere on Earth (UTC+14).
const EARLIEST_ZONE_MS = 14 * HOUR_MS;

/** The Monday of ISO week `week` of `year`, at 00:00 UTC. */
function isoWeekMonday(year: number, week: number): number {
  const january4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(january4).getUTCDay() + 6) % 7;
  return january4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/**
 * The earliest instant each part of a nudge key names: a date ('2026-11-23'), an ISO week
 * ('2026-W48') or an instant in ms (a shift's end, a stretch's start). Read from the parts
 * themselves, so that the keys of every Tend version so far are read alike.
 */
function momentsOf(key: string): number[] {
  const moments: number[] = [];
  for (const part of key.split(':')) {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(part);
    const week = /^(\d{4})-W(\d{2})$/.exec(part);
    if (date) {
      moments.push(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) - EARLIEST_ZONE_MS);
    } else if (week) {
      moments.push(isoWeekMonday(+week[1]!, +week[2]!) - EARLIEST_ZONE_MS);
    } else if (/^\d{12,16}$/.test(part)) {
      moments.push(Number(part));
    }
  }
  return moments;
}

/**
 * An entry of the nudge history: shown at a time Tend could have measured, under a key of its
 * own kind, naming no day after the one it came on. An entry for a nudge still to come would
 * keep that nudge from ever being shown.
 */
export function nudgeLogProblem(backup: Backup, index: number, now: number) {
  const entry = backup.nudgeLog[index];
  if (!entry) return null;
  const shown = firstUnmeasurable(entry, ['shownAt'], now);
  if (shown) return shown;
  if (entry.key.split(':')[0] !== entry.kind) return message('backupProblemInvalid', 'key');
  const latest = entry.shownAt + (LEAD_MS[entry.kind] ?? 0) + DAY_MS;
  return momentsOf(entry.key).some((moment) => moment > latest)
    ? message('backupProblemNudgeFuture', 'key')
    : null;
}
