import * as v from 'valibot';
import type { Role, Settings } from '../types';
import { BACKUP_FORMAT, type Backup, type BackupV1, type BackupV2 } from './format';

import {
  object,
  number,
  int,
  list,
  text,
  nullableNumber,
  weekday,
  clockTime,
  ISO_INSTANT,
  ROLES,
  NUDGE_KINDS_V2,
  NUDGE_KINDS,
} from './schema-parts';
import {
  contact,
  interaction,
  checkIn,
  reflection,
  dayException,
  activityRecord,
  nudgeLogEntryOf,
} from './schema-records';

// The shapes of a backup, checked before anything is written. Lengths and ranges that a form
// also enforces are left to the form's own validator (validate.ts), so both refuse the same
// things with the same limits; the caps here bound what no validator measures.
// valibot, not zod: zod probes for eval with `Function('')` and compiles its parsers, which
// the extension's CSP refuses and Mozilla's add-on linter flags as dangerous.

const hours = v.nullable(object({ start: v.string(), end: v.string(), endsNextDay: v.boolean() }));
const template = object({ subject: v.string(), body: v.string() });

const settingsV1Entries = {
  schedule: object({
    timeZone: text(100),
    days: object({ 0: hours, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: hours }),
  }),
  boundary: object({
    wrapUpEnabled: v.boolean(),
    wrapUpMinutesBefore: number,
    boundaryEnabled: v.boolean(),
    boundaryRepeatMinutes: number,
    boundaryMaxPerDay: number,
  }),
  work: object({
    autoStart: v.boolean(),
    dailyLimitMinutes: nullableNumber,
    weeklyLimitMinutes: nullableNumber,
  }),
  breaks: object({
    shortEnabled: v.boolean(),
    shortAfterMinutes: number,
    shortMinutes: number,
    longEnabled: v.boolean(),
    longAfterMinutes: number,
    longMinutes: number,
  }),
  guard: object({
    enabled: v.boolean(),
    sites: list(text(2048), 1000),
  }),
  mutedKinds: list(v.picklist(NUDGE_KINDS_V2), 100),
  network: object({
    cadenceByRole: object(
      Object.fromEntries(ROLES.map((role) => [role, nullableNumber])) as Record<
        Role,
        typeof nullableNumber
      >,
    ),
    reconnectMaxPerDay: number,
    reconnectFrom: v.string(),
    reconnectUntil: v.string(),
    reconnectGapDays: number,
  }),
  checkIns: object({
    prepTime: clockTime,
    logPromptAfterMinutes: v.pipe(int, v.minValue(0), v.maxValue(1440)),
    inPersonTarget: v.pipe(number, v.minValue(0), v.maxValue(1)),
    gatheringAfterWeeks: v.nullable(v.pipe(int, v.minValue(1), v.maxValue(52))),
    gatheringIdeas: v.nullable(list(text(200), 50)),
  }),
  idleThresholdSeconds: number,
  // Added within version 3, optional in every version: a backup without it reads as the default.
  discreetNotifications: v.optional(v.picklist(['when-locked', 'always', 'never']), 'when-locked'),
};

const settingsV1 = object(settingsV1Entries);

const templates = v.nullable(
  object({
    'check-in': template,
    'thank-you': template,
    invite: template,
    supervision: template,
    'offer-support': template,
  }),
);

const settingsV2 = object({
  ...settingsV1Entries,
  reflection: object({ enabled: v.boolean(), weekday, time: v.string() }),
  templates,
});

/** The settings of the newest version; sync checks the settings another computer sent with it. */
export const settingsV3 = object({
  ...settingsV1Entries,
  reflection: object({ enabled: v.boolean(), weekday: v.nullable(weekday), time: v.string() }),
  templates,
}) satisfies v.GenericSchema<unknown, Settings>;

const lists = {
  exportedAt: v.pipe(v.string(), v.regex(ISO_INSTANT)),
  contacts: v.array(contact),
  interactions: v.array(interaction),
  checkIns: v.array(checkIn),
  reflections: v.array(reflection),
  dayExceptions: v.array(dayException),
  activity: v.array(activityRecord),
  nudgeLog: v.array(nudgeLogEntryOf(NUDGE_KINDS_V2)),
};

/** The file's envelope, read first: which app and which version it is. */
export const envelope = object({ format: v.literal(BACKUP_FORMAT) });

/** One schema per format version; the index is the version. */
export const backupSchemas = {
  1: object({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(1),
    settings: settingsV1,
    ...lists,
  }) satisfies v.GenericSchema<unknown, BackupV1>,
  2: object({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(2),
    settings: settingsV2,
    ...lists,
  }) satisfies v.GenericSchema<unknown, BackupV2>,
  3: object({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(3),
    settings: settingsV3,
    ...lists,
    nudgeLog: v.array(nudgeLogEntryOf(NUDGE_KINDS)),
  }) satisfies v.GenericSchema<unknown, Backup>,
} as const;
