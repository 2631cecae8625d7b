import { tz } from '@date-fns/tz';
import { addMinutes, endOfDay } from 'date-fns';
import { nextWorkdayAfter } from './today';
import type { WorkSchedule } from './types';

export type PauseChoice = '30m' | '1h' | '2h' | 'tomorrow';

const MINUTES: Record<Exclude<PauseChoice, 'tomorrow'>, number> = {
  '30m': 30,
  '1h': 60,
  '2h': 120,
};

/**
 * When a pause chosen at `now` ends: after its minutes, or at the start of the next
 * workday after today (a week ahead at most, if the schedule has no such day).
 */
export function pauseEnd(choice: PauseChoice, schedule: WorkSchedule, now: Date): number {
  if (choice !== 'tomorrow') return addMinutes(now, MINUTES[choice]).getTime();
  const todayEnds = endOfDay(now, { in: tz(schedule.timeZone) });
  return nextWorkdayAfter(schedule, todayEnds)?.startsAt ?? addMinutes(now, 7 * 24 * 60).getTime();
}

/** How long "snooze" holds back a kind of nudge: longer than the default 30-minute repeat. */
export const NUDGE_SNOOZE_MINUTES = 60;
