import { addMinutes, differenceInMinutes, subMinutes } from 'date-fns';
import { clockedOutDuring, workIntervals } from '../activity';
import { afterHoursEnd } from '../day-windows';
import { daySummary } from '../day-summary';
import { effectiveWorkdayOn, effectiveWorkdaysAround } from '../effective-workday';
import { stateAt } from '../idle-state';
import { totalWithin, type Interval } from '../intervals';
import { clockedInFor } from '../on-the-clock';
import type { BoundaryNudge, WrapUpNudge } from '../nudge';
import type { RuleNudges } from './rule';
import { keyPrefix, nudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import type { BoundarySettings } from '../types';
import type { Workday } from '../workday';
import { MINUTE_MS } from '../time-units';

interface Context {
  state: PlannerState;
  at: number;
  shown: Set<string>;
  active: boolean;
  /** Work time up to now (and on, while the user stays), for "was this shift worked?". */
  work: Interval[];
}

function wrapUp(context: Context, workday: Workday, rules: BoundarySettings): RuleNudges {
  const { state, at, shown } = context;
  // The keys name the shift's end as well as its date: a late shift set after the wrap-up or
  // a reminder was shown is a new end, and gets its own wrap-up and reminders.
  const key = nudgeKey({ kind: 'wrap-up', date: workday.date, endsAt: workday.endsAt });
  // A shift shorter than the lead time gets its wrap-up when it starts, not before it.
  const dueAt = Math.max(
    workday.startsAt,
    subMinutes(workday.endsAt, rules.wrapUpMinutesBefore).getTime(),
  );
  if (shown.has(key) || at >= workday.endsAt) return { due: [], upcoming: [] };
  // Once the user has clocked out, only a clock-in (new data, a new plan) brings it back.
  if (clockedOutDuring(state.activity, workday.startsAt, at)) return { due: [], upcoming: [] };
  const nudge: WrapUpNudge = {
    key,
    kind: 'wrap-up',
    dueAt,
    workdayEndsAt: workday.endsAt,
    // Seen ahead of time (the popup's "next nudge"), it speaks of the moment it will come.
    minutesLeft: Math.ceil((workday.endsAt - Math.max(at, dueAt)) / MINUTE_MS),
  };
  if (at < dueAt) return { due: [], upcoming: [nudge] };
  if (!context.active) return { due: [], upcoming: [] };
  // Counted only when it is shown: ahead of time it would tell a day that has not happened.
  return { due: [{ ...nudge, summary: daySummary(state, new Date(at)) }], upcoming: [] };
}

// Whether a shift was in force when it ended: the schedule read it so then too. An edit
// that left the shift as it was (another day's hours) keeps its reminders.
function inForce(state: PlannerState, workday: Workday): boolean {
  const change = state.scheduleChange;
  if (!change || workday.endsAt > change.at) return true;
  const before = effectiveWorkdayOn({ schedule: change.before }, state.exceptions, workday.date);
  return (
    before !== null && before.endsAt === workday.endsAt && before.startsAt === workday.startsAt
  );
}

function boundaryNudge(workday: Workday, rules: BoundarySettings, slot: number): BoundaryNudge {
  return {
    key: nudgeKey({ kind: 'boundary', date: workday.date, endsAt: workday.endsAt, slot }),
    kind: 'boundary',
    // Real minutes, so "every 30 minutes" stays 30 minutes across a daylight-saving change.
    dueAt: addMinutes(workday.endsAt, slot * rules.boundaryRepeatMinutes).getTime(),
    workdayEndsAt: workday.endsAt,
  };
}

function boundaryReminders(
  context: Context,
  workday: Workday,
  rules: BoundarySettings,
): RuleNudges {
  const { state, at, shown } = context;
  // Past this, reminding someone that yesterday's shift is over stops making sense.
  const windowEnd = afterHoursEnd(state.settings, state.exceptions, workday);
  if (at >= windowEnd) return { due: [], upcoming: [] };
  if (clockedOutDuring(state.activity, workday.startsAt, at)) return { due: [], upcoming: [] };
  // A reminder is about a shift that was in force and was worked: a schedule edited after
  // a shift was over (a rota switched to nights on Sunday) never brings one for it, nor
  // does a shift nobody worked (a sick day, a day at a conference).
  if (!inForce(state, workday)) return { due: [], upcoming: [] };
  if (totalWithin(context.work, workday.startsAt, workday.endsAt) <= 0) {
    return { due: [], upcoming: [] };
  }
  // The cap counts the reminders about this end of the day.
  const prefix = keyPrefix('boundary', workday.date, workday.endsAt);
  const shownToday = [...shown].filter((key) => key.startsWith(prefix)).length;
  if (shownToday >= rules.boundaryMaxPerDay) return { due: [], upcoming: [] };

  // Only the latest slot counts: reminders missed while the user was away are not shown late.
  const slot =
    at >= workday.endsAt
      ? Math.floor(differenceInMinutes(at, workday.endsAt) / rules.boundaryRepeatMinutes)
      : -1;
  const current = slot >= 0 ? boundaryNudge(workday, rules, slot) : null;
  const due = current && context.active && !shown.has(current.key) ? [current] : [];
  const next = boundaryNudge(workday, rules, slot + 1);
  // The reminder shown now counts towards the cap, so no wake is planned for one that
  // the cap would then refuse.
  const fits = shownToday + due.length < rules.boundaryMaxPerDay && next.dueAt < windowEnd;
  return { due, upcoming: fits ? [next] : [] };
}

/**
 * The wrap-up (with the day so far) before each workday ends and the boundary reminders while
 * the user stays on after it, up to where its after-hours window closes: none on an on-call
 * day, none once an on-call day begins, and none for a shift nobody worked. Without
 * auto-start, the wrap-up is for a workday the user clocked in to.
 */
export function endOfDayNudges(state: PlannerState, now: Date): RuleNudges {
  const rules = state.settings.boundary;
  const zone = state.settings.schedule.timeZone;
  const at = now.getTime();
  const workdays = effectiveWorkdaysAround(state.settings, state.exceptions, now);
  const autoStart = state.settings.work.autoStart;
  const context: Context = {
    state,
    at,
    shown: new Set(state.nudgeLog.map((entry) => entry.key)),
    active: stateAt(state.activity, at) === 'active',
    work: workIntervals(state.activity, workdays, at, { autoStart }),
  };
  const result: RuleNudges = { due: [], upcoming: [] };
  for (const workday of workdays) {
    // On call, staying on is the job: the day ends without a wrap-up or reminders.
    if (workday.onCall) continue;
    // Without auto-start a workday the user never clocked in to has no end to mark.
    const started = autoStart || clockedInFor(state.activity, workdays, workday, zone, at);
    const parts = [
      rules.wrapUpEnabled && started ? wrapUp(context, workday, rules) : null,
      rules.boundaryEnabled ? boundaryReminders(context, workday, rules) : null,
    ];
    for (const part of parts) {
      if (!part) continue;
      result.due.push(...part.due);
      result.upcoming.push(...part.upcoming);
    }
  }
  return result;
}
