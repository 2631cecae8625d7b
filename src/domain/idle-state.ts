import type { ActivityState, ActivityTransition } from './types';

/** What the browser reports of the user, and what the user says of the clock. */
export const IDLE_STATES: readonly ActivityState[] = ['active', 'idle', 'locked'];
export const CLOCK_STATES: readonly ActivityState[] = ['clock-in', 'clock-out'];

/** What the browser says of the user: at the computer, or away from it. */
export type IdleState = 'active' | 'idle' | 'locked';

/** Whether a transition is something the browser said of the user (not the clock, not a break). */
export function isIdleState(state: ActivityState): state is IdleState {
  return state === 'active' || state === 'idle' || state === 'locked';
}

/** What the browser last said about the user at or before `at` ('unknown' before anything was said). */
export function stateAt(
  activity: readonly ActivityTransition[],
  at: number,
): IdleState | 'unknown' {
  let state: IdleState | 'unknown' = 'unknown';
  for (const transition of activity) {
    if (transition.at > at) break;
    if (isIdleState(transition.state)) state = transition.state;
  }
  return state;
}
