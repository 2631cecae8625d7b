import { createSignal, For, Show } from 'solid-js';
import { now } from '../../../clock';
import { currentKeys, exportBackup } from '../../../db/backup';
import { importBackup, undoImport } from '../../../db/backup-import';
import { openDb } from '../../../db/open';
import {
  BACKUP_MAX_BYTES,
  COLLECTIONS,
  type Backup,
  type Collection,
} from '../../../domain/backup/format';
import { backupText, parseBackup, sizeProblem } from '../../../domain/backup/parse';
import { importPreview, type ImportPreview } from '../../../domain/backup/preview';
import { localDate } from '../../../domain/workday';
import { t, uiLanguage, type MessageKey } from '../../../i18n';
import { Alert } from '../../shared/alert';
import { download } from '../../shared/download';
import { errorText } from '../../shared/format';
import { notifyChanged } from '../../shared/notify-changed';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { backupMessageText } from './backup-message';
import { CsvExport } from './csv-export';

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
interface Pending {
  fileName: string;
  backup: Backup;
  preview: ImportPreview;
}

const count = (value: number) => new Intl.NumberFormat(uiLanguage()).format(value);

/** Your data: a backup of everything and its import, then the CSV exports. */
export function DataSection() {
  return (
    <>
      <h2 id="data-heading">{t('sectionData')}</h2>
      <BackupPanel />
      <CsvExport />
    </>
  );
}

function BackupPanel() {
  const [status, setStatus] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [checking, setChecking] = createSignal(false);
  const [pending, setPending] = createSignal<Pending | null>(null);
  // A second click on Import while the first is written would import twice, and its Undo
  // would only take back the second.
  const [importing, setImporting] = createSignal(false);
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  let fileInput: HTMLInputElement | undefined;
  let previewHeading: HTMLHeadingElement | undefined;

  function clearMessages() {
    setStatus(null);
    setFailure(null);
  }

  async function downloadBackup() {
    clearMessages();
    try {
      const [db, current] = await Promise.all([openDb(), now()]);
      const backup = await exportBackup(db, current);
      const fileName = `tend-backup-${localDate(backup.settings.schedule.timeZone, current)}.json`;
      download(fileName, backupText(backup), 'application/json');
      setStatus(t('backupDownloaded', [fileName]));
    } catch (error) {
      setFailure(t('backupExportFailed', [errorText(error)]));
    }
  }

  async function check(file: File) {
    clearMessages();
    setPending(null);
    // An earlier import's Undo must not stay clickable once another file is on the way.
    setOffer(null);
    // A refused file can be mended and chosen again: the input must report the same file anew.
    const refuse = (text: string) => {
      setFailure(text);
      resetInput();
    };
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) return refuse(backupMessageText(tooLarge));
    setChecking(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        return refuse(t('backupReadFailed', [errorText(error)]));
      }
      const parsed = parseBackup(text, (await now()).getTime());
      if (!parsed.ok) return refuse(backupMessageText(parsed.message));
      const preview = importPreview(parsed.backup, await currentKeys(await openDb()));
      setPending({ fileName: file.name, backup: parsed.backup, preview });
      previewHeading?.focus();
    } catch (error) {
      refuse(t('backupReadFailed', [errorText(error)]));
    } finally {
      setChecking(false);
    }
  }

  function resetInput() {
    // The same file can then be chosen again and still be checked.
    if (fileInput) fileInput.value = '';
  }

  async function confirm(chosen: Pending) {
    if (importing()) return;
    setImporting(true);
    clearMessages();
    try {
      const [db, at] = await Promise.all([openDb(), now()]);
      const undo = await importBackup(db, chosen.backup, at.getTime());
      setPending(null);
      resetInput();
      setOffer({
        message: t('backupImported'),
        undo: async () => {
          const [undoDb, undoAt] = await Promise.all([openDb(), now()]);
          await undoImport(undoDb, undo, undoAt.getTime());
          setStatus(t('backupUndone'));
          // The Undo button goes with the offer: the focus stays in the panel.
          fileInput?.focus();
          await notifyChanged('import');
        },
      });
      fileInput?.focus();
      await notifyChanged('import');
    } catch (error) {
      setFailure(t('backupImportFailed', [errorText(error)]));
    } finally {
      setImporting(false);
    }
  }

  function cancel() {
    // Too late once the import is being written: it will say how it went.
    if (importing()) return;
    setPending(null);
    resetInput();
    setStatus(t('backupCancelled'));
    fileInput?.focus();
  }

  const made = (backup: Backup) =>
    new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(backup.exportedAt),
    );
  const limitMb = String(BACKUP_MAX_BYTES / 1024 / 1024);

  return (
    <div class="network">
      <section aria-labelledby="backup-heading" class="field-block">
        <h3 id="backup-heading">{t('backupHeading')}</h3>
        <p class="muted">{t('backupIntro')}</p>
        <p class="muted">{t('backupPrivacy')}</p>
        <div class="form-actions">
          <button type="button" onClick={() => void downloadBackup()}>
            {t('backupDownload')}
          </button>
        </div>
      </section>
      <section aria-labelledby="backup-import-heading" class="field-block">
        <h3 id="backup-import-heading">{t('backupImportHeading')}</h3>
        <p class="muted">{t('backupImportIntro')}</p>
        <label class="field-block">
          {t('backupFileLabel', [limitMb])}
          <input
            ref={(element) => (fileInput = element)}
            type="file"
            name="backup-file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void check(file);
            }}
          />
        </label>
        <Show when={checking()}>
          <p class="muted" role="status">
            {t('backupChecking')}
          </p>
        </Show>
      </section>
      <UndoBar
        offer={offer()}
        onDone={() => setOffer(null)}
        onError={(text) => setFailure(t('actionFailed', [text]))}
      />
      <Alert message={failure()} />
      <Show when={status()}>
        {(text) => (
          <p class="status" role="status">
            {text()}
          </p>
        )}
      </Show>
      <Show when={pending()}>
        {(chosen) => (
          <section class="card field-block" aria-labelledby="backup-preview-heading">
            <h3
              id="backup-preview-heading"
              tabindex="-1"
              ref={(element) => (previewHeading = element)}
            >
              {t('backupPreviewHeading', [chosen().fileName])}
            </h3>
            <p>{t('backupPreviewMade', [made(chosen().backup)])}</p>
            <ul data-testid="backup-preview">
              <For each={COLLECTIONS}>
                {(collection) => (
                  <li>
                    {t('backupPreviewLine', [
                      t(WHAT[collection]),
                      count(chosen().preview[collection].added),
                      count(chosen().preview[collection].replaced),
                    ])}
                  </li>
                )}
              </For>
              <li>{t('backupPreviewSettings')}</li>
            </ul>
            <p class="muted">{t('backupPreviewKeeps')}</p>
            <div class="form-actions">
              <button
                type="button"
                aria-disabled={importing()}
                onClick={() => void confirm(chosen())}
              >
                {t('backupImport')}
              </button>
              <button type="button" class="secondary" aria-disabled={importing()} onClick={cancel}>
                {t('cancel')}
              </button>
            </div>
          </section>
        )}
      </Show>
    </div>
  );
}
