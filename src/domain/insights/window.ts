import { addCalendarDays, mondayOf } from '../calendar-date';
import { localDate, localMidnight } from '../workday';

/** How many weeks the Insights page looks back over, the current week included. */
export const INSIGHT_WEEKS = 12;

/** The weeks the Insights page shows, and what must be read to count them. */
export interface InsightsWindow {
  /** The local Mondays of the weeks, oldest first; the last is the current week. */
  weekStarts: string[];
  /** The instant the first week begins (its Monday's local midnight). */
  from: number;
  /**
   * The instant the Sunday before the first week begins: a shift begun that evening keeps
   * the user on the clock into the first Monday, so its activity must be known too.
   */
  activityFrom: number;
  /** The first and last local dates whose exceptions change a shift in the window. */
  firstDate: string;
  lastDate: string;
}

/**
 * The `weeks` weeks (Monday to Sunday in `timeZone`) ending with the week that holds `now`.
 * Weeks are counted on local dates, so a daylight-saving change shortens or lengthens one
 * week by an hour and never shifts its Monday.
 */
export function insightsWindow(timeZone: string, now: Date, weeks = INSIGHT_WEEKS): InsightsWindow {
  const current = mondayOf(localDate(timeZone, now));
  const weekStarts = Array.from({ length: weeks }, (_, index) =>
    addCalendarDays(current, (index - weeks + 1) * 7),
  );
  const first = weekStarts[0] ?? current;
  const firstDate = addCalendarDays(first, -1);
  return {
    weekStarts,
    from: localMidnight(timeZone, first),
    activityFrom: localMidnight(timeZone, firstDate),
    firstDate,
    lastDate: addCalendarDays(current, 6),
  };
}
