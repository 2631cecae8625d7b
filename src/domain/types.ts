/**
 * The nouns of Tend. Instants are UTC milliseconds; wall-clock times are 'HH:mm' strings
 * read in the IANA time zone stored beside them.
 */

/** 0 = Sunday … 6 = Saturday, as date-fns `getDay` counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A wall-clock time, 'HH:mm' (24-hour). */
export type ClockTime = string;

/** One weekday's working hours. `endsNextDay` marks a shift that runs past midnight. */
export interface WorkHours {
  start: ClockTime;
  end: ClockTime;
  endsNextDay: boolean;
}

/** The weekly schedule: hours per weekday, `null` for a day off. */
export interface WorkSchedule {
  /** The IANA zone the hours were set in, e.g. 'Europe/London'. */
  timeZone: string;
  days: Record<Weekday, WorkHours | null>;
}

/** The end-of-day rules. */
export interface BoundarySettings {
  wrapUpEnabled: boolean;
  /** How long before the end of the workday the wrap-up nudge comes. */
  wrapUpMinutesBefore: number;
  boundaryEnabled: boolean;
  /** How often a boundary reminder repeats while the user is still active after the end. */
  boundaryRepeatMinutes: number;
  /** The most boundary reminders in one workday. */
  boundaryMaxPerDay: number;
}

/** How the user wants to hear about people they have not talked to for a while. */
export interface NetworkSettings {
  /** Desired days between contacts per role, for people without a cadence of their own. */
  cadenceByRole: Record<Role, number | null>;
  /** The most reconnect nudges in one day. */
  reconnectMaxPerDay: number;
  /** Reconnect nudges only between these local times (in the schedule's zone). */
  reconnectFrom: ClockTime;
  reconnectUntil: ClockTime;
  /** Never nudge about the same person again within this many days. */
  reconnectGapDays: number;
}

/** How work time is counted and bounded. */
export interface WorkSettings {
  /** The day starts by itself at the first activity inside the schedule; otherwise only a clock-in starts it. */
  autoStart: boolean;
  /** Nudge when this much active work is done in a day or a week (Monday to Sunday); null: no limit. */
  dailyLimitMinutes: number | null;
  weeklyLimitMinutes: number | null;
}

/** Short and long breaks after stretches of active work. */
export interface BreakSettings {
  shortEnabled: boolean;
  shortAfterMinutes: number;
  shortMinutes: number;
  longEnabled: boolean;
  longAfterMinutes: number;
  longMinutes: number;
}

/** The optional after-hours guard for the work sites the user names. */
export interface GuardSettings {
  enabled: boolean;
  /** Origins such as 'https://cms.example.org' (host permission is asked for exactly these). */
  sites: string[];
}

/** Check-in reminders, preparation, the in-person target and informal gathering ideas. */
export interface CheckInSettings {
  /** The day before a supervision, a preparation prompt at this local time. */
  prepTime: ClockTime;
  /** Minutes after a check-in ends before the prompt to log how it went. */
  logPromptAfterMinutes: number;
  /** The share of connections the user wants in person, 0–1. */
  inPersonTarget: number;
  /** An idea for an informal get-together when none was logged for this many weeks; null: never. */
  gatheringAfterWeeks: number | null;
  /** The user's own list of ideas; null until they edit it (the catalogue's list is used). */
  gatheringIdeas: string[] | null;
}

/** The weekly self-check: a nudge on this weekday at this local time (schedule's zone). */
export interface ReflectionSettings {
  enabled: boolean;
  /** The day it comes; null for the last workday of the user's week, whatever the schedule. */
  weekday: Weekday | null;
  time: ClockTime;
}

/** A message to start from; `{name}` stands for the person's first name. */
export interface MessageTemplate {
  subject: string;
  body: string;
}

/** Why the user is writing to someone; each has its own suggested message. */
export type Purpose = 'check-in' | 'thank-you' | 'invite' | 'supervision' | 'offer-support';

export type Templates = Record<Purpose, MessageTemplate>;

export interface Settings {
  schedule: WorkSchedule;
  boundary: BoundarySettings;
  work: WorkSettings;
  breaks: BreakSettings;
  guard: GuardSettings;
  /** Kinds of nudge the user turned off, from a notification or the options page. */
  mutedKinds: NudgeKind[];
  network: NetworkSettings;
  checkIns: CheckInSettings;
  /** Seconds without input before the browser reports the user idle (browser minimum 15). */
  idleThresholdSeconds: number;
  reflection: ReflectionSettings;
  /** The user's own suggested messages; null until they edit them (the catalogue's are used). */
  templates: Templates | null;
  /** When notifications leave out names, titles and places (the popup still shows them). */
  discreetNotifications: DiscreetNotifications;
}

/**
 * 'when-locked': only while the screen is locked (Firefox never reports a locked screen, so
 * there it means never); 'always'; 'never'.
 */
