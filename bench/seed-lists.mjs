// The word lists the seed profile draws names, notes and places from, and the settings a
// new user starts with. Plain data: changing any of it changes every benchmark's profile.

export const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Farah',
  'George',
  'Hannah',
  'Idris',
  'Jess',
  'Kwame',
  'Leah',
  'Marek',
  'Niamh',
  'Owen',
  'Priya',
  'Rosa',
  'Sam',
  'Tomasz',
  'Uma',
  'Vik',
  'Wen',
  'Yusuf',
  'Zoe',
  'Aoife',
  'Bilal',
  'Carys',
  'Dmitri',
  'Esme',
  'Femi',
];
export const LAST = [
  'Rivera',
  'Chen',
  'Okafor',
  'Novak',
  'Patel',
  'Murphy',
  'Jones',
  'Kowalski',
  'Ahmed',
  'Evans',
  'Nguyen',
  'Byrne',
  'Mensah',
  'Hughes',
  'Silva',
  'Khan',
  'Walsh',
  'Osei',
  'Taylor',
  'Lindqvist',
];
export const GROUPS = [
  ['Thursday peer support group', 'peer-group'],
  ['Reflective practice circle', 'peer-group'],
  ['BASW regional branch', 'professional-org'],
  ['Social Work England network', 'professional-org'],
  ['Employee assistance programme', 'external-support'],
  ['Samaritans', 'external-support'],
  ['Frontline practitioners forum', 'online-community'],
  ['Care leavers practice community', 'online-community'],
];
export const PERSON_ROLES = ['colleague', 'supervisor', 'mentor', 'friend', 'family'];
export const ROLE_WEIGHTS = [40, 6, 6, 25, 15];
export const KINDS = [
  'supervision',
  'peer-check-in',
  'peer-group',
  'informal',
  'self-care-together',
  'message',
  'other',
];
export const KIND_WEIGHTS = [6, 18, 6, 20, 6, 40, 4];
export const MODES = ['in-person', 'video', 'phone', 'message'];
export const DIRECTIONS = ['gave', 'received', 'both'];
export const NOTES = [
  'Talked through the case review.',
  'Coffee after the team meeting.',
  'Quick check after a hard visit.',
  'Shared the new safeguarding guidance.',
  'Walk at lunch.',
  'Caught up about the weekend.',
];
export const AVAILABILITY = [
  'Weekday evenings',
  'Most lunchtimes',
  'Mondays only',
  'Any time by text',
];
export const TRUST = ['Completely', 'For work things', 'Getting there', 'Always has my back'];
export const ZONES = [
  'Europe/London',
  'Europe/London',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'America/New_York',
];
export const PLACES = [
  'Room 2.14, Civic Centre',
  'The café on Market Street',
  'Team room',
  'Online',
];

/** The settings a new user starts with (src/domain/settings.ts), in the London zone. */
export function benchSettings() {
  const officeDay = () => ({ start: '09:00', end: '17:00', endsNextDay: false });
  return {
    schedule: {
      timeZone: 'Europe/London',
      days: {
        0: null,
        1: officeDay(),
        2: officeDay(),
        3: officeDay(),
        4: officeDay(),
        5: officeDay(),
        6: null,
      },
    },
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
  };
}

export const CHECK_IN_KINDS = [
  'supervision',
  'peer-check-in',
  'peer-group',
  'informal',
  'self-care-together',
];
export const CHECK_IN_TITLES = {
  supervision: 'Supervision',
  'peer-check-in': 'Peer check-in',
  'peer-group': 'Peer group',
  informal: 'Lunch together',
  'self-care-together': 'Walk together',
};
