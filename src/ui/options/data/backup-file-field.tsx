import { BACKUP_MAX_BYTES } from '../../../domain/backup/format';
import { t } from '../../../i18n';
import { Status } from '../../shared/status-line';

const limitMb = String(BACKUP_MAX_BYTES / 1024 / 1024);

/** Import a backup: what it does, the file to choose, and a word while it is checked. */
export function BackupFileField(props: {
  checking: boolean;
  /** A backup is being written: another file chosen now would take its preview's place. */
  importing: boolean;
  ref: (element: HTMLInputElement) => void;
  onChoose: (file: File) => void;
}) {
  return (
    <section aria-labelledby="backup-import-heading" class="field-block">
      <h3 id="backup-import-heading">{t('backupImportHeading')}</h3>
      <p class="muted">{t('backupImportIntro')}</p>
      <label class="field-block">
        {t('backupFileLabel', [limitMb])}
        <input
          ref={(element) => props.ref(element)}
          type="file"
          name="backup-file"
          accept="application/json,.json"
          disabled={props.importing}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) props.onChoose(file);
          }}
        />
      </label>
      <Status class="muted" message={props.checking ? t('backupChecking') : null} />
    </section>
  );
}
