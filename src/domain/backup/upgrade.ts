import { defaultSettings, withDefaults } from '../settings';
import type { AnyBackup, Backup, BackupV1 } from './format';

/** Version 1 to 2: the reflection nudge and the templates come from the defaults. */
function v1ToV2(backup: BackupV1): Backup {
  const defaults = defaultSettings(backup.settings.schedule.timeZone);
  return { ...backup, version: 2, settings: withDefaults(backup.settings, defaults) };
}

/**
 * Brings a backup of any readable version to the current one, one step at a time, so a
 * version-1 file passes through every later step. A new version adds one line here.
 */
export function upgradeBackup(backup: AnyBackup): Backup {
  const v2 = backup.version === 1 ? v1ToV2(backup) : backup;
  return v2;
}
