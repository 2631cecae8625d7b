import { subDays } from 'date-fns';
import type { PlannerState, Settings } from '../domain/types';
import { activitySince } from './activity';
import { nudgeLogSince } from './nudge-log';
import type { TendDatabase } from './open';
import { loadSettings } from './settings';

/**
 * Everything the planner reads, and no more: the rules look at yesterday and today,
 * so three days back covers every time zone and a shift past midnight. The nudge log
 * reaches back over the reconnect gap as well, so that nobody is nudged about twice
 * within it.
 */
export async function loadPlannerState(
  db: TendDatabase,
  now: Date,
  knownSettings?: Settings,
): Promise<PlannerState> {
  const settings = knownSettings ?? (await loadSettings(db));
  const since = subDays(now, 3).getTime();
  const logSince = Math.min(since, subDays(now, settings.network.reconnectGapDays).getTime());
  const [activity, nudgeLog, contacts] = await Promise.all([
    activitySince(db, since),
    nudgeLogSince(db, logSince),
    db.getAll('contacts'),
  ]);
  return { settings, activity, nudgeLog, contacts };
}
