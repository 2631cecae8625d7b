import type {
  ActivityState,
  CheckIn,
  Contact,
  DayException,
  Interaction,
  NudgeLogEntry,
  Reflection,
  Settings,
} from '../types';

/** What every Tend backup says it is, so another app's JSON is told apart at once. */
export const BACKUP_FORMAT = 'tend-backup';

/**
 * The format version this Tend writes. Version 1: settings without `reflection` and
 * `templates`. Version 2: settings with them. Version 3: the reflection's day may be null
 * (the last workday of the week), and the nudge log may hold time-zone questions. Raise it
 * (and add a step to upgrade.ts) for every change to what a backup holds.
 */
export const BACKUP_VERSION = 3;

/**
 * The largest backup Tend reads. A heavy two-year profile (300 people, 20 000 connections)
 * is about 4 MB, so 20 MB leaves room while keeping the parse well inside a page's memory.
 */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

/** An activity transition without its store key: keys are numbered by each browser. */
export interface ActivityRecord {
  at: number;
  state: ActivityState;
}

/** Everything a backup holds, at the current version. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When it was made, as an ISO instant. */
  exportedAt: string;
  settings: Settings;
  contacts: Contact[];
  interactions: Interaction[];
  checkIns: CheckIn[];
  reflections: Reflection[];
  /** On-call days and late shifts the user set, ahead or past. */
  dayExceptions: DayException[];
  /** Work time as it was measured, oldest first. */
  activity: ActivityRecord[];
  /** The nudges already shown, so none repeats after a restore. */
  nudgeLog: NudgeLogEntry[];
}

/** Version 1 settings: before the weekly reflection nudge and the message templates existed. */
export type SettingsV1 = Omit<Settings, 'reflection' | 'templates'>;

export interface BackupV1 extends Omit<Backup, 'version' | 'settings'> {
  version: 1;
  settings: SettingsV1;
}

/** Version 2: the reflection always on a chosen weekday. */
export interface BackupV2 extends Omit<Backup, 'version'> {
  version: 2;
}

/** A backup of any version Tend can read. */
export type AnyBackup = BackupV1 | BackupV2 | Backup;

/** The lists of a backup, in the order the file and the messages name them. */
export const COLLECTIONS = [
  'contacts',
  'interactions',
  'checkIns',
  'reflections',
  'dayExceptions',
  'activity',
  'nudgeLog',
] as const;

export type Collection = (typeof COLLECTIONS)[number];

/**
 * A message from the catalogue with its substitutions, some of which are messages of their
 * own. The domain names the key; the page words it with `t`.
 */
export interface BackupMessage {
  key: BackupMessageKey;
  subs: (string | BackupMessage)[];
}

export type BackupMessageKey =
  | 'backupErrorEmpty'
  | 'backupErrorTooLarge'
  | 'backupErrorNotJson'
  | 'backupErrorNotTend'
  | 'backupErrorNewer'
  | 'backupErrorVersion'
  | 'backupErrorRecord'
  | 'backupErrorRecordNamed'
  | 'backupRecordFile'
  | 'backupRecordSettings'
  | 'backupRecordContacts'
  | 'backupRecordInteractions'
  | 'backupRecordCheckIns'
  | 'backupRecordReflections'
  | 'backupRecordDayExceptions'
  | 'backupRecordActivity'
  | 'backupRecordNudgeLog'
  | 'backupProblemMissing'
  | 'backupProblemType'
  | 'backupProblemValue'
  | 'backupProblemTooLong'
  | 'backupProblemTooMany'
  | 'backupProblemRange'
  | 'backupProblemBetween'
  | 'backupProblemNotRecord'
  | 'backupProblemInvalid'
  | 'backupProblemEmpty'
  | 'backupProblemDuplicate'
  | 'backupProblemUnknownPerson'
  | 'backupProblemFuture'
  | 'backupProblemId'
  | 'backupProblemTime'
  | 'backupProblemSnooze'
  | 'backupProblemNudgeFuture';

export const message = (key: BackupMessageKey, ...subs: (string | BackupMessage)[]) => ({
  key,
  subs,
});
