import { createSignal, Show } from 'solid-js';
import { now } from '../../../clock';
import { currentKeys, exportBackup } from '../../../db/backup';
import { importBackup, undoImport } from '../../../db/backup-import';
import { BACKUP_MAX_BYTES } from '../../../domain/backup/format';
import { backupText, parseBackup, sizeProblem } from '../../../domain/backup/parse';
import { importPreview } from '../../../domain/backup/preview';
import { localDate } from '../../../domain/workday';
import { t } from '../../../i18n';
import { download } from '../../shared/download';
import { errorText } from '../../shared/format';
import { read } from '../../shared/read';
import { Alert, Status } from '../../shared/status-line';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { write } from '../../shared/write';
import { backupMessageText } from './backup-message';
import { CsvExport } from './csv-export';
import { ImportPreview, type PendingImport } from './import-preview';

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
  const [pending, setPending] = createSignal<PendingImport | null>(null);
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
      const current = await now();
      const backup = await read((db) => exportBackup(db, current));
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
      const preview = importPreview(parsed.backup, await read(currentKeys));
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

  async function confirm(chosen: PendingImport) {
    if (importing()) return;
    setImporting(true);
    clearMessages();
    try {
      const at = (await now()).getTime();
      const undo = await write('import', (db) => importBackup(db, chosen.backup, at));
      setPending(null);
      resetInput();
      setOffer({
        message: t('backupImported'),
        undo: async () => {
          const undoAt = (await now()).getTime();
          await write('import', (db) => undoImport(db, undo, undoAt));
          setStatus(t('backupUndone'));
          // The Undo button goes with the offer: the focus stays in the panel.
          fileInput?.focus();
        },
      });
      fileInput?.focus();
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
      <Status message={status()} />
      <Show when={pending()}>
        {(chosen) => (
          <ImportPreview
            pending={chosen()}
            importing={importing()}
            headingRef={(element) => (previewHeading = element)}
            onImport={() => void confirm(chosen())}
            onCancel={cancel}
          />
        )}
      </Show>
    </div>
  );
}
