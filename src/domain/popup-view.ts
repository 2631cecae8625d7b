import { totalWithin, type Interval } from './intervals';
import type { DayStatus } from './today';
import type { BreakNudge, HoursLimitNudge, Nudge, WrapUpNudge } from './nudge';
import type { CheckInMode, DayException, ReachWay, Templates } from './types';

/**
 * The shape of the stored view; a record of another shape (an older Tend's) is not shown,
 * and the popup asks the background for a fresh one.
 */
export const POPUP_VIEW_FORMAT = 1;

/** What the popup shows of someone to reach out to. */
export interface OverdueView {
  id: string;
  name: string;
  isGroup: boolean;
  reach: ReachWay[];
  daysSince: number | null;
  snoozedUntil: number | null;
}

/** The next nudge, with what the popup needs to say when and why. */
export type NextNudge =
  | Pick<WrapUpNudge, 'key' | 'kind' | 'dueAt' | 'minutesLeft'>
  | Pick<BreakNudge, 'key' | 'kind' | 'dueAt' | 'breakKind'>
  | Pick<HoursLimitNudge, 'key' | 'kind' | 'dueAt' | 'limit'>
  | Pick<Exclude<Nudge, WrapUpNudge | BreakNudge | HoursLimitNudge>, 'key' | 'kind' | 'dueAt'>;

/**
 * Everything the toolbar popup shows, ready to render: the background builds it on every wake
 * and stores it, so the popup paints real data with one read and none of the planner's code.
 * Every instant is absolute; what depends on the time (time worked, "ends" or "ended",
 * countdowns) the popup works out against its own clock, and only while `computedAt <= now <
 * validUntil`: past that, something it shows may have changed and it asks for a fresh view.
 */
export interface PopupView {
  format: typeof POPUP_VIEW_FORMAT;
  computedAt: number;
  /** The first instant at which, without new data, anything shown here can change. */
  validUntil: number;
  timeZone: string;
  /** Local date of `computedAt`: the day the exception and the pause choices are for. */
  date: string;
  status: DayStatus;
  /** Work time today up to `computedAt`. */
  workedMs: number;
  /**
   * The stretches from `computedAt` to `validUntil` in which work time keeps counting if
   * nothing new happens (on the clock, active, not on a break): the popup's clock ticks in them.
   */
  workAhead: Interval[];
  onClock: boolean;
  clockedInAt: number | null;
  /** The shift under way, or today's before or after it. */
  workday: { startsAt: number; endsAt: number } | null;
  /** How long today's shift is, against which time worked is shown. */
  scheduledMs: number | null;
  /** The next shift to start, when none is under way. */
  nextWorkday: { date: string; startsAt: number } | null;
  /** When the next workday starts (for "pause until my next workday"), a week ahead at most. */
  nextWorkdayStart: number | null;
  nextBreakAt: number | null;
  next: NextNudge | null;
  /** Whom or what the next nudge is about: a person's name, a check-in's title. */
  nextAbout: string | null;
  /** The soonest check-in not yet over. */
  nextCheckIn: { title: string; start: number; mode: CheckInMode; link: string | null } | null;
  /** Up to three people most overdue against their cadence, snoozed ones left out. */
  overdue: OverdueView[];
  /** No one in the network yet: the popup offers a start instead of empty cards. */
  firstRun: boolean;
  exception: DayException | null;
  pausedUntil: number | null;
  /** The user's own suggested messages; null means the catalogue's. */
  templates: Templates | null;
}

/** Whether a stored view still says what is true at `now` (see `PopupView`). */
export function isCurrent(view: PopupView | null, now: number): view is PopupView {
  return (
    view !== null &&
    view.format === POPUP_VIEW_FORMAT &&
    view.computedAt <= now &&
    now < view.validUntil
  );
}

/** Work time today at `now`, counted on from the view's figure while the view holds. */
export function workedAt(view: PopupView, now: number): number {
  return (
    view.workedMs + totalWithin(view.workAhead, view.computedAt, Math.min(now, view.validUntil))
  );
}
