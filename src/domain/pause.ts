import { DAY_MS, MINUTE_MS } from './time-units';

export type PauseChoice = '30m' | '1h' | '2h' | 'tomorrow';

const MINUTES: Record<Exclude<PauseChoice, 'tomorrow'>, number> = {
  '30m': 30,
  '1h': 60,
  '2h': 120,
};

// With no workday still to come in the coming week, "until my next workday" is a week.
const NO_WORKDAY_MS = 7 * DAY_MS;

/**
 * When a pause chosen at `at` ends: after its minutes, or when the next workday starts
 * (`nextWorkdayStart`, as the popup's view carries it: today's, if it has not started yet).
 */
export function pauseEnd(choice: PauseChoice, nextWorkdayStart: number | null, at: number): number {
  if (choice !== 'tomorrow') return at + MINUTES[choice] * MINUTE_MS;
  return nextWorkdayStart !== null && nextWorkdayStart > at ? nextWorkdayStart : at + NO_WORKDAY_MS;
}

/** How long "snooze" holds back a kind of nudge: longer than the default 30-minute repeat. */
export const NUDGE_SNOOZE_MINUTES = 60;

/** "Not this week": how long a person is put off from reconnect nudges. */
export const PERSON_SNOOZE_DAYS = 7;

/** "In 5 minutes": how long a break is put off. */
export const BREAK_SNOOZE_MINUTES = 5;
