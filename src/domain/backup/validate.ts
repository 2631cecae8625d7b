import { isLocalDate } from '../checkins/local-calendar';
import { message, type Backup, type BackupMessage, type Collection } from './format';
import {
  checkInProblem,
  contactProblem,
  interactionProblem,
  reflectionProblem,
  settingsProblem,
  shortId,
} from './validate-records';
import {
  activityTimeProblem,
  checkInTimeProblem,
  contactTimeProblem,
  exportedAtProblem,
  interactionTimeProblem,
  nudgeLogProblem,
  reflectionTimeProblem,
} from './validate-times';

/** Where a problem is: the file itself, its settings, or one record of a list. */
export type Place =
  { in: 'file' } | { in: 'settings' } | { in: Collection; index: number; record: unknown };

/** One problem, and where it is. */
export interface Problem {
  place: Place;
  problem: BackupMessage;
}

const RECORD_KEYS = {
  file: 'backupRecordFile',
  settings: 'backupRecordSettings',
  contacts: 'backupRecordContacts',
  interactions: 'backupRecordInteractions',
  checkIns: 'backupRecordCheckIns',
  reflections: 'backupRecordReflections',
  dayExceptions: 'backupRecordDayExceptions',
  activity: 'backupRecordActivity',
  nudgeLog: 'backupRecordNudgeLog',
} as const;

// The field that names a record for a person reading the message.
const LABEL_FIELDS = ['name', 'title', 'weekStart', 'date', 'id', 'key'];
const LABEL_MAX = 40;

/** A short name for a record, from its own fields, or null when it has none usable. */
function labelOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  for (const field of LABEL_FIELDS) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') {
      const trimmed = value.trim();
      // A 100 000-character name is shown by its start, never in full.
      return trimmed.length > LABEL_MAX ? `${trimmed.slice(0, LABEL_MAX)}…` : trimmed;
    }
  }
  return null;
}

/** The whole sentence for a problem: which record, what is wrong, and that nothing changed. */
export function problemMessage({ place, problem }: Problem): BackupMessage {
  if (place.in === 'file' || place.in === 'settings') {
    return message('backupErrorRecord', message(RECORD_KEYS[place.in]), problem);
  }
  const record = message(RECORD_KEYS[place.in], String(place.index + 1));
  const label = labelOf(place.record);
  return label === null
    ? message('backupErrorRecord', record, problem)
    : message('backupErrorRecordNamed', record, label, problem);
}

/** The first record of a list whose `key` another record before it already has. */
function firstDuplicate<T>(
  list: readonly T[],
  key: (record: T) => string,
): { index: number; value: string } | null {
  const seen = new Set<string>();
  for (const [index, record] of list.entries()) {
    const value = key(record);
    if (seen.has(value)) return { index, value };
    seen.add(value);
  }
  return null;
}

/**
 * What the forms and the database would refuse in a backup whose shape is right: the forms'
 * own limits, ids used twice, connections with people the file does not hold, impossible
 * dates, times before 2000 or more than a day after `now` (a snooze: a year), nudge-history
 * entries for nudges still to come. The first problem in file order, or
 * null when every record can be written.
 */
export function backupProblem(backup: Backup, now: number): Problem | null {
  const made = exportedAtProblem(backup, now);
  if (made) return { place: { in: 'file' }, problem: made };
  const settings = settingsProblem(backup.settings);
  if (settings) return { place: { in: 'settings' }, problem: settings };

  const uniques: { in: Collection; list: readonly object[]; field: string }[] = [
    { in: 'contacts', list: backup.contacts, field: 'id' },
    { in: 'interactions', list: backup.interactions, field: 'id' },
    { in: 'checkIns', list: backup.checkIns, field: 'id' },
    { in: 'reflections', list: backup.reflections, field: 'id' },
    // The database keeps one reflection per week.
    { in: 'reflections', list: backup.reflections, field: 'weekStart' },
    { in: 'dayExceptions', list: backup.dayExceptions, field: 'date' },
    { in: 'nudgeLog', list: backup.nudgeLog, field: 'key' },
  ];
  for (const unique of uniques) {
    const found = firstDuplicate(unique.list, (record) =>
      String((record as Record<string, unknown>)[unique.field]),
    );
    if (found) {
      return {
        place: { in: unique.in, index: found.index, record: unique.list[found.index] },
        problem: message('backupProblemDuplicate', unique.field, shortId(found.value)),
      };
    }
  }

  const inList = <C extends Collection>(
    collection: C,
    check: (index: number) => BackupMessage | null,
  ): Problem | null => {
    const list = backup[collection];
    for (let index = 0; index < list.length; index += 1) {
      const problem = check(index);
      if (problem) return { place: { in: collection, index, record: list[index] }, problem };
    }
    return null;
  };
  const people = new Set(backup.contacts.map((contact) => contact.id));
  return (
    inList(
      'contacts',
      (index) => contactProblem(backup, index) ?? contactTimeProblem(backup, index, now),
    ) ??
    inList(
      'interactions',
      (index) =>
        interactionProblem(backup, index, people, now) ?? interactionTimeProblem(backup, index),
    ) ??
    inList(
      'checkIns',
      (index) => checkInProblem(backup, index) ?? checkInTimeProblem(backup, index),
    ) ??
    inList(
      'reflections',
      (index) => reflectionProblem(backup, index) ?? reflectionTimeProblem(backup, index, now),
    ) ??
    inList('dayExceptions', (index) => {
      const exception = backup.dayExceptions[index];
      if (!exception || !isLocalDate(exception.date)) {
        return message('backupProblemInvalid', 'date');
      }
      return exception.kind === 'late-shift' && exception.until === null
        ? message('backupProblemMissing', 'until')
        : null;
    }) ??
    inList('activity', (index) => activityTimeProblem(backup, index, now)) ??
    inList('nudgeLog', (index) => nudgeLogProblem(backup, index, now))
  );
}
