import { addMinutes } from 'date-fns';
import { stateAt } from '../idle-state';
import { addCalendarDays, utcMidnight } from '../calendar-date';
import { overdue, type OverduePerson } from '../network/overdue';
import {
  firstAbove,
  mayRankFirst,
  peopleIndex,
  type Candidate,
  type PeopleIndex,
} from '../network/people-index';
import type { ReconnectNudge } from '../nudge';
import { nudgeKey, readNudgeKey } from '../nudge-key';
import type { PlannerPerson, PlannerState } from '../planner-state';
import { localDate } from '../workday';
import type { RuleNudges } from './rule';
import { DAY_MS } from '../time-units';
import { chanceFrom, firstChance, windowOn, type Context } from './reconnect-chance';

// When the user allows more than one a day, they come at least this far apart, not in a burst.
const SPACING_MINUTES = 60;

// The person a reconnect nudge in the log was about, or null for any other nudge.
function contactIdOf(key: string): string | null {
  const id = readNudgeKey(key);
  return id?.kind === 'reconnect' ? id.contactId : null;
}

/**
 * Everyone's first chance from local date `from`, not before `notBefore`, leaving out
 * `skip`. Most people in a large network are long due with nothing of their own to wait
 * for: their first chance is the same, `plain`, and none of them is asked. Asked one by one
 * are those with dates of their own: a nudge about them within the gap and a corrupt
 * instant at once; those falling due from `from` on and those whose snooze may still count
 * in the order their chances may come, as far as `reachOne` is asked to go.
 */
interface Query {
  from: string;
  fromMs: number;
  notBefore: number;
  skip: string | null;
  plain: number | null;
  asked: Map<Candidate, number | null>;
  /** How far into `byDue` the asking has gone. */
  reached: number;
  /** How far into `bySnooze` the asking has gone. */
  reachedSnooze: number;
}

// A snooze that ended two days before `from` began is before any window from it on.
const snoozeCounts = (query: Query, snoozedUntil: number | null) =>
  snoozedUntil !== null && snoozedUntil > query.fromMs - 2 * DAY_MS;

function ask(context: Context, query: Query, candidate: Candidate) {
  if (candidate.contact.id === query.skip || query.asked.has(candidate)) return;
  const { contact, cadence } = candidate;
  query.asked.set(candidate, firstChance(context, contact, cadence, query.from, query.notBefore));
}

function queryFrom(
  context: Context,
  index: PeopleIndex,
  from: string,
  notBefore: number,
  skip: string | null,
): Query {
  const fromMs = utcMidnight(from);
  const query: Query = {
    from,
    fromMs,
    notBefore,
    skip,
    plain: chanceFrom(context, from, -Infinity, notBefore),
    asked: new Map(),
    reached: firstAbove(index.dueBounds, fromMs),
    reachedSnooze: firstAbove(index.snoozes, fromMs - 2 * DAY_MS),
  };
  for (const candidate of [...index.odd, ...index.oddSnooze]) ask(context, query, candidate);
  for (const id of context.lastShown.keys()) {
    const candidate = index.byId.get(id);
    if (candidate) ask(context, query, candidate);
  }
  return query;
}

/**
 * Asks the next of those falling due from `from` on, or whose snooze counts, whichever's
 * first chance may come sooner, when it may come by `bound`: nobody's comes before four
 * days ahead of `dueBound` (people-index.ts), or before their snooze ends. Null when
 * nobody is left who may.
 */
function reachOne(
  context: Context,
  index: PeopleIndex,
  query: Query,
  bound: number,
): Candidate | null {
  const due = index.byDue[query.reached];
  const snoozed = index.bySnooze[query.reachedSnooze];
  const dueFrom = due ? due.dueBound - 4 * DAY_MS : Infinity;
  const snoozedFrom = snoozed ? (index.snoozes[query.reachedSnooze] ?? Infinity) : Infinity;
  const takeDue = due !== undefined && dueFrom <= snoozedFrom;
  const candidate = takeDue ? due : snoozed;
  if (!candidate || Math.min(dueFrom, snoozedFrom) > bound) return null;
  if (takeDue) query.reached += 1;
  else query.reachedSnooze += 1;
  ask(context, query, candidate);
  return candidate;
}

// Long due, nothing of their own: their first chance is `plain`.
function isPlain(query: Query, candidate: Candidate): boolean {
  return (
    candidate.dueBound <= query.fromMs &&
    !snoozeCounts(query, candidate.contact.snoozedUntil) &&
    !query.asked.has(candidate) &&
    candidate.contact.id !== query.skip
  );
}

function anyPlain(index: PeopleIndex, query: Query): boolean {
  for (const candidate of index.byDue) {
    if (candidate.dueBound > query.fromMs) return false;
    if (isPlain(query, candidate)) return true;
  }
  return false;
}

