import type { BackupMessage } from '../../../domain/backup/format';
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
