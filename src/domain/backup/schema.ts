import * as z from 'zod';
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
import { BACKUP_FORMAT, type ActivityRecord, type BackupV1, type Backup } from './format';

// The shapes of a backup, checked before anything is written. Lengths and ranges that a form
// also enforces are left to the form's own validator (validate.ts), so both refuse the same
// things with the same limits; the caps here bound what no validator measures.

/** Ids are Tend's own (UUIDs, or 'c0001' in the benchmark's profile). */
export const ID_MAX = 200;
/** Text no form limits more tightly (a template's body, a nudge key). */
const TEXT_MAX = 10_000;

const id = z.string().min(1).max(ID_MAX);
const text = (max = TEXT_MAX) => z.string().max(max);
const instant = z.number();
const level = z.number().nullable();
const weekday = z.literal([0, 1, 2, 3, 4, 5, 6]);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

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

const NUDGE_KINDS = [
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

const ACTIVITY_STATES = [
  'active',
  'idle',
  'locked',
  'clock-in',
  'clock-out',
  'break-start',
  'break-end',
] as const satisfies readonly ActivityState[];

const contact = z.object({
  id,
  name: z.string(),
  isGroup: z.boolean(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  reach: z.array(z.object({ kind: z.enum(REACH_KINDS), value: z.string() })).max(50),
  cadence: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('role-default') }),
    z.object({ kind: z.literal('every'), count: z.number(), unit: z.enum(['days', 'weeks']) }),
    z.object({ kind: z.literal('never') }),
  ]),
  availability: z.string(),
  availabilityLevel: z.number().nullable(),
  trust: z.string(),
  trustLevel: z.number().nullable(),
  notes: z.string(),
  archived: z.boolean(),
  snoozedUntil: instant.nullable(),
  lastContactAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<Contact>;

const interaction = z.object({
  id,
  at: instant,
  contactIds: z.array(id).max(500),
  kind: z.enum(CONNECTION_KINDS),
  mode: z.enum(['in-person', 'video', 'phone', 'message']),
  direction: z.enum(['gave', 'received', 'both']),
  feltBefore: z.number().nullable(),
  feltAfter: z.number().nullable(),
  note: z.string(),
}) satisfies z.ZodType<Interaction>;

const until = localDate.nullable();

const checkIn = z.object({
  id,
  title: z.string(),
  kind: z.enum(['supervision', 'peer-check-in', 'peer-group', 'informal', 'self-care-together']),
  contactIds: z.array(id).max(500),
  mode: z.enum(['in-person', 'virtual', 'either']),
  place: z.string(),
  link: text(2000),
  startDate: z.string(),
  startTime: z.string(),
  timeZone: text(100),
  durationMinutes: z.number(),
  recurrence: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('weekly'),
      everyWeeks: z.number(),
      weekdays: z.array(weekday).max(7),
      until,
    }),
    z.object({ kind: z.literal('monthly-date'), day: z.number(), until }),
    z.object({
      kind: z.literal('monthly-weekday'),
      nth: z.literal([1, 2, 3, 4, 5, -1]),
      weekday,
      until,
    }),
  ]),
  skipped: z.array(localDate).max(5000),
  moved: z.record(localDate, instant),
  reminderMinutesBefore: z.number().nullable(),
  paused: z.boolean(),
}) satisfies z.ZodType<CheckIn>;

const reflection = z.object({
  id,
  weekStart: localDate,
  energy: level,
  stress: level,
  connected: level,
  supported: level,
  note: z.string(),
  createdAt: instant,
}) satisfies z.ZodType<Reflection>;

const dayException = z.object({
  date: localDate,
  kind: z.enum(['on-call', 'late-shift']),
  until: clockTime.nullable(),
}) satisfies z.ZodType<DayException>;

const activityRecord = z.object({
  at: instant,
  state: z.enum(ACTIVITY_STATES),
}) satisfies z.ZodType<ActivityRecord>;

const nudgeLogEntry = z.object({
  key: text(1000).min(1),
  kind: z.enum(NUDGE_KINDS),
  shownAt: instant,
}) satisfies z.ZodType<NudgeLogEntry>;

const hours = z.object({ start: z.string(), end: z.string(), endsNextDay: z.boolean() }).nullable();
const template = z.object({ subject: z.string(), body: z.string() });

const settingsV1 = z.object({
  schedule: z.object({
    timeZone: text(100),
    days: z.object({ 0: hours, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: hours }),
  }),
  boundary: z.object({
    wrapUpEnabled: z.boolean(),
    wrapUpMinutesBefore: z.number(),
    boundaryEnabled: z.boolean(),
    boundaryRepeatMinutes: z.number(),
    boundaryMaxPerDay: z.number(),
  }),
  work: z.object({
    autoStart: z.boolean(),
    dailyLimitMinutes: z.number().nullable(),
    weeklyLimitMinutes: z.number().nullable(),
  }),
  breaks: z.object({
    shortEnabled: z.boolean(),
    shortAfterMinutes: z.number(),
    shortMinutes: z.number(),
    longEnabled: z.boolean(),
    longAfterMinutes: z.number(),
    longMinutes: z.number(),
  }),
  guard: z.object({ enabled: z.boolean(), sites: z.array(text(2048)).max(1000) }),
  mutedKinds: z.array(z.enum(NUDGE_KINDS)).max(100),
  network: z.object({
    cadenceByRole: z.object(
      Object.fromEntries(ROLES.map((role) => [role, z.number().nullable()])) as Record<
        Role,
        z.ZodNullable<z.ZodNumber>
      >,
    ),
    reconnectMaxPerDay: z.number(),
    reconnectFrom: z.string(),
    reconnectUntil: z.string(),
    reconnectGapDays: z.number(),
  }),
  checkIns: z.object({
    prepTime: clockTime,
    logPromptAfterMinutes: z.int().min(0).max(1440),
    inPersonTarget: z.number().min(0).max(1),
    gatheringAfterWeeks: z.int().min(1).max(52).nullable(),
    gatheringIdeas: z.array(text(200)).max(50).nullable(),
  }),
  idleThresholdSeconds: z.number(),
});

const settingsV2 = settingsV1.extend({
  reflection: z.object({ enabled: z.boolean(), weekday, time: z.string() }),
  templates: z
    .object({
      'check-in': template,
      'thank-you': template,
      invite: template,
      supervision: template,
      'offer-support': template,
    })
    .nullable(),
}) satisfies z.ZodType<Settings>;

const lists = {
  exportedAt: z.iso.datetime({ offset: true }),
  contacts: z.array(contact),
  interactions: z.array(interaction),
  checkIns: z.array(checkIn),
  reflections: z.array(reflection),
  dayExceptions: z.array(dayException),
  activity: z.array(activityRecord),
  nudgeLog: z.array(nudgeLogEntry),
};

/** The file's envelope, read first: which app and which version it is. */
export const envelope = z.object({ format: z.literal(BACKUP_FORMAT) });

/** One schema per format version; the index is the version. */
export const backupSchemas = {
  1: z.object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    settings: settingsV1,
    ...lists,
  }) satisfies z.ZodType<BackupV1>,
  2: z.object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(2),
    settings: settingsV2,
    ...lists,
  }) satisfies z.ZodType<Backup>,
} as const;
