import type { Settings } from '../../../domain/types';
import { numberOf, numberOrNull } from '../../shared/number-field';

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
// An empty limit means none; hours become whole minutes.
const limit = (text: string) => {
  const hours = numberOrNull(text);
  return hours === null ? null : Math.round(hours * 60);
};

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
      shortAfterMinutes: numberOf(draft.shortAfterMinutes),
      shortMinutes: numberOf(draft.shortMinutes),
      longEnabled: draft.longEnabled,
      longAfterMinutes: numberOf(draft.longAfterMinutes),
      longMinutes: numberOf(draft.longMinutes),
    },
    idleThresholdSeconds: Math.round(numberOf(draft.idleThresholdMinutes) * 60),
  };
}
