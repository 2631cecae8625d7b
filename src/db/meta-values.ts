import type { ScheduleChange } from '../domain/planner-state';
import type { DayException, NudgeKind } from '../domain/types';
import type { PassMark } from '../sync/pass-mark';
import type { Shadow } from '../sync/shadow';
import type { PackedActivity } from './insights-activity';
import type { PackedConnections } from './insights-connections';
import type { PackedPeople } from './insights-people';
import type { PackedFlows } from './network-flows';
import type { PackedPlannerPeople } from './planner-people';

/** How often the after-hours guard was passed ("open for 15 minutes"), and the last pass. */
export interface GuardPasses {
  count: number;
  /** Origin -> until when it is open. */
  openUntil: Record<string, number>;
}

/** A day exception's key: its local date after the prefix, `exception:2026-11-23`. */
export type ExceptionKey = `exception:${string}`;

/**
 * Every value the meta store holds, by key: small named values that are not settings. The
 * one declaration of them; getMeta and putMeta read and write nothing else.
 */
export interface MetaValues {
  /** Until when every nudge is paused (UTC ms). */
  'pause-until': number;
  /** The kinds of nudge snoozed from a notification, and until when (UTC ms). */
  snoozes: Partial<Record<NudgeKind, number>>;
  'guard-passes': GuardPasses;
  /** The schedule's last change: when, and the schedule before it. */
  'schedule-change': ScheduleChange;
  /** What sync last merged (stamps, tombstones, this computer's id and clock); see sync.md. */
  'sync-shadow': Shadow;
  /** What the last sync pass was given, when it changed nothing: the next may be skipped. */
  'sync-mark': PassMark;
  /** When the user said the working hours are right (saved them, or confirmed the default). */
  'hours-checked': number;
  /** When the user closed the options page's welcome. */
  'welcome-closed': number;
  /** A copy of the Insights window's activity, read in one value (see insights-activity.ts). */
  'insights-activity': PackedActivity;
  /** What Insights reads of the people, at one generation (see insights-people.ts). */
  'insights-people': PackedPeople;
  /** What Insights reads of its window's connections, at one generation (insights-connections.ts). */
  'insights-connections': PackedConnections;
  /** What the network section's reciprocity card reads of the connections (network-flows.ts). */
  'network-flows': PackedFlows;
  /** What a wake reads of the people, at one generation (see planner-people.ts). */
  'planner-people': PackedPlannerPeople;
  /** Changes with every write of people or check-ins (generation.ts); no moment, no order. */
  generation: string;
  /** The user's change to one workday (on call, a late shift), under its date's key. */
  [key: ExceptionKey]: DayException;
}

export type MetaKey = keyof MetaValues;
export type MetaValue = MetaValues[MetaKey];

const EXCEPTION = 'exception:';

/** The key of the day exception for `date` (yyyy-MM-dd). */
export function exceptionKey(date: string): ExceptionKey {
  return `${EXCEPTION}${date}`;
}

/** The date a day exception's key is for. */
export function exceptionDate(key: ExceptionKey): string {
  return key.slice(EXCEPTION.length);
}