export type DiscreetNotifications = 'when-locked' | 'always' | 'never';

export type Role =
  | 'colleague'
  | 'supervisor'
  | 'mentor'
  | 'friend'
  | 'family'
  | 'peer-group'
  | 'professional-org'
  | 'external-support'
  | 'online-community';

export type ReachKind = 'email' | 'phone' | 'sms' | 'chat' | 'video' | 'web' | 'in-person';

export interface ReachWay {
  kind: ReachKind;
  value: string;
}

/** How often the user wants to be in touch with someone. */
export type Cadence =
  | { kind: 'role-default' }
  | { kind: 'every'; count: number; unit: 'days' | 'weeks' }
  | { kind: 'never' };

/** A person or group in the user's support network. */
export interface Contact {
  id: string;
  name: string;
  /** A group (peer support group, organisation, community) rather than one person. */
  isGroup: boolean;
  roles: Role[];
  reach: ReachWay[];
  cadence: Cadence;
  /** When they are usually there for the user, in the user's words, and 1–5. */
  availability: string;
  availabilityLevel: number | null;
  /** How much the user trusts them to be there, in the user's words, and 1–5. */
  trust: string;
  trustLevel: number | null;
  notes: string;
  archived: boolean;
  /** No reconnect nudge about this person before this instant. */
  snoozedUntil: number | null;
  /** The last logged connection, kept in step with `interactions` in one transaction. */
  lastContactAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type ConnectionKind =
  | 'supervision'
  | 'peer-check-in'
  | 'peer-group'
  | 'informal'
  | 'self-care-together'
  | 'message'
  | 'other';

export type ConnectionMode = 'in-person' | 'video' | 'phone' | 'message';

export type SupportDirection = 'gave' | 'received' | 'both';

/** A logged connection with one or more people. */
export interface Interaction {
  id: string;
  at: number;
  contactIds: string[];
  kind: ConnectionKind;
  mode: ConnectionMode;
  direction: SupportDirection;
  feltBefore: number | null;
  feltAfter: number | null;
  note: string;
}

export type CheckInMode = 'in-person' | 'virtual' | 'either';

export type Recurrence =
  | { kind: 'none' }
  | { kind: 'weekly'; everyWeeks: number; weekdays: Weekday[]; until: string | null }
  | { kind: 'monthly-date'; day: number; until: string | null }
  | {
      kind: 'monthly-weekday';
      nth: 1 | 2 | 3 | 4 | 5 | -1;
      weekday: Weekday;
      until: string | null;
    };

/** A scheduled, possibly recurring check-in. */
export interface CheckIn {
  id: string;
  title: string;
  kind: Exclude<ConnectionKind, 'message' | 'other'>;
  contactIds: string[];
  mode: CheckInMode;
  place: string;
  link: string;
  /** Local date 'yyyy-MM-dd' and time 'HH:mm' of the first occurrence, in `timeZone`. */
  startDate: string;
  startTime: ClockTime;
  timeZone: string;
  durationMinutes: number;
  recurrence: Recurrence;
  /** Local dates of skipped occurrences. */
  skipped: string[];
  /** Moved occurrences: original local date -> new start instant. */
  moved: Record<string, number>;
  reminderMinutesBefore: number | null;
  paused: boolean;
}

/** What the browser or the user said about activity, stored as it happens. */
export type ActivityState =
  'active' | 'idle' | 'locked' | 'clock-in' | 'clock-out' | 'break-start' | 'break-end';

export interface ActivityTransition {
  id?: number;
  at: number;
  state: ActivityState;
}

export type NudgeKind =
  | 'wrap-up'
  | 'boundary'
  | 'break'
  | 'check-in-reminder'
  | 'check-in-prep'
  | 'check-in-log'
  | 'reconnect'
  | 'reflection'
  | 'gathering-idea'
  | 'hours-limit'
  | 'time-zone';

/** A nudge that was shown, so it never comes twice and caps can be counted. */
export interface NudgeLogEntry {
  key: string;
  kind: NudgeKind;
  shownAt: number;
}

/**
 * A one-day exception to the schedule: on call (no boundary reminders that day) or a late
 * shift (the workday ends at `until` instead).
 */
export interface DayException {
  /** Local 'yyyy-MM-dd' of the workday it changes. */
  date: string;
  kind: 'on-call' | 'late-shift';
  /** For a late shift, the new end time ('HH:mm'; earlier than the start means after midnight). */
  until: ClockTime | null;
}

/** A weekly self-check; items are 1–5. */
export interface Reflection {
  id: string;
  /** Local date 'yyyy-MM-dd' of the Monday the week starts. */
  weekStart: string;
  energy: number | null;
  stress: number | null;
  connected: number | null;
  supported: number | null;
  note: string;
  createdAt: number;
}
