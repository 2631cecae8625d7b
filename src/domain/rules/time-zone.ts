import { stateAt } from '../idle-state';
import type { TimeZoneNudge } from '../nudge';
import { nudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import type { RuleNudges } from './rule';
import { offsetMinutes } from '../wall-clock';

/**
 * The question, asked once, when the browser's clock is in another zone than the one the
 * hours were set in (travel, a move): keep the hours where they were, or move them to the
 * new zone. Zones that read the same time now (Europe/Paris and Europe/Berlin) are not
 * worth a question. It waits for the user to be at the computer; unanswered, it stays in
 * the popup's list, and until it is answered the hours stay as they are.
 */
export function timeZoneNudges(state: PlannerState, now: Date): RuleNudges {
  const none: RuleNudges = { due: [], upcoming: [] };
  const schedule = state.settings.schedule.timeZone;
  const user = state.userTimeZone;
  if (!user || schedule === user) return none;
  const offsets = [offsetMinutes(schedule, now.getTime()), offsetMinutes(user, now.getTime())];
  if (offsets.some(Number.isNaN) || offsets[0] === offsets[1]) return none;
  const key = nudgeKey({ kind: 'time-zone', user, schedule });
  if (state.nudgeLog.some((entry) => entry.key === key)) return none;
  if (stateAt(state.activity, now.getTime()) !== 'active') return none;
  const nudge: TimeZoneNudge = {
    key,
    kind: 'time-zone',
    dueAt: now.getTime(),
    zones: { schedule, user },
  };
  return { due: [nudge], upcoming: [] };
}
