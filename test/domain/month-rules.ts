import { busyIntervals } from '../../src/domain/busy';
import { addCalendarDays, mondayOf } from '../../src/domain/calendar-date';
import { afterHoursEnd, intoShift } from '../../src/domain/day-windows';
import { effectiveWorkdayOn, effectiveWorkdaysAround } from '../../src/domain/effective-workday';
import { stateAt } from '../../src/domain/idle-state';
import { containing } from '../../src/domain/intervals';
import { clockInStretches } from '../../src/domain/on-the-clock';
import { reflectionShift } from '../../src/domain/rules/reflection';
import type { NudgeKind, Settings } from '../../src/domain/types';
import { zonedInstant } from '../../src/domain/wall-clock';
import { weekHours } from '../../src/domain/week-hours';
import { localDate, localHour, type Workday } from '../../src/domain/workday';
import type { Scenario, ShownNudge, Simulation } from './simulate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What a check-in set for its own time brings: it may come any time, during check-ins too. */
const CHECK_IN_OWN: ReadonlySet<NudgeKind> = new Set(['check-in-reminder', 'check-in-log']);
/** What comes only in working hours: the things a user acts on at their desk. */
const DESK_ONLY: ReadonlySet<NudgeKind> = new Set([
  'reconnect',
  'gathering-idea',
  'check-in-prep',
  'reflection',
]);

/** Everything the rules need to judge a month: the scenario as lived and as the background saw it. */
export class Month {
  constructor(
    readonly scenario: Scenario,
    readonly sim: Simulation,
  ) {}

  /** The settings in force at `at`: the scenario's, as changed up to then. */
  settingsAt(at: number): Settings {
    const changes = this.sim.scheduleChanges.filter((change) => change.at <= at);
    return changes[changes.length - 1]?.settings ?? this.scenario.settings;
  }

  get exceptions() {
    return this.scenario.exceptions ?? [];
  }

  /** The shifts around `at`, as the schedule in force then reads them. */
  workdaysAt(at: number): Workday[] {
    return effectiveWorkdaysAround(this.settingsAt(at), this.exceptions, new Date(at));
  }

  /** The user was at the computer with the browser running. */
  present(at: number): boolean {
    const offline = (this.scenario.offline ?? []).some(({ start, end }) => start <= at && at < end);
    return !offline && stateAt(this.scenario.activity, at) === 'active';
  }

  userZoneAt(at: number): string {
    const moves = (this.scenario.userZones ?? []).filter((move) => move.at <= at);
    return moves[moves.length - 1]?.zone ?? this.settingsAt(at).schedule.timeZone;
  }

  inCheckIn(at: number): boolean {
    const busy = [
      ...busyIntervals(this.scenario.checkIns ?? [], new Date(at)),
      ...(this.scenario.busy ?? []),
    ];
    return busy.some(({ start, end }) => start <= at && at < end);
  }

  /** In working hours: a shift, not on call, under the schedule in force. */
  inWorkingHours(at: number): boolean {
    return this.workdaysAt(at).some((day) => !day.onCall && day.startsAt <= at && at < day.endsAt);
  }

  /** In a shift's after-hours window (not on call). */
  inAfterHours(at: number): boolean {
    const settings = this.settingsAt(at);
    return this.workdaysAt(at).some(
      (day) =>
        !day.onCall && day.endsAt <= at && at < afterHoursEnd(settings, this.exceptions, day),
    );
  }

  /** In a stretch the user clocked in for, as the background recorded it. */
  clockedIn(at: number): boolean {
    const stretches = clockInStretches(this.sim.recorded, this.workdaysAt(at), at);
    return containing(stretches, at) !== null;
  }

  /** A preparation prompt shown on the last workday (not on call) before its supervision. */
  onLastWorkdayBefore(nudge: ShownNudge): boolean {
    if (nudge.kind !== 'check-in-prep') return true;
    const settings = this.settingsAt(nudge.shownAt);
    const zone = settings.schedule.timeZone;
    let date = addCalendarDays(localDate(zone, nudge.occurrence.start), -1);
    for (let back = 0; back < 7; back += 1, date = addCalendarDays(date, -1)) {
      const shift = effectiveWorkdayOn(settings, this.exceptions, date);
      if (shift && !shift.onCall && shift.startsAt < nudge.occurrence.start) {
        return shift.startsAt <= nudge.shownAt && nudge.shownAt < shift.endsAt;
      }
    }
    return false;
  }

  /** "My day": working hours, their after-hours window, or a stretch I clocked in for. */
  inTheDay(at: number): boolean {
    return this.inWorkingHours(at) || this.inAfterHours(at) || this.clockedIn(at);
  }
}

