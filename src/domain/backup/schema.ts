import * as v from 'valibot';
import type {
  ActivityState,
  CheckIn,
  ConnectionKind,
  Contact,
  DayException,
  Interaction,
  NudgeKind,
  NudgeLogEntry,
  ReachKind,
  Reflection,
  Role,
  Settings,
} from '../types';
import {
  BACKUP_FORMAT,
  type ActivityRecord,
  type Backup,
  type BackupV1,
  type BackupV2,
} from './format';
import { isClockTime } from '../clock-time';

// The shapes of a backup, checked before anything is written. Lengths and ranges that a form
// also enforces are left to the form's own validator (validate.ts), so both refuse the same
// things with the same limits; the caps here bound what no validator measures.
// valibot, not zod: zod probes for eval with `Function('')` and compiles its parsers, which
// the extension's CSP refuses and Mozilla's add-on linter flags as dangerous.

/** Ids are Tend's own (UUIDs, or 'c0001' in the benchmark's profile). */
export const ID_MAX = 200;
/** Text no form limits more tightly (a template's body, a nudge key). */
const TEXT_MAX = 10_000;

/**
 * A JSON object and not an array: valibot's object and record read an array's indices as
 * keys, so `[]` would pass for a record with no fields.
 */
const plainObject = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
);
const object = <const Entries extends v.ObjectEntries>(entries: Entries) =>
  v.pipe(plainObject, v.object(entries));
/** A JSON number: valibot's number takes Infinity, which a file's 1e999 parses to. */
const number = v.pipe(v.number(), v.finite());
const int = v.pipe(number, v.integer());
/** A list of at most `max` items; one too long is refused for that, before its items are read. */
const list = <const Item extends v.GenericSchema>(item: Item, max: number) =>
  v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(ID_MAX));
const text = (max = TEXT_MAX) => v.pipe(v.string(), v.maxLength(max));
const instant = number;
const nullableNumber = v.nullable(number);
const level = nullableNumber;
const weekday = v.picklist([0, 1, 2, 3, 4, 5, 6]);
const clockTime = v.pipe(v.string(), v.check(isClockTime));
const localDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
// An ISO instant with seconds and a zone ('Z' or ±hh:mm) on a real calendar date: what
// `toISOString()` writes, and what zod's `iso.datetime({ offset: true })` took before.
const LEAP_DAY = String.raw`(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29`;
const MONTH_DAY = String.raw`(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?`;
const ZONE = String.raw`Z|[+-](?:[01]\d|2[0-3]):[0-5]\d`;
const ISO_INSTANT = new RegExp(`^(?:${LEAP_DAY}|\\d{4}-(?:${MONTH_DAY}))T${TIME}(?:${ZONE})$`);

const ROLES = [
  'colleague',
  'supervisor',
  'mentor',
  'friend',
  'family',
  'peer-group',
  'professional-org',
  'external-support',
  'online-community',
] as const satisfies readonly Role[];

const REACH_KINDS = [
  'email',
  'phone',
  'sms',
  'chat',
  'video',
  'web',
  'in-person',
] as const satisfies readonly ReachKind[];

const CONNECTION_KINDS = [
  'supervision',
  'peer-check-in',
  'peer-group',
  'informal',
  'self-care-together',
  'message',
  'other',
] as const satisfies readonly ConnectionKind[];

// The kinds a version-1 or -2 file can hold; version 3 adds the time-zone question.
const NUDGE_KINDS_V2 = [
  'wrap-up',
  'boundary',
  'break',
  'check-in-reminder',
  'check-in-prep',
  'check-in-log',
  'reconnect',
  'reflection',
  'gathering-idea',
  'hours-limit',
] as const satisfies readonly NudgeKind[];

const NUDGE_KINDS = [...NUDGE_KINDS_V2, 'time-zone'] as const satisfies readonly NudgeKind[];

const ACTIVITY_STATES = [
  'active',
  'idle',
  'locked',
  'clock-in',
  'clock-out',
  'break-start',
  'break-end',
] as const satisfies readonly ActivityState[];

