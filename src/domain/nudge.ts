import type { Occurrence } from './checkins/occurrence';
import type { NudgeKind } from './types';

/** Which break a break nudge is for. */
export type BreakKind = 'short' | 'long';

/** The kinds a check-in brings: a reminder before it, preparation, and a prompt to log it. */
export type CheckInNudgeKind = 'check-in-reminder' | 'check-in-prep' | 'check-in-log';

/** What the wrap-up says about the day so far. */
export interface DaySummary {
  /** Active time on the clock today, in ms. */
  workedMs: number;
  /** Breaks taken today: away at least the short break's length, or a break the user started. */
  breaksTaken: number;
  /** Connections logged today. */
  connections: number;
}

/** What every nudge has: its key (see nudge-key.ts) and the instant from which it is due. */
interface Base<K extends NudgeKind> {
  kind: K;
  /** Unique per occurrence, so a nudge is never shown twice; also its notification's id. */
  key: string;
  dueAt: number;
}

/** The wrap-up before a shift ends, with the day so far once it is shown. */
export interface WrapUpNudge extends Base<'wrap-up'> {
  workdayEndsAt: number;
  /** How many minutes of the workday remain when it comes. */
  minutesLeft: number;
  summary?: DaySummary;
}

/** A reminder that the shift ending at `workdayEndsAt` is over. */
export interface BoundaryNudge extends Base<'boundary'> {
  workdayEndsAt: number;
}

export interface BreakNudge extends Base<'break'> {
  breakKind: BreakKind;
  /** How long the break is. */
  breakMinutes: number;
}

/** A reminder, preparation or log prompt about one occurrence of a check-in. */
export interface CheckInNudge extends Base<CheckInNudgeKind> {
  occurrence: Occurrence;
}

/** A prompt to get back in touch with someone. */
export interface ReconnectNudge extends Base<'reconnect'> {
  contactId: string;
  /** Whole days since the last contact ('three weeks'); null when never in touch. */
  daysSince: number | null;
}

export type ReflectionNudge = Base<'reflection'>;

export interface GatheringNudge extends Base<'gathering-idea'> {
  /** Which idea to suggest: an index into the idea list, taken modulo its length. */
  ideaIndex: number;
}

export interface HoursLimitNudge extends Base<'hours-limit'> {
  limit: 'day' | 'week';
  /** The time worked against the limit. */
  workedMs: number;
}

/** The question asked when the computer's zone no longer matches the hours'. */
export interface TimeZoneNudge extends Base<'time-zone'> {
  zones: { schedule: string; user: string };
}

/** Something the planner says is due, or will be: one shape per kind. */
export type Nudge =
  | WrapUpNudge
  | BoundaryNudge
  | BreakNudge
  | CheckInNudge
  | ReconnectNudge
  | ReflectionNudge
  | GatheringNudge
  | HoursLimitNudge
  | TimeZoneNudge;
