import type { Nudge } from '../../src/domain/nudge';
import { defaultSettings } from '../../src/domain/settings';
import type { PlannerState } from '../../src/domain/planner-state';
import type {
  ActivityState,
  ActivityTransition,
  BoundarySettings,
  NudgeLogEntry,
  Settings,
  Weekday,
  WorkHours,
  Contact,
} from '../../src/domain/types';

/** An instant from an ISO string with an explicit offset, so no test depends on the machine's zone. */
export function at(iso: string): number {
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso)) throw new Error(`give ${iso} an offset`);
  return Date.parse(iso);
}

/** The same instant as a Date, for the planner's `now`. */
export function when(iso: string): Date {
  return new Date(at(iso));
}

/** Office hours Monday to Friday in a zone, with boundary rules overridden where given. */
export function settingsIn(timeZone: string, boundary: Partial<BoundarySettings> = {}): Settings {
  const settings = defaultSettings(timeZone);
  return { ...settings, boundary: { ...settings.boundary, ...boundary } };
}

/** The same settings with short and long breaks switched off, for tests about other rules. */
export function withoutBreaks(settings: Settings): Settings {
  return { ...settings, breaks: { ...settings.breaks, shortEnabled: false, longEnabled: false } };
}

/** The same hours on each given weekday, every other day off. */
export function withHours(settings: Settings, hours: WorkHours, weekdays: Weekday[]): Settings {
  const days = Object.fromEntries(
    ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => [day, weekdays.includes(day) ? hours : null]),
  ) as Settings['schedule']['days'];
  return { ...settings, schedule: { ...settings.schedule, days } };
}

/** The same settings with the weekly reflection nudge switched off, for tests about other rules. */
export function withoutReflection(settings: Settings): Settings {
  return { ...settings, reflection: { ...settings.reflection, enabled: false } };
}

/** Activity transitions from [iso, state] pairs, oldest first. */
export function activity(...entries: [string, ActivityState][]): ActivityTransition[] {
  return entries.map(([iso, state]) => ({ at: at(iso), state }));
}

/**
 * The key of the wrap-up for the shift starting on `date` and ending at `endsAt` (ISO with an
 * offset; by default 17:00 in London in winter, the office day most tests use).
 */
export function wrapUpKey(date: string, endsAt = `${date}T17:00:00Z`): string {
  return `wrap-up:${date}:${at(endsAt)}`;
}

/** The key of boundary reminder `slot` after the end of the shift starting on `date` (as above). */
export function boundaryKey(date: string, slot: number, endsAt = `${date}T17:00:00Z`): string {
  return `boundary:${date}:${at(endsAt)}:${slot}`;
}

/** Log entries for nudges already shown. */
export function shown(...keys: string[]): NudgeLogEntry[] {
  return keys.map((key) => ({
    key,
    kind: key.startsWith('wrap-up') ? 'wrap-up' : 'boundary',
    shownAt: 0,
  }));
}

/** A planner state. */
export function stateOf(
  settings: Settings,
  transitions: ActivityTransition[] = [],
  nudgeLog: NudgeLogEntry[] = [],
  contacts: Contact[] = [],
): PlannerState {
  return {
    settings,
    activity: transitions,
    nudgeLog,
    contacts,
    exceptions: [],
    pausedUntil: null,
    snoozes: {},
    busy: [],
    checkIns: [],
    lastGatheringAt: null,
    connectionTimes: [],
    reflectedWeekStarts: [],
    userTimeZone: settings.schedule.timeZone,
    scheduleChange: null,
  };
}

/** The nudges of one kind, typed as that kind's (a break's length, a wrap-up's minutes). */
export function ofKind<K extends Nudge['kind']>(
  nudges: readonly Nudge[],
  kind: K,
): Extract<Nudge, { kind: K }>[] {
  return nudges.filter((nudge): nudge is Extract<Nudge, { kind: K }> => nudge.kind === kind);
}

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
