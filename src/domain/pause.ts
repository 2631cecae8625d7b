import { addMinutes } from 'date-fns';
import { nextWorkdayAfter } from './effective-workday';
import type { WorkSchedule } from './types';

export type PauseChoice = '30m' | '1h' | '2h' | 'tomorrow';

const MINUTES: Record<Exclude<PauseChoice, 'tomorrow'>, number> = {
  '30m': 30,
  '1h': 60,
  '2h': 120,
};

/**
 * When a pause chosen at `now` ends: after its minutes, or when the next workday starts
 * (today's, if it has not started yet; a week ahead at most if the schedule has none).
 */
export function pauseEnd(choice: PauseChoice, schedule: WorkSchedule, now: Date): number {
  if (choice !== 'tomorrow') return addMinutes(now, MINUTES[choice]).getTime();
  return nextWorkdayAfter(schedule, now)?.startsAt ?? addMinutes(now, 7 * 24 * 60).getTime();
}

/** How long "snooze" holds back a kind of nudge: longer than the default 30-minute repeat. */
export const NUDGE_SNOOZE_MINUTES = 60;

/** "Not this week": how long a person is put off from reconnect nudges. */
export const PERSON_SNOOZE_DAYS = 7;

/** "In 5 minutes": how long a break is put off. */
export const BREAK_SNOOZE_MINUTES = 5;
