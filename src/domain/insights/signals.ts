import { tz } from '@date-fns/tz';
import { subWeeks } from 'date-fns';
import { overdue } from '../network/overdue';
import { HOUR_MS } from '../time-units';
import type { NetworkSettings, Role } from '../types';
import type { InsightsPerson, InsightWeek } from './weekly';

/** Something that has pointed the wrong way for several weeks. */
export type SignalTrend = 'overtime' | 'connections' | 'wellbeing';

/** Which trends held together, as one plain message. */
export type SignalMessage =
  'overtime-connections' | 'overtime-wellbeing' | 'connections-wellbeing' | 'all';

/** The one step the signal suggests. */
export type SignalStep =
  | { kind: 'reach-out'; contactId: string }
  | { kind: 'supervision'; contactId: string }
  | { kind: 'external-support' };

export interface Signal {
  message: SignalMessage;
  trends: SignalTrend[];
  step: SignalStep;
}

/** How many of the latest complete weeks a trend is judged over. */
export const SIGNAL_WEEKS = 4;
/** Fewer data points than this among those weeks say nothing; noise looks like a trend. */
export const MIN_POINTS = 3;
/** Overtime must grow by at least this much a week, from the earlier weeks to the later. */
const OVERTIME_RISE_MS = HOUR_MS;
/** Connections must fall by at least one a week. */
const CONNECTIONS_FALL = 1;
/** Energy or feeling connected must fall by at least one point on the 1–5 scale. */
const WELLBEING_FALL = 1;
/** Every reflected week at or below this is persistently low. */
const LOW = 2;
/** Supervision is overdue after this many weeks without one logged. */
export const SUPERVISION_WEEKS = 6;

// Roles whose holders are there for the user personally; an organisation or an online
// community is a resource, not someone to reach out to by name.
const SUPPORTIVE_ROLES: readonly Role[] = [
  'colleague',
  'supervisor',
  'mentor',
  'friend',
  'family',
  'peer-group',
  'external-support',
];

const MESSAGE: Record<string, SignalMessage> = {
  'overtime,connections': 'overtime-connections',
  'overtime,wellbeing': 'overtime-wellbeing',
  'connections,wellbeing': 'connections-wellbeing',
  'overtime,connections,wellbeing': 'all',
};

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Whether a series (oldest first, at least `MIN_POINTS` points) has moved the worse way:
 * the mean of its last two points is worse than the mean of its first two by at least
 * `threshold`, and each of the last two points is worse than that earlier mean. The second
 * condition is what makes it several weeks: one bad week at the end, or one in the middle,
 * never moves it. With three points the middle one belongs to both pairs.
 */
export function worsened(
  series: readonly number[],
  direction: 'rising' | 'falling',
  threshold: number,
): boolean {
  if (series.length < MIN_POINTS) return false;
  const sign = direction === 'rising' ? 1 : -1;
  const earlier = mean(series.slice(0, 2));
  const later = series.slice(-2);
  return (
    sign * (mean(later) - earlier) >= threshold &&
    later.every((value) => sign * (value - earlier) > 0)
  );
}

function itemSeries(weeks: readonly InsightWeek[], item: 'energy' | 'connected'): number[] {
  return weeks
    .map((week) => week.reflection[item])
    .filter((value): value is number => value !== null);
}

function persistentlyLow(series: readonly number[]): boolean {
  return series.length >= MIN_POINTS && series.every((value) => value <= LOW);
}

/**
 * The trends among the last `SIGNAL_WEEKS` complete weeks (the current week is left out:
 * it is not over). Each needs `MIN_POINTS` data points among them:
 * - overtime: weeks Tend measured (`measured`); worked minus scheduled has `worsened` rising by an
 *   hour or more, and the user worked over the schedule in at least half of those weeks;
 * - connections: weeks Tend saw; the number logged has `worsened` falling by one or more;
 * - wellbeing: weeks with an answer; energy or feeling connected has `worsened` falling by a
 *   point or more, or has stayed at 2 or below in every answered week.
 */
