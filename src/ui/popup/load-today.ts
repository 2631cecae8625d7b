import { now } from '../../clock';
import { openDb } from '../../db/open';
import { loadPlannerState } from '../../db/planner-state';
import { today, type Today } from '../../domain/today';

export interface TodayView extends Today {
  timeZone: string;
  now: number;
  /** The name of the person the next nudge is about, if it is about someone. */
  nextAbout: string | null;
}

/** Reads only what the popup shows, in one pass, for its first paint. */
export async function loadToday(): Promise<TodayView> {
  const [db, current] = await Promise.all([openDb(), now()]);
  const state = await loadPlannerState(db, current);
  const summary = today(state, current);
  const about = state.contacts.find((contact) => contact.id === summary.next?.contactId);
  return {
    ...summary,
    timeZone: state.settings.schedule.timeZone,
    now: current.getTime(),
    nextAbout: about?.name ?? null,
  };
}
