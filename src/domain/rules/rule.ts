import type { Nudge } from '../nudge';
import type { PlannerState } from '../planner-state';

/** What one planner rule returns: nudges due at `now`, and the ones it expects later. */
export interface RuleNudges {
  due: Nudge[];
  upcoming: Nudge[];
}

/** A planner rule: pure, given everything the database holds and the time. */
export type Rule = (state: PlannerState, now: Date) => RuleNudges;