export function trends(weeks: readonly InsightWeek[]): {
  trends: SignalTrend[];
  persistentlyLow: boolean;
} {
  const recent = weeks.filter((week) => week.complete).slice(-SIGNAL_WEEKS);
  const measured = recent.filter((week) => week.measured);
  const seen = recent.filter((week) => week.tracked);
  const overtime = measured.map((week) => week.workedMs - week.scheduledMs);
  const over = overtime.filter((value) => value > 0).length;
  const energy = itemSeries(recent, 'energy');
  const connected = itemSeries(recent, 'connected');
  const low = persistentlyLow(energy) || persistentlyLow(connected);

  const found: SignalTrend[] = [];
  if (worsened(overtime, 'rising', OVERTIME_RISE_MS) && over * 2 >= overtime.length) {
    found.push('overtime');
  }
  if (
    worsened(
      seen.map((week) => week.connections),
      'falling',
      CONNECTIONS_FALL,
    )
  ) {
    found.push('connections');
  }
  if (
    low ||
    worsened(energy, 'falling', WELLBEING_FALL) ||
    worsened(connected, 'falling', WELLBEING_FALL)
  ) {
    found.push('wellbeing');
  }
  return { trends: found, persistentlyLow: low };
}

function isSupportivePerson(contact: InsightsPerson): boolean {
  return (
    !contact.archived &&
    !contact.isGroup &&
    contact.roles.some((role) => SUPPORTIVE_ROLES.includes(role))
  );
}

/**
 * A supervisor who has been in the network for `SUPERVISION_WEEKS` weeks with no supervision
 * logged in them (the weeks before Tend knew them say nothing), the most overdue one first.
 */
function supervisorToSee(
  weeks: readonly InsightWeek[],
  contacts: readonly InsightsPerson[],
  network: NetworkSettings,
  timeZone: string,
  now: Date,
): InsightsPerson | null {
  const recent = weeks.slice(-SUPERVISION_WEEKS);
  if (recent.length < SUPERVISION_WEEKS) return null;
  if (recent.some((week) => week.byKind.supervision > 0)) return null;
  const since = subWeeks(now, SUPERVISION_WEEKS, { in: tz(timeZone) }).getTime();
  const supervisors = contacts.filter(
    (contact) =>
      !contact.archived && contact.roles.includes('supervisor') && contact.createdAt <= since,
  );
  if (supervisors.length === 0) return null;
  const late = overdue(supervisors, network, timeZone, now);
  return late[0]?.contact ?? supervisors[0] ?? null;
}

/**
 * The person to reach out to: the most overdue supportive person (not snoozed, not a group,
 * see `overdue`), or else the supportive person not heard from for longest.
 */
function personToReach(
  contacts: readonly InsightsPerson[],
  network: NetworkSettings,
  timeZone: string,
  now: Date,
): InsightsPerson | null {
  const people = contacts.filter(isSupportivePerson);
  const late = overdue(people, network, timeZone, now).find((person) => !person.snoozed);
  if (late) return late.contact;
  const since = (contact: InsightsPerson) => contact.lastContactAt ?? contact.createdAt;
  return (
    [...people].sort((a, b) => since(a) - since(b) || a.name.localeCompare(b.name, 'en'))[0] ?? null
  );
}

/**
 * Whether several weeks point the wrong way together: at least two of the three `trends`
 * hold over the last complete weeks. Then one step is suggested, the first that fits:
 * 1. external support, when energy or feeling connected has stayed at 2 or below;
 * 2. supervision, with the most overdue supervisor, when none was logged for
 *    `SUPERVISION_WEEKS` weeks;
 * 3. reaching out to the most overdue supportive person, by name;
 * 4. external support, when there is nobody to name.
 * Null when fewer than two trends hold: one alone is a hard week, not a pattern.
 */
export function signal(
  weeks: readonly InsightWeek[],
  contacts: readonly InsightsPerson[],
  network: NetworkSettings,
  timeZone: string,
  now: Date,
): Signal | null {
  const found = trends(weeks);
  if (found.trends.length < 2) return null;
  const message = MESSAGE[found.trends.join(',')];
  if (!message) return null;
  const step = (): SignalStep => {
    if (found.persistentlyLow) return { kind: 'external-support' };
    const supervisor = supervisorToSee(weeks, contacts, network, timeZone, now);
    if (supervisor) return { kind: 'supervision', contactId: supervisor.id };
    const person = personToReach(contacts, network, timeZone, now);
    return person ? { kind: 'reach-out', contactId: person.id } : { kind: 'external-support' };
  };
  return { message, trends: found.trends, step: step() };
}
