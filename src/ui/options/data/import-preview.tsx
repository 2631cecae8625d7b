import { For } from 'solid-js';
import { COLLECTIONS, type Backup, type Collection } from '../../../domain/backup/format';
import type { ImportPreview as Preview } from '../../../domain/backup/preview';
import { t, uiLanguage, type MessageKey } from '../../../i18n';
import { Status } from '../../shared/status-line';

const WHAT: Record<Collection, MessageKey> = {
  contacts: 'backupWhatContacts',
  interactions: 'backupWhatInteractions',
  checkIns: 'backupWhatCheckIns',
  reflections: 'backupWhatReflections',
  dayExceptions: 'backupWhatDayExceptions',
  activity: 'backupWhatActivity',
  nudgeLog: 'backupWhatNudgeLog',
};

/** A checked file waiting for the user's Import or Cancel. */
export interface PendingImport {
  fileName: string;
  backup: Backup;
  preview: Preview;
}

const count = (value: number) => new Intl.NumberFormat(uiLanguage()).format(value);

const made = (backup: Backup) =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(backup.exportedAt),
  );

/** What importing the chosen file would add and replace, with Import and Cancel. */
export function ImportPreview(props: {
  pending: PendingImport;
  /** Written now: both buttons say they do nothing more (disabled ones would drop focus). */
  importing: boolean;
  headingRef: (element: HTMLHeadingElement) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  return (
    <section class="card field-block" aria-labelledby="backup-preview-heading">
      <h3 id="backup-preview-heading" tabindex="-1" ref={(element) => props.headingRef(element)}>
        {t('backupPreviewHeading', [props.pending.fileName])}
      </h3>
      <p>{t('backupPreviewMade', [made(props.pending.backup)])}</p>
      <ul data-testid="backup-preview">
        <For each={COLLECTIONS}>
          {(collection) => (
            <li>
              {t('backupPreviewLine', [
                t(WHAT[collection]),
                count(props.pending.preview[collection].added),
                count(props.pending.preview[collection].replaced),
              ])}
            </li>
          )}
        </For>
        <li>{t('backupPreviewSettings')}</li>
      </ul>
      <p class="muted">{t('backupPreviewKeeps')}</p>
      <div class="form-actions">
        <button type="button" aria-disabled={props.importing} onClick={() => props.onImport()}>
          {t('backupImport')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled={props.importing}
          onClick={() => props.onCancel()}
        >
          {t('cancel')}
        </button>
      </div>
      {/* Years of connections take seconds to write. The card's own line, so a download
          meanwhile, with its own message in the panel's line, does not hide it. */}
      <Status message={props.importing ? t('backupImporting') : null} />
    </section>
  );
}
