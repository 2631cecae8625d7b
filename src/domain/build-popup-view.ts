import { workIntervals } from './activity';
import { addCalendarDays } from './calendar-date';
import { nextOccurrence } from './checkins/recurrence';
import { meetingLink } from './checkins/venue';
import { effectiveWorkdaysAround } from './effective-workday';
import { intersect } from './intervals';
import { firstOverdueUnsnoozed } from './network/overdue';
import { firstSnoozeEndAfter } from './network/people-index';
import { clockIntervals } from './on-the-clock';
import { POPUP_VIEW_FORMAT, type NextNudge, type OverdueView, type PopupView } from './popup-view';
import { nextWorkdayAfter } from './effective-workday';
import { today } from './today';
import type { Nudge } from './nudge';
import type { Plan } from './plan';
import type { PlannerState } from './planner-state';
import type { CheckInMode } from './types';
import { localDate, localMidnight } from './workday';

const REACH_OUT_COUNT = 3;

function overdueView(state: PlannerState, now: Date): OverdueView[] {
  const { network, schedule } = state.settings;
  return firstOverdueUnsnoozed(
    state.contacts,
    network,
    schedule.timeZone,
    now,
    REACH_OUT_COUNT,
  ).map(({ contact, daysSince }) => ({
    id: contact.id,
    name: contact.name,
    isGroup: contact.isGroup,
    reach: contact.reach,
    daysSince,
    snoozedUntil: contact.snoozedUntil,
  }));
}

function soonestCheckIn(state: PlannerState, at: number) {
  let soonest: {
    title: string;
    mode: CheckInMode;
    link: string;
    start: number;
    end: number;
  } | null = null;
  for (const checkIn of state.checkIns) {
    const occurrence = nextOccurrence(checkIn, at);
    if (occurrence && (!soonest || occurrence.start < soonest.start)) {
      soonest = { ...checkIn, start: occurrence.start, end: occurrence.end };
    }
  }
  return soonest;
}

function slim(nudge: Nudge | null): NextNudge | null {
  if (!nudge) return null;
  const { key, dueAt } = nudge;
  switch (nudge.kind) {
    case 'wrap-up':
      return { key, kind: nudge.kind, dueAt, minutesLeft: nudge.minutesLeft };
    case 'break':
      return { key, kind: nudge.kind, dueAt, breakKind: nudge.breakKind };
    case 'hours-limit':
      return { key, kind: nudge.kind, dueAt, limit: nudge.limit };
    default:
      return { key, kind: nudge.kind, dueAt };
  }
}

// Whom or what a nudge is about, by name: a person's, a check-in's title.
function aboutOf(state: PlannerState, nudge: Nudge | null): string | null {
  if (nudge?.kind === 'reconnect') {
    return state.contacts.find((contact) => contact.id === nudge.contactId)?.name || null;
  }
  if (
    nudge?.kind === 'check-in-reminder' ||
    nudge?.kind === 'check-in-prep' ||
    nudge?.kind === 'check-in-log'
  ) {
    return state.checkIns.find((one) => one.id === nudge.occurrence.checkInId)?.title || null;
  }
  return null;
}

/** The popup's view of `state` at `now`, given the plan the wake made from the same state. */
export function buildPopupView(state: PlannerState, now: Date, planned: Plan): PopupView {
  const at = now.getTime();
  const { schedule, work } = state.settings;
  const zone = schedule.timeZone;
  const summary = today(state, now, planned);
  const date = localDate(zone, at);
  const coming = soonestCheckIn(state, at);
  const next = summary.next;
  const nextWorkdayStart = nextWorkdayAfter(schedule, now, state.exceptions)?.startsAt ?? null;

  // Where the day's count could change with no new data: the shifts' and the clock's edges,
  // the end of a break under way, tomorrow, the next nudge, the check-in ending, a snooze.
  const workdays = effectiveWorkdaysAround(state.settings, state.exceptions, now);
  const options = { autoStart: work.autoStart };
  const clock = clockIntervals(state.activity, workdays, at, options);
  const working = workIntervals(state.activity, workdays, at, options);
  const edges = [
    planned.nextAt?.getTime(),
    localMidnight(zone, addCalendarDays(date, 1)),
    ...workdays.flatMap((workday) => [workday.startsAt, workday.endsAt]),
    ...[...clock, ...working].flatMap(({ start, end }) => [start, end]),
    coming?.end,
    // The first snooze to end, from the people's sorted snoozes (people-index.ts).
    firstSnoozeEndAfter(state.contacts, at),
  ];
  const validUntil = Math.min(
    ...edges.filter(
      (instant): instant is number =>
        typeof instant === 'number' && Number.isFinite(instant) && instant > at,
    ),
  );

  const workday = summary.workday;
  const scheduledMs = workday && workday.date === date ? workday.endsAt - workday.startsAt : null;
  return {
    format: POPUP_VIEW_FORMAT,
    computedAt: at,
    validUntil,
    timeZone: zone,
    date,
    status: summary.status,
    workedMs: summary.workedMs,
    workAhead: intersect(working, [{ start: at, end: validUntil }]),
    onClock: summary.onClock,
    clockedInAt: summary.clockedInAt,
    workday: workday && { startsAt: workday.startsAt, endsAt: workday.endsAt },
    scheduledMs,
    nextWorkday: summary.nextWorkday && {
      date: summary.nextWorkday.date,
      startsAt: summary.nextWorkday.startsAt,
    },
    nextWorkdayStart,
    nextBreakAt: summary.nextBreak?.dueAt ?? null,
    next: slim(next),
    nextAbout: aboutOf(state, next),
    nextCheckIn: coming && {
      title: coming.title,
      start: coming.start,
      mode: coming.mode,
      // Only a link that passes the same check as the form's is offered to open, and only
      // for a check-in met online.
      link: meetingLink(coming),
    },
    overdue: overdueView(state, now),
    firstRun: state.contacts.length === 0,
    exception: state.exceptions.find((exception) => exception.date === date) ?? null,
    pausedUntil: state.pausedUntil !== null && state.pausedUntil > at ? state.pausedUntil : null,
    templates: state.settings.templates,
  };
}
