import { WEEKDAYS } from '../../../domain/settings';
import type { Settings, Weekday } from '../../../domain/types';
import { numberOf } from '../../shared/number-field';

/** One weekday row as the form holds it; a day off keeps its hours for when it is ticked again. */
export interface DayDraft {
  working: boolean;
  start: string;
  end: string;
  endsNextDay: boolean;
}

/** The hours form's fields, as typed (numbers stay text until validated). */
export interface HoursDraft {
  days: Record<Weekday, DayDraft>;
  timeZone: string;
  wrapUpEnabled: boolean;
  wrapUpMinutesBefore: string;
  boundaryEnabled: boolean;
  boundaryRepeatMinutes: string;
  boundaryMaxPerDay: string;
}

const FALLBACK_DAY: DayDraft = { working: false, start: '09:00', end: '17:00', endsNextDay: false };

/** The form's starting values from stored settings. */
export function draftFrom(settings: Settings): HoursDraft {
  const days = {} as Record<Weekday, DayDraft>;
  for (const day of WEEKDAYS) {
    const hours = settings.schedule.days[day];
    days[day] = hours ? { working: true, ...hours } : { ...FALLBACK_DAY };
  }
  const { boundary } = settings;
  return {
    days,
    timeZone: settings.schedule.timeZone,
    wrapUpEnabled: boundary.wrapUpEnabled,
    wrapUpMinutesBefore: String(boundary.wrapUpMinutesBefore),
    boundaryEnabled: boundary.boundaryEnabled,
    boundaryRepeatMinutes: String(boundary.boundaryRepeatMinutes),
    boundaryMaxPerDay: String(boundary.boundaryMaxPerDay),
  };
}

/** The settings the form describes, over `base` for whatever the form does not show. */
export function settingsFrom(draft: HoursDraft, base: Settings): Settings {
  const days = {} as Settings['schedule']['days'];
  for (const day of WEEKDAYS) {
    const row = draft.days[day];
    days[day] = row.working
      ? { start: row.start, end: row.end, endsNextDay: row.endsNextDay }
      : null;
  }
  return {
    ...base,
    schedule: { timeZone: draft.timeZone.trim(), days },
    boundary: {
      wrapUpEnabled: draft.wrapUpEnabled,
      wrapUpMinutesBefore: numberOf(draft.wrapUpMinutesBefore),
      boundaryEnabled: draft.boundaryEnabled,
      boundaryRepeatMinutes: numberOf(draft.boundaryRepeatMinutes),
      boundaryMaxPerDay: numberOf(draft.boundaryMaxPerDay),
    },
  };
}