const contact = object({
  id,
  name: v.string(),
  isGroup: v.boolean(),
  roles: list(v.picklist(ROLES), ROLES.length),
  reach: list(object({ kind: v.picklist(REACH_KINDS), value: v.string() }), 50),
  // A variant's options must be bare object schemas, so the check for a list goes around it.
  cadence: v.pipe(
    plainObject,
    v.variant('kind', [
      v.object({ kind: v.literal('role-default') }),
      v.object({ kind: v.literal('every'), count: number, unit: v.picklist(['days', 'weeks']) }),
      v.object({ kind: v.literal('never') }),
    ]),
  ),
  availability: v.string(),
  availabilityLevel: nullableNumber,
  trust: v.string(),
  trustLevel: nullableNumber,
  notes: v.string(),
  archived: v.boolean(),
  snoozedUntil: v.nullable(instant),
  lastContactAt: v.nullable(instant),
  createdAt: instant,
  updatedAt: instant,
}) satisfies v.GenericSchema<unknown, Contact>;

const interaction = object({
  id,
  at: instant,
  contactIds: list(id, 500),
  kind: v.picklist(CONNECTION_KINDS),
  mode: v.picklist(['in-person', 'video', 'phone', 'message']),
  direction: v.picklist(['gave', 'received', 'both']),
  feltBefore: nullableNumber,
  feltAfter: nullableNumber,
  note: v.string(),
}) satisfies v.GenericSchema<unknown, Interaction>;

const until = v.nullable(localDate);

/**
 * valibot's record passes over the keys `constructor` and `prototype` without a word; neither
 * is a date, so each is refused here as any other key that is not.
 */
const hiddenKeyCheck = ({ dataset, addIssue }: v.RawCheckContext<Record<string, unknown>>) => {
  if (!dataset.typed) return;
  const input = dataset.value;
  for (const key of ['constructor', 'prototype']) {
    if (Object.hasOwn(input, key)) {
      addIssue({ path: [{ type: 'object', origin: 'key', input, key, value: input[key] }] });
      return;
    }
  }
};

const checkIn = object({
  id,
  title: v.string(),
  kind: v.picklist([
    'supervision',
    'peer-check-in',
    'peer-group',
    'informal',
    'self-care-together',
  ]),
  contactIds: list(id, 500),
  mode: v.picklist(['in-person', 'virtual', 'either']),
  place: v.string(),
  link: text(2000),
  startDate: v.string(),
  startTime: v.string(),
  timeZone: text(100),
  durationMinutes: number,
  recurrence: v.pipe(
    plainObject,
    v.variant('kind', [
      v.object({ kind: v.literal('none') }),
      v.object({
        kind: v.literal('weekly'),
        everyWeeks: number,
        weekdays: list(weekday, 7),
        until,
      }),
      v.object({ kind: v.literal('monthly-date'), day: number, until }),
      v.object({
        kind: v.literal('monthly-weekday'),
        nth: v.picklist([1, 2, 3, 4, 5, -1]),
        weekday,
        until,
      }),
    ]),
  ),
  skipped: list(localDate, 5000),
  moved: v.pipe(plainObject, v.rawCheck(hiddenKeyCheck), v.record(localDate, instant)),
  reminderMinutesBefore: nullableNumber,
  paused: v.boolean(),
}) satisfies v.GenericSchema<unknown, CheckIn>;

const reflection = object({
  id,
  weekStart: localDate,
  energy: level,
  stress: level,
  connected: level,
  supported: level,
  note: v.string(),
  createdAt: instant,
}) satisfies v.GenericSchema<unknown, Reflection>;

const dayException = object({
  date: localDate,
  kind: v.picklist(['on-call', 'late-shift']),
  until: v.nullable(clockTime),
}) satisfies v.GenericSchema<unknown, DayException>;

const activityRecord = object({
  at: instant,
  state: v.picklist(ACTIVITY_STATES),
}) satisfies v.GenericSchema<unknown, ActivityRecord>;

const nudgeLogEntryOf = (kinds: readonly NudgeKind[]) =>
  object({
    key: v.pipe(v.string(), v.maxLength(1000), v.minLength(1)),
    kind: v.picklist(kinds as NudgeKind[]),
    shownAt: instant,
  }) satisfies v.GenericSchema<unknown, NudgeLogEntry>;

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

const settingsV3 = object({
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
