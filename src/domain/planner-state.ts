import type {
  ActivityTransition,
  CheckIn,
  Contact,
  DayException,
  NudgeKind,
  NudgeLogEntry,
  Settings,
  WorkSchedule,
} from './types';

/**
 * What the planner, the popup's view and the notifications read of a person, and no more: a
 * wake may take the people from a packed copy of just these (src/db/planner-people.ts), so
 * the compiler holds every reader of `PlannerState.contacts` to them.
 */
export type PlannerPerson = Pick<
  Contact,
  | 'id'
  | 'name'
  | 'isGroup'
  | 'roles'
  | 'reach'
  | 'cadence'
  | 'archived'
  | 'snoozedUntil'
  | 'lastContactAt'
  | 'createdAt'
>;

/**
 * A change of the schedule: a shift that was over by `at` was in force as `before` read it,
 * not as the schedule reads it now.
 */
export interface ScheduleChange {
  at: number;
  before: WorkSchedule;
}

/** Everything the planner reads; the background loads it from the database on each wake. */
export interface PlannerState {
  settings: Settings;
  /**
   * Activity transitions from at least the start of yesterday and the Monday the week began
   * (for the weekly hours limit), plus the last idle state and clock state before that,
   * oldest first.
   */
  activity: ActivityTransition[];
  /** Log entries from at least the start of yesterday, and every reconnect nudge within the reconnect gap. */
  nudgeLog: NudgeLogEntry[];
  /**
   * Everyone in the network, archived included (the rules skip them). Frozen when the
   * background keeps them between wakes: the network's index of them is then kept too.
   */
  contacts: readonly PlannerPerson[];
  /** Exceptions for the days around now. */
  exceptions: DayException[];
  /** Every nudge is paused until this instant (a meeting, a home visit, a crisis call). */
  pausedUntil: number | null;
  /** A nudge kind snoozed from a notification, until when. */
  snoozes: Partial<Record<NudgeKind, number>>;
  /** Times when the user is in a check-in (no break nudges then), around now. */
  busy: { start: number; end: number }[];
  /** Every check-in (paused ones included; the rules skip them). */
  checkIns: CheckIn[];
  /** When the last informal gathering or shared self-care activity was logged, if ever. */
  lastGatheringAt: number | null;
  /** When connections were logged, from at least the start of yesterday (for the day's summary). */
  connectionTimes: number[];
  /** The Mondays ('yyyy-MM-dd'), from this week's on, of weeks with a reflection saved or skipped. */
  reflectedWeekStarts: string[];
  /** The zone the browser runs in now: where the user is, which may not be the schedule's. */
  userTimeZone: string;
  /** The schedule's last change, if known: when it was made and the schedule before it. */
  scheduleChange: ScheduleChange | null;
}
