import type { BackupMessage } from '../../../domain/backup/format';
import { t } from '../../../i18n';

/** The words of a backup message, its nested parts worded first. */
export function backupMessageText(message: BackupMessage): string {
  return t(
    message.key,
    message.subs.map((sub) => (typeof sub === 'string' ? sub : backupMessageText(sub))),
  );
}
