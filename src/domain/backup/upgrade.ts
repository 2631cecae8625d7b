import { defaultSettings, withDefaults } from '../settings';
import type { AnyBackup, Backup, BackupV1, BackupV2 } from './format';

/** Version 1 to 2: the reflection nudge and the templates come from the defaults. */
function v1ToV2(backup: BackupV1): BackupV2 {
  const defaults = defaultSettings(backup.settings.schedule.timeZone);
  return { ...backup, version: 2, settings: withDefaults(backup.settings, defaults) };
}

/**
 * Version 2 to 3: nothing to change. Version 3 only allows more (a reflection on the last
 * workday of the week, time-zone questions in the log); a weekday chosen in version 2 stays
 * the user's choice.
 */
function v2ToV3(backup: BackupV2): Backup {
  return { ...backup, version: 3 };
}

/**
 * Brings a backup of any readable version to the current one, one step at a time, so a
 * version-1 file passes through every later step. A new version adds one line here.
 */
export function upgradeBackup(backup: AnyBackup): Backup {
  const v2 = backup.version === 1 ? v1ToV2(backup) : backup;
  const v3 = v2.version === 2 ? v2ToV3(v2) : v2;
  return v3;
}
