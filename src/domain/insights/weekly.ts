import { activityParts } from '../activity';
import { clockIntervals } from '../on-the-clock';
import { addCalendarDays } from '../calendar-date';
import { effectiveWorkdaysBetween } from '../effective-workday';
import { inPersonShare, type InPersonShare } from '../in-person-share';
import { balanceOf, type Flow, type FlowBalance } from '../network/reciprocity';
import { breakStarts, type Rest } from '../rests';
import { HOUR_MS } from '../time-units';
import type {
  ActivityTransition,
  ConnectionKind,
  ConnectionMode,
  Contact,
  DayException,
  Interaction,
  Reflection,
  Settings,
} from '../types';
import { weekHours } from '../week-hours';
import { localMidnight } from '../workday';
import { insightsWindow } from './window';
import { isSkipped, REFLECTION_ITEMS } from '../reflection-validation';

/** What the Insights page reads from the database: the window's data only. */
export interface InsightsInput {
  settings: Settings;
  /** The exceptions for the dates of the window (see `insightsWindow`). */
  exceptions: readonly DayException[];
  /** Transitions from the window's `activityFrom` on, plus the last idle and clock state before it, oldest first. */
  activity: readonly ActivityTransition[];
  /** Connections from the window's start on. */
  interactions: readonly InsightsConnection[];
  /** Reflections for the window's weeks. */
  reflections: readonly Reflection[];
  /** Everyone in the network, archived included: only what Insights counts of them. */
  contacts: readonly InsightsPerson[];
}

/** What Insights reads of a connection: when, and what it was. */
export type InsightsConnection = Pick<Interaction, 'at' | 'kind' | 'mode' | 'direction'>;

/** What Insights reads of a person: its roles and cadence, whether active, when last seen. */
export type InsightsPerson = Pick<
  Contact,
  | 'id'
  | 'name'
  | 'isGroup'
  | 'roles'
  | 'cadence'
  | 'archived'
  | 'snoozedUntil'
  | 'lastContactAt'
  | 'createdAt'
>;

/** The weekly self-check's items, averaged over the week's reflections; null where none answered. */
export interface ReflectionAverages {
  energy: number | null;
  stress: number | null;
  connected: number | null;
  supported: number | null;
}

export { REFLECTION_ITEMS };

/** One week (Monday to Sunday in the schedule's zone) of the Insights page. */
export interface InsightWeek {
  /** Local 'yyyy-MM-dd' of its Monday. */
  weekStart: string;
  /** It ended before now; the current week is counted so far. */
  complete: boolean;
  /**
   * Tend saw something in it (browser activity, a connection or a reflection): a week before
   * Tend was installed, or with the computer off, says nothing about how things went.
   */
  tracked: boolean;
  /**
   * Tend measured work time in it: it ends after the first activity Tend recorded. Hours and
   * breaks of a week before that are unknown, not zero.
   */
  measured: boolean;
  workedMs: number;
  /** The whole week's scheduled time, exceptions applied (the days still to come included). */
  scheduledMs: number;
  weeklyLimitMs: number | null;
  /** Rests that reset the short break timer, begun and ended on the clock (see `breaksIn`). */
  breaksTaken: number;
  connections: number;
  byKind: Record<ConnectionKind, number>;
  byMode: Record<ConnectionMode, number>;
  /** In person against video and phone calls, and the user's target. */
  inPerson: InPersonShare;
  flow: Flow;
  /** How many reflections were saved for the week (normally 0 or 1). */
  reflections: number;
  reflection: ReflectionAverages;
}

/** The 12 weeks and the network's state now, for the Insights page. */
export interface Insights {
  weeks: InsightWeek[];
  /** Support given and received over the whole window, and whether it is one way. */
  flow: Flow & { balance: FlowBalance };
  inPersonTarget: number;
}

export const CONNECTION_KINDS: readonly ConnectionKind[] = [
  'supervision',
  'peer-check-in',
  'peer-group',
  'informal',
  'self-care-together',
  'message',
  'other',
];

export const CONNECTION_MODES: readonly ConnectionMode[] = [
  'in-person',
  'video',
  'phone',
  'message',
];

/**
 * A rest of this length or more is time off (an evening, a night), not a break, even when
 * the user was technically still on the clock on both sides of it.
 */
const TIME_OFF_MS = 4 * HOUR_MS;

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function average(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return known.length > 0 ? known.reduce((sum, value) => sum + value, 0) / known.length : null;
}

