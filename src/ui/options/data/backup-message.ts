import type { BackupMessage } from '../../../domain/backup/format';
import type { UndoResult } from '../../../db/import-undo';
import { t } from '../../../i18n';
import { countText, plural } from '../../../plural';

/** The words of a backup message, its nested parts worded first. */
export function backupMessageText(message: BackupMessage): string {
  if ('count' in message) {
    return plural(message.key, message.count, [message.field, countText(message.count)]);
  }
  return t(
    message.key,
    message.subs.map((sub) => (typeof sub === 'string' ? sub : backupMessageText(sub))),
  );
}

/** What an Undo of an import says: all taken back, or which records it left as changed. */
export function undoneText(result: UndoResult): string {
  if (result.kept.length === 0) return t('backupUndone');
  const names = result.kept.map(({ kind, label }) => {
    // A settings part's key is no word for the user.
    if (kind === 'settings') return t('backupKeptSettings');
    return label.trim() || t('backupKeptUnnamed');
  });
  return t('backupUndoneKept', [String(result.kept.length), [...new Set(names)].join(', ')]);
}
