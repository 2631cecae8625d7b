import { addMinutes, subMinutes } from 'date-fns';
import { addCalendarDays } from '../calendar-date';
import { knowsZone, nextOccurrence, occurrences } from '../checkins/recurrence';
import { intoShift, workingShiftAt } from '../day-windows';
import { effectiveWorkdayOn, effectiveWorkdaysAround } from '../effective-workday';
import { stateAt } from '../idle-state';
import type { CheckInNudge, CheckInNudgeKind } from '../nudge';
import { nudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import type { Occurrence } from '../checkins/occurrence';
import type { CheckIn, CheckInSettings } from '../types';
import { sameTimeDaysAway, zonedInstant } from '../wall-clock';
import { localDate, localMidnight, type Workday } from '../workday';
import type { RuleNudges } from './rule';
import { MINUTE_MS } from '../time-units';

/** A nudge about one occurrence and the instant it stops being worth showing. */
interface Candidate {
  nudge: CheckInNudge;
  until: number;
}

/**
 * What every check-in in one zone shares, worked out once per zone: a plan looks at dozens
 * of check-ins in a few zones, and each of these costs time-zone lookups.
 */
interface ZoneDays {
  /** A day before now, in the zone. */
  from: number;
  /** The end of the day after tomorrow, in the zone. */
  horizon: number;
  /** The start of each local date asked for, by date. */
  midnights: Map<string, number>;
}

// Null for a zone the browser does not know: it has no occurrences (and no local dates).
function zoneDays(byZone: Map<string, ZoneDays | null>, zone: string, now: Date): ZoneDays | null {
  let days = byZone.get(zone);
  if (days === undefined) {
    days = !knowsZone(zone, now.getTime())
      ? null
      : {
          from: sameTimeDaysAway(zone, now.getTime(), -1),
          horizon: localMidnight(zone, addCalendarDays(localDate(zone, now.getTime()), 3)),
          midnights: new Map(),
        };
    byZone.set(zone, days);
  }
  return days;
}

function midnightOf(days: ZoneDays, zone: string, date: string): number {
  let midnight = days.midnights.get(date);
  if (midnight === undefined) {
    midnight = localMidnight(zone, date);
    days.midnights.set(date, midnight);
  }
  return midnight;
}

function nudgeOf(kind: CheckInNudgeKind, occurrence: Occurrence, dueAt: number): CheckInNudge {
  return {
    key: nudgeKey({ kind, checkInId: occurrence.checkInId, date: occurrence.date }),
    kind,
    occurrence,
    dueAt,
  };
}

function reminder(checkIn: CheckIn, occurrence: Occurrence): Candidate | null {
  const lead = checkIn.reminderMinutesBefore;
  if (lead === null || !(lead >= 0)) return null;
  const dueAt = subMinutes(occurrence.start, lead).getTime();
  // A reminder set for the very start gets that minute: an alarm may fire a moment late.
  const until = Math.max(occurrence.start, dueAt + MINUTE_MS);
  return { nudge: nudgeOf('check-in-reminder', occurrence, dueAt), until };
}

/** The shift starting on a local date in the schedule's zone, worked out once per date. */
type ShiftOn = (date: string) => Workday | null;

// How far back the last workday before a supervision is looked for: a week covers any
// weekly schedule.
const PREP_LOOKBACK_DAYS = 7;

// Supervision only: the other kinds need no preparation. It comes on the last workday before
// the supervision (not on call), at the preparation time moved into that shift, and for the
// rest of that shift: on Friday for a Monday supervision, never on a day off to an empty
// desk. A moved occurrence is prepared for where it went.
function prep(
  state: PlannerState,
  checkIn: CheckIn,
  occurrence: Occurrence,
  shiftOn: ShiftOn,
): Candidate | null {
  if (checkIn.kind !== 'supervision') return null;
  const zone = state.settings.schedule.timeZone;
  const day = localDate(zone, occurrence.start);
  for (let back = 1; back <= PREP_LOOKBACK_DAYS; back += 1) {
    const date = addCalendarDays(day, -back);
    const shift = shiftOn(date);
    if (!shift || shift.onCall || shift.startsAt >= occurrence.start) continue;
    const wanted = zonedInstant(zone, date, state.settings.checkIns.prepTime);
    const dueAt = intoShift(shift, wanted);
    if (!(dueAt < occurrence.start)) return null;
    // That workday only: missed, it is let go rather than brought up on the day itself.
    const until = Math.min(shift.endsAt, occurrence.start);
    return { nudge: nudgeOf('check-in-prep', occurrence, dueAt), until };
  }
  return null;
}

// Asked for the rest of the day it comes on: by tomorrow the details are gone, and a prompt
// about yesterday's meeting is more nagging than help.
function logPrompt(
  checkIn: CheckIn,
  occurrence: Occurrence,
  rules: CheckInSettings,
  days: ZoneDays,
): Candidate | null {
  const dueAt = addMinutes(occurrence.end, Math.max(0, rules.logPromptAfterMinutes)).getTime();
  if (!Number.isFinite(dueAt)) return null;
  const day = localDate(checkIn.timeZone, dueAt);
  const until = midnightOf(days, checkIn.timeZone, addCalendarDays(day, 1));
  return { nudge: nudgeOf('check-in-log', occurrence, dueAt), until };
}

/**
 * The occurrences worth looking at: from a day ago (older ones are not brought up) to the end
 * of the day after tomorrow in the check-in's zone (far enough for tomorrow's preparation),
 * or as far as the reminder reaches; then the first one after that, so that the next
 * reminder or preparation is always expected and the background wakes for it.
 */
function occurrencesAround(checkIn: CheckIn, now: Date, days: ZoneDays): Occurrence[] {
  const lead = addMinutes(now, Math.max(0, checkIn.reminderMinutesBefore ?? 0)).getTime();
  const to = new Date(Math.max(days.horizon, lead));
  const near = occurrences(checkIn, days.from, to);
  const after = nextOccurrence(checkIn, to);
  const seen = after && near.some((occurrence) => occurrence.date === after.date);
  return after && !seen ? [...near, after] : near;
}

/**
 * Reminders before each check-in (for those that have one), a preparation prompt on the last
 * workday before each supervision, and a prompt to log how it went once it is over, for the
 * rest of that day. A reminder or a log prompt is due until its moment passes, whether or
 * not the user is active right now: it still matters to someone who just came back. The
 * preparation is for someone at their desk, in working hours, until the supervision starts.
 * Paused check-ins and skipped occurrences bring nothing; moved ones come at their new time.
 */
export function checkInNudges(state: PlannerState, now: Date): RuleNudges {
  const rules = state.settings.checkIns;
  const at = now.getTime();
  const shown = new Set(state.nudgeLog.map((entry) => entry.key));
  const result: RuleNudges = { due: [], upcoming: [] };
  const byZone = new Map<string, ZoneDays | null>();
  const shifts = new Map<string, Workday | null>();
  const shiftOn: ShiftOn = (date) => {
    let shift = shifts.get(date);
    if (shift === undefined) {
      shift = effectiveWorkdayOn(state.settings, state.exceptions, date);
      shifts.set(date, shift);
    }
    return shift;
  };
  let atDesk: boolean | undefined;
  const atDeskNow = () =>
    (atDesk ??=
      stateAt(state.activity, at) === 'active' &&
      workingShiftAt(effectiveWorkdaysAround(state.settings, state.exceptions, now), at) !== null);
  for (const checkIn of state.checkIns) {
    if (checkIn.paused) continue;
    const days = zoneDays(byZone, checkIn.timeZone, now);
    if (!days) continue;
    for (const occurrence of occurrencesAround(checkIn, now, days)) {
      const candidates = [
        reminder(checkIn, occurrence),
        prep(state, checkIn, occurrence, shiftOn),
        logPrompt(checkIn, occurrence, rules, days),
      ];
      for (const candidate of candidates) {
        if (!candidate || shown.has(candidate.nudge.key)) continue;
        if (at < candidate.nudge.dueAt) result.upcoming.push(candidate.nudge);
        else if (at < candidate.until) {
          if (candidate.nudge.kind !== 'check-in-prep' || atDeskNow()) {
            result.due.push(candidate.nudge);
          }
        }
      }
    }
  }
  return result;
}