/**
 * The breaks taken in the window, as instants they began: rests that reset the short break
 * timer (as the day's summary counts them), begun on the clock and over before the stretch on
 * the clock they began in ended. The last two conditions keep out the evening: the day that
 * started by itself keeps the user on the clock until late, and the end of the workday is not
 * a break. A rest of four hours or more is time off, never a break. `rests` are the
 * activity's up to `at`.
 */
function breaksIn(
  input: InsightsInput,
  workdayRange: [string, string],
  at: number,
  rests: readonly Rest[],
): number[] {
  const { settings, exceptions, activity } = input;
  const workdays = effectiveWorkdaysBetween(settings, exceptions, ...workdayRange);
  const options = { autoStart: settings.work.autoStart };
  const clock = clockIntervals(activity, workdays, at, options, rests);
  return breakStarts(activity, clock, settings.breaks, at, TIME_OFF_MS, rests);
}

/** Whether any of the transitions (oldest first) lies in [from, to): found by halving. */
function anyWithin(activity: readonly ActivityTransition[], from: number, to: number): boolean {
  let low = 0;
  let high = activity.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((activity[middle] as ActivityTransition).at < from) low = middle + 1;
    else high = middle;
  }
  const first = activity[low];
  return first !== undefined && first.at < to;
}

/**
 * The 12 weeks ending with the week that holds `now`: each week's hours against the schedule
 * and the limit (counted as the week view counts them), breaks taken, connections by kind
 * and by mode with the in-person share, support given and received, and the reflection
 * averages; and the support flow over the whole window.
 */
export function weeklyInsights(input: InsightsInput, now: Date): Insights {
  const { settings } = input;
  const zone = settings.schedule.timeZone;
  const at = now.getTime();
  const window = insightsWindow(zone, now);
  const target = settings.checkIns.inPersonTarget;
  // What the activity says whatever the workdays, worked out once for all the weeks.
  const parts = activityParts(input.activity, at);
  const breakStarts = breaksIn(input, [window.firstDate, window.lastDate], at, parts.rests);
  // Oldest first: the first activity Tend ever recorded, or the last state before the window.
  const measuredFrom = input.activity[0]?.at ?? null;

  const weeks = window.weekStarts.map((weekStart): InsightWeek => {
    const from = localMidnight(zone, weekStart);
    const to = localMidnight(zone, addCalendarDays(weekStart, 7));
    const inWeek = (instant: number) => instant >= from && instant < to && instant <= at;
    const hours = weekHours(settings, input.exceptions, input.activity, weekStart, now, parts);
    const interactions = input.interactions.filter((interaction) => inWeek(interaction.at));
    const byKind = zeroes(CONNECTION_KINDS);
    const byMode = zeroes(CONNECTION_MODES);
    const flow: Flow = { gave: 0, received: 0, both: 0 };
    for (const interaction of interactions) {
      byKind[interaction.kind] += 1;
      byMode[interaction.mode] += 1;
      flow[interaction.direction] += 1;
    }
    // A skipped week is stored as an empty reflection; it is not an answer.
    const reflections = input.reflections.filter(
      (reflection) => reflection.weekStart === weekStart && !isSkipped(reflection),
    );
    const reflection = Object.fromEntries(
      REFLECTION_ITEMS.map((item) => [item, average(reflections.map((one) => one[item]))]),
    ) as unknown as ReflectionAverages;
    const sawActivity = anyWithin(input.activity, from, Math.min(to, at + 1));
    return {
      weekStart,
      complete: to <= at,
      tracked: sawActivity || interactions.length > 0 || reflections.length > 0,
      measured: measuredFrom !== null && measuredFrom < to,
      workedMs: hours.workedMs,
      scheduledMs: hours.scheduledMs,
      weeklyLimitMs: hours.weeklyLimitMs,
      breaksTaken: breakStarts.filter(inWeek).length,
      connections: interactions.length,
      byKind,
      byMode,
      // The week's own connections, judged as of its last moment (or now, for this week).
      inPerson: inPersonShare(interactions, target, new Date(Math.min(to - 1, at)), 1, zone),
      flow,
      reflections: reflections.length,
      reflection,
    };
  });

  // The weeks hold every connection of the window up to now, each once: the window's flow
  // is theirs added up (as reciprocity() counts it; its ranking of people is not needed here).
  const overall: Flow = { gave: 0, received: 0, both: 0 };
  for (const week of weeks) {
    overall.gave += week.flow.gave;
    overall.received += week.flow.received;
    overall.both += week.flow.both;
  }
  return { weeks, flow: { ...overall, balance: balanceOf(overall) }, inPersonTarget: target };
}