function reconnectNudge(
  context: Context,
  person: OverduePerson<PlannerPerson>,
  dueAt: number,
): ReconnectNudge {
  const date = localDate(context.timeZone, dueAt);
  return {
    key: nudgeKey({ kind: 'reconnect', contactId: person.contact.id, date }),
    kind: 'reconnect',
    contactId: person.contact.id,
    daysSince: person.daysSince,
    dueAt,
  };
}

// Of everyone whose first chance fits, the one overdue() ranks first at `at`: ranked among
// those who may come first only, without a local date for everyone.
function mostOverdueAt(
  context: Context,
  index: PeopleIndex,
  query: Query,
  at: number,
  fits: (chance: number | null) => boolean,
): ReconnectNudge | null {
  const contenders: Candidate[] = [];
  for (const [candidate, chance] of query.asked) if (fits(chance)) contenders.push(candidate);
  const today = utcMidnight(localDate(context.timeZone, at)) / DAY_MS;
  if (fits(query.plain)) {
    contenders.push(...mayRankFirst(index, today, 1, (candidate) => isPlain(query, candidate)));
  }
  const people = contenders.map(({ contact }) => contact);
  const { network } = context.state.settings;
  const person = overdue(people, network, context.timeZone, new Date(at))[0];
  if (!person) return null;
  const candidate = index.byId.get(person.contact.id);
  const chance = candidate && query.asked.has(candidate) ? query.asked.get(candidate) : query.plain;
  return reconnectNudge(context, person, chance ?? at);
}

// The next moment after `at` anyone's first chance comes, and who then.
function nextAfter(
  context: Context,
  index: PeopleIndex,
  query: Query,
  at: number,
): ReconnectNudge | null {
  let next =
    query.plain !== null && query.plain > at && anyPlain(index, query) ? query.plain : Infinity;
  const sooner = (chance: number | null) => {
    if (chance !== null && chance > at && chance < next) next = chance;
  };
  for (const chance of query.asked.values()) sooner(chance);
  // Those not asked yet fall due later: ask on while one of them may still come sooner.
  for (let one = reachOne(context, index, query, next); one;) {
    sooner(query.asked.get(one) ?? null);
    one = reachOne(context, index, query, next);
  }
  if (!Number.isFinite(next)) return null;
  return mostOverdueAt(context, index, query, next, (chance) => chance === next);
}

/**
 * A prompt to get back in touch with the person most overdue relative to their cadence: one
 * per wake, only while the user is active, inside the reconnect hours of a workday (see
 * `windowOn`), up to the daily cap, never about a snoozed person and not again about the same person until
 * `reconnectGapDays` local dates later. Upcoming: the next moment anyone may come.
 */
export function reconnectNudges(state: PlannerState, now: Date): RuleNudges {
  const { network, schedule } = state.settings;
  const index = peopleIndex(state.contacts, network);
  if (!(network.reconnectMaxPerDay >= 1) || index.count === 0) {
    return { due: [], upcoming: [] };
  }
  const at = now.getTime();
  const timeZone = schedule.timeZone;
  const today = localDate(timeZone, at);
  const shown = state.nudgeLog.filter(
    (entry) => entry.kind === 'reconnect' && Number.isFinite(entry.shownAt),
  );
  const lastShown = new Map<string, number>();
  for (const entry of shown) {
    const id = contactIdOf(entry.key);
    if (id !== null) lastShown.set(id, Math.max(entry.shownAt, lastShown.get(id) ?? -Infinity));
  }
  const context: Context = {
    state,
    timeZone,
    lastShown,
    windows: new Map(),
    dates: new Map(),
  };
  const shownToday = shown.filter((entry) => localDate(timeZone, entry.shownAt) === today);
  const lastToday = Math.max(-Infinity, ...shownToday.map((entry) => entry.shownAt));
  const spaced = (instant: number) =>
    Number.isFinite(instant) ? addMinutes(instant, SPACING_MINUTES).getTime() : -Infinity;
  const todayWindow = windowOn(context, today);
  const openToday = (count: number) =>
    todayWindow !== null && at < todayWindow.end && count < network.reconnectMaxPerDay;

  // Nudged while away, a prompt would only wait unseen and use up the day's cap.
  const active = stateAt(state.activity, at) === 'active';
  let dueNow: ReconnectNudge | null = null;
  if (openToday(shownToday.length) && active) {
    const query = queryFrom(context, index, today, spaced(lastToday), null);
    while (reachOne(context, index, query, at));
    dueNow = mostOverdueAt(context, index, query, at, (chance) => chance !== null && chance <= at);
  }

  const count = shownToday.length + (dueNow ? 1 : 0);
  const later = openToday(count);
  const query = queryFrom(
    context,
    index,
    later ? today : addCalendarDays(today, 1),
    later ? spaced(dueNow ? at : lastToday) : -Infinity,
    dueNow?.contactId ?? null,
  );
  const upcoming = nextAfter(context, index, query, at);
  return { due: dueNow ? [dueNow] : [], upcoming: upcoming ? [upcoming] : [] };
}