/** Every way the shown nudges break the rules the issue states, one line each. */
export function violations(month: Month): string[] {
  const found: string[] = [];
  const { shown, wakes } = month.sim;
  const say = (nudge: ShownNudge, rule: string) =>
    found.push(`${new Date(nudge.shownAt).toISOString()} ${nudge.key}: ${rule}`);
  const notified = shown.filter((nudge) => !nudge.listed);
  for (const nudge of shown) {
    const at = nudge.shownAt;
    const own = CHECK_IN_OWN.has(nudge.kind);
    if (!nudge.listed && !own && !month.present(at)) say(nudge, 'notified an empty desk');
    if (!nudge.listed && !month.present(at) && localHour(month.userZoneAt(at), at) < 6) {
      say(nudge, 'notified at night');
    }
    // The time-zone question is the one exception: it is asked when the user is first at the
    // computer after the move (a Sunday evening's arrival), so that Monday starts right.
    if (!own && nudge.kind !== 'time-zone' && !month.inTheDay(at)) say(nudge, 'outside the day');
    if (nudge.kind === 'check-in-prep' && !month.onLastWorkdayBefore(nudge)) {
      say(nudge, 'preparation not on the last workday before the supervision');
    }
    if (DESK_ONLY.has(nudge.kind) && !month.inWorkingHours(at)) {
      say(nudge, 'outside working hours');
    }
    if (!own && month.inCheckIn(at)) say(nudge, 'during a check-in');
    if (nudge.kind === 'break' && month.inAfterHours(at) && !month.inWorkingHours(at)) {
      say(nudge, 'a break after the scheduled end');
    }
    if (nudge.kind === 'boundary') found.push(...boundaryProblems(month, nudge));
  }
  const keys = shown.map((nudge) => nudge.key);
  if (new Set(keys).size !== keys.length) found.push('a nudge shown twice');
  found.push(...capProblems(month), ...breakSpacing(notified), ...reflectionProblems(month));
  for (const wake of wakes) {
    if (wake.notified > 2)
      found.push(`${new Date(wake.at).toISOString()}: ${wake.notified} at once`);
  }
  const emptyAway = emptyAwayWakesPerDay(month);
  for (const [date, count] of emptyAway) {
    if (count > 1) found.push(`${date}: ${count} empty wakes while the user was away`);
  }
  found.push(...hoursProblems(month));
  return found;
}

// 'boundary:<date>:<end ms>:<slot>'
function boundaryProblems(month: Month, nudge: ShownNudge): string[] {
  const [, date = '', end = ''] = nudge.key.split(':');
  const endsAt = Number(end);
  const inForce = effectiveWorkdayOn(month.settingsAt(endsAt), month.exceptions, date);
  const problems: string[] = [];
  if (!inForce || inForce.endsAt !== endsAt) problems.push('a shift that was never in force');
  else {
    let worked = false;
    for (let at = inForce.startsAt; at < inForce.endsAt && !worked; at += 5 * MINUTE) {
      worked = month.present(at);
    }
    if (!worked) problems.push('a shift nobody worked');
  }
  return problems.map((rule) => `${new Date(nudge.shownAt).toISOString()} ${nudge.key}: ${rule}`);
}

function capProblems(month: Month): string[] {
  const byShift = new Map<string, number>();
  for (const nudge of month.sim.shown.filter((one) => one.kind === 'boundary')) {
    const shift = nudge.key.split(':').slice(0, 3).join(':');
    byShift.set(shift, (byShift.get(shift) ?? 0) + 1);
  }
  const cap = month.scenario.settings.boundary.boundaryMaxPerDay;
  return [...byShift]
    .filter(([, count]) => count > cap)
    .map(([shift, count]) => `${shift}: ${count} boundary reminders`);
}

// A long break less than 30 minutes after a short one is one break too many.
function breakSpacing(notified: ShownNudge[]): string[] {
  const breaks = notified.filter((nudge) => nudge.kind === 'break');
  const problems: string[] = [];
  breaks.forEach((nudge, index) => {
    const before = breaks[index - 1];
    if (
      nudge.breakKind === 'long' &&
      before?.breakKind === 'short' &&
      nudge.shownAt - before.shownAt < 30 * MINUTE
    ) {
      problems.push(
        `${new Date(nudge.shownAt).toISOString()}: a long break right after a short one`,
      );
    }
  });
  return problems;
}

// Every whole week in which the user was at their desk after the reflection's moment has
// its reflection. A week whose schedule changed while it ran (a rota switched on its
// Sunday) is left out: its reflection day moved under it.
function reflectionProblems(month: Month): string[] {
  const { scenario, sim } = month;
  if (!scenario.settings.reflection.enabled) return [];
  const zone = scenario.settings.schedule.timeZone;
  const problems: string[] = [];
  let monday = addCalendarDays(mondayOf(localDate(zone, scenario.from)), 7);
  while (zonedInstant(zone, addCalendarDays(monday, 7), '00:00') <= scenario.until) {
    const settings = month.settingsAt(zonedInstant(zone, addCalendarDays(monday, 3), '12:00'));
    const weekFrom = zonedInstant(zone, monday, '00:00');
    const weekTo = zonedInstant(zone, addCalendarDays(monday, 7), '00:00');
    const changed = sim.scheduleChanges.some((one) => one.at >= weekFrom && one.at < weekTo);
    const shift = reflectionShift(settings, month.exceptions, monday);
    if (shift && !changed && !(scenario.reflectedWeekStarts ?? []).includes(monday)) {
      const time = settings.reflection.time;
      const due = intoShift(shift, zonedInstant(settings.schedule.timeZone, shift.date, time));
      let there = false;
      for (let at = due; at < shift.endsAt && !there; at += 5 * MINUTE) {
        there = month.present(at) && !month.inCheckIn(at);
      }
      const asked = sim.shown.some((nudge) => nudge.key === `reflection:${monday}`);
      if (there && !asked) problems.push(`week of ${monday}: no reflection`);
    }
    monday = addCalendarDays(monday, 7);
  }
  return problems;
}

