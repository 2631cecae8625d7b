import type { Settings, Weekday, WorkHours } from './types';

const officeDay: WorkHours = { start: '09:00', end: '17:00', endsNextDay: false };

/** The settings a new user starts with: office hours on weekdays, quiet boundary rules. */
export function defaultSettings(timeZone: string): Settings {
  const days: Record<Weekday, WorkHours | null> = {
    0: null,
    1: { ...officeDay },
    2: { ...officeDay },
    3: { ...officeDay },
    4: { ...officeDay },
    5: { ...officeDay },
    6: null,
  };
  return {
    schedule: { timeZone, days },
    boundary: {
      wrapUpEnabled: true,
      wrapUpMinutesBefore: 15,
      boundaryEnabled: true,
      boundaryRepeatMinutes: 30,
      boundaryMaxPerDay: 3,
    },
    work: { autoStart: true, dailyLimitMinutes: null, weeklyLimitMinutes: null },
    breaks: {
      shortEnabled: true,
      shortAfterMinutes: 50,
      shortMinutes: 5,
      longEnabled: true,
      longAfterMinutes: 120,
      longMinutes: 15,
    },
    guard: { enabled: false, sites: [] },
    mutedKinds: [],
    network: {
      cadenceByRole: {
        colleague: 14,
        supervisor: 28,
        mentor: 42,
        friend: 14,
        family: 7,
        'peer-group': 28,
        'professional-org': 90,
        'external-support': null,
        'online-community': null,
      },
      reconnectMaxPerDay: 1,
      reconnectFrom: '10:00',
      reconnectUntil: '16:00',
      reconnectGapDays: 7,
    },
    checkIns: {
      prepTime: '16:00',
      logPromptAfterMinutes: 10,
      inPersonTarget: 0.5,
      gatheringAfterWeeks: 4,
      gatheringIdeas: null,
    },
    idleThresholdSeconds: 300,
    // The afternoon of the last workday of the week, when most people can look back on it.
    reflection: { enabled: true, weekday: null, time: '15:00' },
    templates: null,
    discreetNotifications: 'when-locked',
  };
}

/**
 * Stored settings with every part a later version added filled from the defaults, so a
 * record saved before a part existed never leaves the planner reading `undefined`.
 */
export function withDefaults(stored: Partial<Settings>, defaults: Settings): Settings {
  return {
    schedule: stored.schedule ?? defaults.schedule,
    boundary: { ...defaults.boundary, ...stored.boundary },
    work: { ...defaults.work, ...stored.work },
    breaks: { ...defaults.breaks, ...stored.breaks },
    guard: { ...defaults.guard, ...stored.guard },
    mutedKinds: stored.mutedKinds ?? defaults.mutedKinds,
    network: {
      ...defaults.network,
      ...stored.network,
      cadenceByRole: { ...defaults.network.cadenceByRole, ...stored.network?.cadenceByRole },
    },
    checkIns: { ...defaults.checkIns, ...stored.checkIns },
    idleThresholdSeconds: stored.idleThresholdSeconds ?? defaults.idleThresholdSeconds,
    reflection: { ...defaults.reflection, ...stored.reflection },
    templates: stored.templates ?? defaults.templates,
    discreetNotifications: stored.discreetNotifications ?? defaults.discreetNotifications,
  };
}

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];
