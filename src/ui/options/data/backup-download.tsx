import { now } from '../../../clock';
import { exportBackup } from '../../../db/backup';
import { backupText } from '../../../domain/backup/parse';
import { localDate } from '../../../domain/workday';
import { t } from '../../../i18n';
import { download } from '../../shared/download';
import { errorText } from '../../shared/format';
import { read } from '../../shared/read';

/** Everything in one file, named for the day it was made, read in one moment. */
export async function downloadBackup(): Promise<string> {
  const current = await now();
  const backup = await read((db) => exportBackup(db, current));
  const fileName = `tend-backup-${localDate(backup.settings.schedule.timeZone, current)}.json`;
  download(fileName, backupText(backup), 'application/json');
  return fileName;
}

/** Download a backup: what it holds, where it stays, and the button. */
export function BackupDownload(props: {
  /** Before the download, so the last message goes. */
  onStart: () => void;
  onDone: (message: string) => void;
  onFailed: (message: string) => void;
}) {
  async function start() {
    props.onStart();
    try {
      props.onDone(t('backupDownloaded', [await downloadBackup()]));
    } catch (error) {
      props.onFailed(t('backupExportFailed', [errorText(error)]));
    }
  }

  return (
    <section aria-labelledby="backup-heading" class="field-block">
      <h3 id="backup-heading">{t('backupHeading')}</h3>
      <p class="muted">{t('backupIntro')}</p>
      <p class="muted">{t('backupPrivacy')}</p>
      <div class="form-actions">
        <button type="button" onClick={() => void start()}>
          {t('backupDownload')}
        </button>
      </div>
    </section>
  );
}