/** Planned wakes that showed nothing while the user was away, per local date. */
export function emptyAwayWakesPerDay(month: Month): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const wake of month.sim.wakes) {
    if (wake.cause !== 'alarm' || wake.present || wake.notified + wake.listed > 0) continue;
    const date = localDate(month.userZoneAt(wake.at), wake.at);
    perDay.set(date, (perDay.get(date) ?? 0) + 1);
  }
  return perDay;
}

/** Each day's hours as Tend counted them and as they were, in ms, by local date. */
export function dailyHours(month: Month): { date: string; counted: number; truth: number }[] {
  const { scenario, sim } = month;
  const settings = sim.settings;
  const zone = settings.schedule.timeZone;
  const end = new Date(scenario.until);
  const rows: { date: string; counted: number; truth: number }[] = [];
  let monday = mondayOf(localDate(zone, scenario.from));
  while (monday <= localDate(zone, scenario.until)) {
    const counted = weekHours(settings, month.exceptions, sim.recorded, monday, end).days;
    const truth = weekHours(settings, month.exceptions, sim.truth, monday, end).days;
    counted.forEach((day, index) => {
      const real = truth[index];
      if (real && day.date >= localDate(zone, scenario.from)) {
        rows.push({ date: day.date, counted: day.workedMs, truth: real.workedMs });
      }
    });
    monday = addCalendarDays(monday, 7);
  }
  return rows;
}

// Within 10 minutes of the truth for each time the browser went unseen that day (a mark
// comes every 10 minutes, and a gap counts as away from the last one), and 10 minutes on a
// day without one.
function hoursProblems(month: Month): string[] {
  const zone = month.sim.settings.schedule.timeZone;
  const gapsOn = (date: string) =>
    (month.scenario.offline ?? []).filter((one) => localDate(zone, one.start) === date).length;
  // A browser still asleep when the month ends has not told of its gap yet: those days wait.
  const unresolved = (month.scenario.offline ?? [])
    .filter((one) => one.end > month.scenario.until)
    .map((one) => localDate(zone, one.start));
  return dailyHours(month)
    .filter((day) => !unresolved.some((date) => day.date >= date))
    .filter(
      (day) => Math.abs(day.counted - day.truth) > 10 * MINUTE * Math.max(1, gapsOn(day.date)),
    )
    .map(
      (day) =>
        `${day.date}: counted ${(day.counted / HOUR).toFixed(2)} h, worked ${(day.truth / HOUR).toFixed(2)} h`,
    );
}

/** The figures the issue asks for, per pattern. */
export interface MonthFigures {
  workdays: number;
  /** Nudges notified or listed, per workday, by kind. */
  perWorkday: Partial<Record<NudgeKind, number>>;
  /** The most notifications in any 60 minutes. */
  mostInAnHour: number;
  /** Wakes per workday: something shown (notified or listed), and nothing. */
  wakesShown: number;
  wakesEmpty: number;
  /** Planned wakes with nothing shown while the user was away: the most on one day. */
  emptyAwayMax: number;
  violations: string[];
}

export function figures(month: Month): MonthFigures {
  const { scenario, sim } = month;
  const zone = scenario.settings.schedule.timeZone;
  let workdays = 0;
  for (
    let date = localDate(zone, scenario.from);
    zonedInstant(zone, date, '00:00') < scenario.until;
    date = addCalendarDays(date, 1)
  ) {
    const noon = zonedInstant(zone, date, '12:00');
    const shift = effectiveWorkdayOn(month.settingsAt(noon), month.exceptions, date);
    if (shift && !shift.onCall) workdays += 1;
  }
  const days = Math.max(1, workdays);
  const perWorkday: Partial<Record<NudgeKind, number>> = {};
  for (const nudge of sim.shown) perWorkday[nudge.kind] = (perWorkday[nudge.kind] ?? 0) + 1;
  for (const kind of Object.keys(perWorkday) as NudgeKind[]) {
    perWorkday[kind] = round((perWorkday[kind] ?? 0) / days);
  }
  const times = sim.shown.filter((nudge) => !nudge.listed).map((nudge) => nudge.shownAt);
  const mostInAnHour = Math.max(
    0,
    ...times.map((start) => times.filter((at) => at >= start && at < start + HOUR).length),
  );
  const shownWakes = sim.wakes.filter((wake) => wake.notified + wake.listed > 0).length;
  return {
    workdays,
    perWorkday,
    mostInAnHour,
    wakesShown: round(shownWakes / days),
    wakesEmpty: round((sim.wakes.length - shownWakes) / days),
    emptyAwayMax: Math.max(0, ...emptyAwayWakesPerDay(month).values()),
    violations: violations(month),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
