import { now } from '../../../clock';
import { currentKeys } from '../../../db/backup';
import { parseBackup } from '../../../domain/backup/parse';
import { importPreview } from '../../../domain/backup/preview';
import { t } from '../../../i18n';
import { errorText } from '../../shared/format';
import { read } from '../../shared/read';
import { backupMessageText } from './backup-message';
import type { PendingImport } from './import-preview';

/**
 * Reads a chosen file whose size was already found acceptable, and checks it: what importing
 * it would add and replace, or why it cannot be imported.
 */
export async function checkBackupFile(
  file: File,
): Promise<{ pending: PendingImport } | { refused: string }> {
  // The keys are asked for first: the database reads them while the file is read and checked
  // (a page's own work), instead of after it. A refused file leaves the answer unused.
  const keys = read(currentKeys);
  keys.catch(() => undefined);
  try {
    const parsed = parseBackup(await file.text(), (await now()).getTime());
    if (!parsed.ok) return { refused: backupMessageText(parsed.message) };
    const preview = importPreview(parsed.backup, await keys);
    return { pending: { fileName: file.name, backup: parsed.backup, preview } };
  } catch (error) {
    return { refused: t('backupReadFailed', [errorText(error)]) };
  }
}
