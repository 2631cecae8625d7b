import { subDays } from 'date-fns';
import type { PlannerState, Settings } from '../domain/types';
import { activitySince } from './activity';
import { nudgeLogSince } from './nudge-log';
import type { TendDatabase } from './open';
import { loadSettings } from './settings';

/**
 * Everything the planner reads, and no more: the rules look at yesterday and today,
 * so three days back covers every time zone and a shift past midnight.
 */
export async function loadPlannerState(
  db: TendDatabase,
  now: Date,
  knownSettings?: Settings,
): Promise<PlannerState> {
  const since = subDays(now, 3).getTime();
  const [settings, activity, nudgeLog, contacts] = await Promise.all([
    knownSettings ?? loadSettings(db),
    activitySince(db, since),
    nudgeLogSince(db, since),
    db.getAll('contacts'),
  ]);
  return { settings, activity, nudgeLog, contacts };
}
