import { now } from '../../clock';
import { openDb } from '../../db/open';
import { loadPlannerState } from '../../db/planner-state';
import { today, type Today } from '../../domain/today';

export interface TodayView extends Today {
  timeZone: string;
  now: number;
}

/** Reads only what the popup shows, in one pass, for its first paint. */
export async function loadToday(): Promise<TodayView> {
  const [db, current] = await Promise.all([openDb(), now()]);
  const state = await loadPlannerState(db, current);
  return {
    ...today(state, current),
    timeZone: state.settings.schedule.timeZone,
    now: current.getTime(),
  };
}
