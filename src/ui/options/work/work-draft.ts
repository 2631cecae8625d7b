import type { Settings } from '../../../domain/types';

/** The work and break form's fields as typed; limits in hours, as people think of them. */
export interface WorkDraft {
  autoStart: boolean;
  idleThresholdMinutes: string;
  dailyLimitHours: string;
  weeklyLimitHours: string;
  shortEnabled: boolean;
  shortAfterMinutes: string;
  shortMinutes: string;
  longEnabled: boolean;
  longAfterMinutes: string;
  longMinutes: string;
}

const hours = (minutes: number | null) => (minutes === null ? '' : String(minutes / 60));
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
// An empty limit means none; hours become whole minutes.
const limit = (text: string) => (text.trim() === '' ? null : Math.round(number(text) * 60));

/** The form's starting values. */
export function workDraft(settings: Settings): WorkDraft {
  const { work, breaks } = settings;
  return {
    autoStart: work.autoStart,
    idleThresholdMinutes: String(settings.idleThresholdSeconds / 60),
    dailyLimitHours: hours(work.dailyLimitMinutes),
    weeklyLimitHours: hours(work.weeklyLimitMinutes),
    shortEnabled: breaks.shortEnabled,
    shortAfterMinutes: String(breaks.shortAfterMinutes),
    shortMinutes: String(breaks.shortMinutes),
    longEnabled: breaks.longEnabled,
    longAfterMinutes: String(breaks.longAfterMinutes),
    longMinutes: String(breaks.longMinutes),
  };
}

/** The parts of the settings the form describes. */
export function workFrom(
  draft: WorkDraft,
): Pick<Settings, 'work' | 'breaks' | 'idleThresholdSeconds'> {
  return {
    work: {
      autoStart: draft.autoStart,
      dailyLimitMinutes: limit(draft.dailyLimitHours),
      weeklyLimitMinutes: limit(draft.weeklyLimitHours),
    },
    breaks: {
      shortEnabled: draft.shortEnabled,
      shortAfterMinutes: number(draft.shortAfterMinutes),
      shortMinutes: number(draft.shortMinutes),
      longEnabled: draft.longEnabled,
      longAfterMinutes: number(draft.longAfterMinutes),
      longMinutes: number(draft.longMinutes),
    },
    idleThresholdSeconds: Math.round(number(draft.idleThresholdMinutes) * 60),
  };
}
