import type { InsightWeek, Insights } from '../../../domain/insights/weekly';
import { t, uiLanguage } from '../../../i18n';
import type { LegendEntry } from './chart-figure';
import { mediumDate, shortDate } from './insights-format';

/** What every weekly chart is drawn from. */
export interface WeeklyProps {
  insights: Insights;
}

export const columnsOf = (weeks: InsightWeek[]) => weeks.map((week) => shortDate(week.weekStart));

/** A week as a table's row header; the week under way says so. */
export function rowHeader(week: InsightWeek): string {
  const date = mediumDate(week.weekStart);
  return week.complete ? t('insightsWeekOf', [date]) : t('insightsWeekSoFar', [date]);
}

/** The weeks that are over and that Tend saw: what averages are taken over. */
export const fullWeeks = (weeks: InsightWeek[]) =>
  weeks.filter((week) => week.complete && week.tracked);

/** The weeks that are over and whose hours Tend measured: what hours and breaks average. */
export const measuredWeeks = (weeks: InsightWeek[]) =>
  weeks.filter((week) => week.complete && week.measured);

/** Said when some weeks came before Tend measured anything: they are not zero, but unknown. */
export function measuredSince(weeks: InsightWeek[]): string | null {
  const first = weeks.find((week) => week.measured);
  if (!first || first === weeks[0]) return null;
  return t('insightsMeasuredSince', [mediumDate(first.weekStart)]);
}

/** A week's figure, or "not measured" for a week before Tend measured anything. */
export const measuredCell = (week: InsightWeek, text: string) =>
  week.measured ? text : t('insightsNotMeasured');

export const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Labelled values as a list in the UI language ('Energy: 3, Stress: 4'). */
export const unitList = (items: string[]) =>
  new Intl.ListFormat(uiLanguage(), { style: 'short', type: 'unit' }).format(items);

export const fills = (labels: string[]): LegendEntry[] =>
  labels.map((label, index) => ({ label, kind: 'fill', index }));
