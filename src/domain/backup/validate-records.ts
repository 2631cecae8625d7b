import { ownFieldErrors, type CheckInField } from '../checkins/checkin-validation';
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
import { counted, message, type Backup, type BackupMessage } from './format';
import { BACKUP_FUTURE_LIMIT_MS } from './validate-times';

// Ids and names are shown by their start, never in full: a message stays a sentence.
const LABEL_MAX = 40;

/** An id as a message shows it: its start, when it is long. */
export const shortId = (id: string) => (id.length > LABEL_MAX ? `${id.slice(0, LABEL_MAX)}…` : id);

export function contactProblem(backup: Backup, index: number): BackupMessage | null {
  const contact = backup.contacts[index];
  if (!contact) return null;
  const [error] = validateContact(contact);
  if (!error) return null;
  switch (error.code) {
    case 'name-empty':
    case 'roles-empty':
      return message('backupProblemEmpty', error.field);
    case 'name-too-long':
      return counted('backupProblemTooLong', 'name', LIMITS.name);
    case 'reach-too-many':
      return counted('backupProblemTooMany', 'reach', LIMITS.reachWays);
    case 'level-range':
      return message('backupProblemBetween', `${error.field}Level`, '1', '5');
    case 'text-too-long':
      return counted(
        'backupProblemTooLong',
        error.field,
        error.field === 'notes' ? LIMITS.notes : LIMITS.shortText,
      );
    case 'cadence-range':
      return message('backupProblemRange', 'cadence.count');
    default:
      return message('backupProblemInvalid', `reach.${error.index ?? 0}.value`);
  }
}

export function interactionProblem(
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
        return counted('backupProblemTooLong', 'note', 5000);
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

export function checkInProblem(backup: Backup, index: number): BackupMessage | null {
  const checkIn = backup.checkIns[index];
  if (!checkIn) return null;
  // As sync takes it: a backup holds what sync merged (ownFieldErrors).
  const [error] = ownFieldErrors(checkIn);
  if (!error) return null;
  const field = RECURRENCE_FIELDS.includes(error.field) ? `recurrence.${error.field}` : error.field;
  switch (error.code) {
    case 'title-empty':
    case 'weekdays-empty':
      return message('backupProblemEmpty', field);
    case 'title-too-long':
      return counted('backupProblemTooLong', field, 200);
    case 'text-too-long':
      return counted('backupProblemTooLong', field, 500);
    case 'out-of-range':
      return error.min !== undefined && error.max !== undefined
        ? message('backupProblemBetween', field, String(error.min), String(error.max))
        : message('backupProblemRange', field);
    default:
      return message('backupProblemInvalid', field);
  }
}

export function reflectionProblem(backup: Backup, index: number): BackupMessage | null {
  const reflection = backup.reflections[index];
  if (!reflection) return null;
  if (!isLocalDate(reflection.weekStart)) return message('backupProblemInvalid', 'weekStart');
  // A reflection with nothing in it is how a skipped week is stored: the form's 'empty' is
  // about a click on Save, not about what the database may hold.
  const [error] = validateReflection(reflection).filter(({ code }) => code !== 'empty');
  if (!error) return null;
  return error.code === 'text-too-long'
    ? counted('backupProblemTooLong', 'note', REFLECTION_NOTE_LIMIT)
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
      : counted('backupProblemTooLong', field, TEMPLATE_LIMITS[template.field]);
  }
  const badSite = settings.guard.sites.findIndex((site) => siteOrigin(site) !== site);
  if (badSite >= 0) return message('backupProblemInvalid', `guard.sites.${badSite}`);
  return null;
}
