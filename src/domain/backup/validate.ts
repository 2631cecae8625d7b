import { validateCheckIn, type CheckInField } from '../checkins/checkin-validation';
import { isLocalDate } from '../checkins/local-calendar';
import { siteOrigin } from '../guard';
import { LIMITS, validateContact } from '../network/contact-validation';
import { validateInteraction } from '../network/interaction-validation';
import { validateNetworkSettings } from '../network/network-settings-validation';
import {
  REFLECTION_NOTE_LIMIT,
  validateReflection,
  validateReflectionSettings,
} from '../reflection-validation';
import { validateSettings } from '../schedule-validation';
import { TEMPLATE_LIMITS, validateTemplates } from '../templates-validation';
import type { Settings } from '../types';
import { validateWorkSettings } from '../work-settings-validation';
import { message, type Backup, type BackupMessage, type Collection } from './format';
import { DAY_MS } from '../time-units';

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

const shortId = (id: string) => (id.length > LABEL_MAX ? `${id.slice(0, LABEL_MAX)}…` : id);

function contactProblem(backup: Backup, index: number): BackupMessage | null {
  const contact = backup.contacts[index];
  if (!contact) return null;
  const [error] = validateContact(contact);
  if (!error) return null;
  switch (error.code) {
    case 'name-empty':
    case 'roles-empty':
      return message('backupProblemEmpty', error.field);
    case 'name-too-long':
      return message('backupProblemTooLong', 'name', String(LIMITS.name));
    case 'reach-too-many':
      return message('backupProblemTooMany', 'reach', String(LIMITS.reachWays));
    case 'level-range':
      return message('backupProblemBetween', `${error.field}Level`, '1', '5');
    case 'text-too-long':
      return message(
        'backupProblemTooLong',
        error.field,
        String(error.field === 'notes' ? LIMITS.notes : LIMITS.shortText),
      );
    case 'cadence-range':
      return message('backupProblemRange', 'cadence.count');
    default:
      return message('backupProblemInvalid', `reach.${error.index ?? 0}.value`);
  }
}

/**
 * How far ahead of the importing computer's clock a connection may be dated. A backup made on
 * another machine carries that machine's clock, which can be ahead by minutes or by a time zone
 * set wrong; a connection more than a day ahead was never logged by a working clock.
 */
export const BACKUP_FUTURE_LIMIT_MS = DAY_MS;

function interactionProblem(
  backup: Backup,
  index: number,
  people: ReadonlySet<string>,
  now: number,
): BackupMessage | null {
  const interaction = backup.interactions[index];
  if (!interaction) return null;
  // The form's few minutes of slack are for this computer's clock: the file's limit is its own.
  const [error] = validateInteraction(interaction, Number.POSITIVE_INFINITY);
  if (error) {
    switch (error.code) {
      case 'people-empty':
        return message('backupProblemEmpty', 'contactIds');
      case 'level-range':
        return message('backupProblemBetween', 'feltBefore, feltAfter', '1', '5');
      case 'text-too-long':
        return message('backupProblemTooLong', 'note', '5000');
      default:
        return message('backupProblemInvalid', error.field);
    }
  }
  if (interaction.at > now + BACKUP_FUTURE_LIMIT_MS) return message('backupProblemFuture');
  // A connection with someone the file does not hold could never be shown or undone.
  const unknown = interaction.contactIds.find((id) => !people.has(id));
  return unknown === undefined ? null : message('backupProblemUnknownPerson', shortId(unknown));
}

const RECURRENCE_FIELDS: readonly CheckInField[] = [
  'everyWeeks',
  'weekdays',
  'day',
  'nth',
  'weekday',
  'until',
];

function checkInProblem(backup: Backup, index: number): BackupMessage | null {
  const checkIn = backup.checkIns[index];
  if (!checkIn) return null;
  const [error] = validateCheckIn(checkIn);
  if (!error) return null;
  const field = RECURRENCE_FIELDS.includes(error.field) ? `recurrence.${error.field}` : error.field;
  switch (error.code) {
    case 'title-empty':
    case 'weekdays-empty':
      return message('backupProblemEmpty', field);
    case 'title-too-long':
      return message('backupProblemTooLong', field, '200');
    case 'text-too-long':
      return message('backupProblemTooLong', field, '500');
    case 'out-of-range':
      return error.min !== undefined && error.max !== undefined
        ? message('backupProblemBetween', field, String(error.min), String(error.max))
        : message('backupProblemRange', field);
    default:
      return message('backupProblemInvalid', field);
  }
}

function reflectionProblem(backup: Backup, index: number): BackupMessage | null {
  const reflection = backup.reflections[index];
  if (!reflection) return null;
  if (!isLocalDate(reflection.weekStart)) return message('backupProblemInvalid', 'weekStart');
  // A reflection with nothing in it is how a skipped week is stored: the form's 'empty' is
  // about a click on Save, not about what the database may hold.
  const [error] = validateReflection(reflection).filter(({ code }) => code !== 'empty');
  if (!error) return null;
  return error.code === 'text-too-long'
    ? message('backupProblemTooLong', 'note', String(REFLECTION_NOTE_LIMIT))
    : message('backupProblemBetween', error.field, '1', '5');
}

/** The same checks the settings forms make, with the field named as the file spells it. */
export function settingsProblem(settings: Settings): BackupMessage | null {
  const [schedule] = validateSettings(settings);
  if (schedule) {
    const field =
      schedule.day !== null
        ? `schedule.days.${schedule.day}.${schedule.field}`
        : schedule.field === 'timeZone'
          ? 'schedule.timeZone'
          : schedule.field === 'schedule'
            ? 'schedule.days'
            : `boundary.${schedule.field}`;
    return message(
      schedule.field === 'schedule' ? 'backupProblemEmpty' : 'backupProblemInvalid',
      field,
    );
  }
  const [work] = validateWorkSettings(
    settings.work,
    settings.breaks,
    settings.idleThresholdSeconds,
  );
  if (work) {
    const field =
      work.field === 'idleThresholdSeconds'
        ? work.field
        : work.field.endsWith('LimitMinutes')
          ? `work.${work.field}`
          : `breaks.${work.field}`;
    return work.min !== undefined && work.max !== undefined
      ? message('backupProblemBetween', field, String(work.min), String(work.max))
      : message('backupProblemInvalid', field);
  }
  const [network] = validateNetworkSettings(settings.network);
  if (network) {
    const field =
      network.field === 'cadenceByRole'
        ? `network.cadenceByRole.${network.role}`
        : network.field === 'reconnectHours'
          ? 'network.reconnectFrom'
          : `network.${network.field}`;
    return message('backupProblemInvalid', field);
  }
  const [reflection] = validateReflectionSettings(settings.reflection);
  if (reflection) return message('backupProblemInvalid', `reflection.${reflection.field}`);
  const [template] = settings.templates ? validateTemplates(settings.templates) : [];
  if (template) {
    const field = `templates.${template.purpose}.${template.field}`;
    return template.code === 'body-empty'
      ? message('backupProblemEmpty', field)
      : message('backupProblemTooLong', field, String(TEMPLATE_LIMITS[template.field]));
  }
  const badSite = settings.guard.sites.findIndex((site) => siteOrigin(site) !== site);
  if (badSite >= 0) return message('backupProblemInvalid', `guard.sites.${badSite}`);
  return null;
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
 * dates, connections dated more than a day after `now`. The first problem in file order, or
 * null when every record can be written.
 */
export function backupProblem(backup: Backup, now: number): Problem | null {
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
    inList('contacts', (index) => contactProblem(backup, index)) ??
    inList('interactions', (index) => interactionProblem(backup, index, people, now)) ??
    inList('checkIns', (index) => checkInProblem(backup, index)) ??
    inList('reflections', (index) => reflectionProblem(backup, index)) ??
    inList('dayExceptions', (index) => {
      const exception = backup.dayExceptions[index];
      if (!exception || !isLocalDate(exception.date)) {
        return message('backupProblemInvalid', 'date');
      }
      return exception.kind === 'late-shift' && exception.until === null
        ? message('backupProblemMissing', 'until')
        : null;
    })
  );
}
