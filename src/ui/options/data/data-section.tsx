import { createSignal, Show } from 'solid-js';
import { now } from '../../../clock';
import { importBackup } from '../../../db/backup-import';
import { undoImport } from '../../../db/import-undo';
import { sizeProblem } from '../../../domain/backup/parse';
import { t } from '../../../i18n';
import { errorText } from '../../shared/format';
import { Alert, Status } from '../../shared/status-line';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { writeWithoutWaitingForPlan } from '../../shared/write';
import { checkBackupFile } from './backup-check';
import { BackupDownload } from './backup-download';
import { BackupFileField } from './backup-file-field';
import { backupMessageText, undoneText } from './backup-message';
import { CsvExport } from './csv-export';
import { EraseEverything } from './erase-everything';
import { SyncPanel } from './sync-panel';
import { ImportPreview, type PendingImport } from './import-preview';

/** Your data: sync, a backup of everything and its import, the CSV exports, and erasing it all. */
export function DataSection() {
  return (
    <>
      <h2 id="data-heading">{t('sectionData')}</h2>
      <SyncPanel />
      <BackupPanel />
      <CsvExport />
      <EraseEverything />
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
    const checked = await checkBackupFile(file);
    setChecking(false);
    if ('refused' in checked) return refuse(checked.refused);
    setPending(checked.pending);
    previewHeading?.focus();
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
      const undo = await writeWithoutWaitingForPlan('import', (db) =>
        importBackup(db, chosen.backup, at),
      );
      setPending(null);
      resetInput();
      // The file field takes files again, so it can take the focus below.
      setImporting(false);
      setOffer({
        message: t('backupImported'),
        undo: async () => {
          const undoAt = (await now()).getTime();
          const result = await writeWithoutWaitingForPlan('import', (db) =>
            undoImport(db, undo, undoAt),
          );
          setStatus(undoneText(result));
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

  return (
    <div class="network">
      <BackupDownload onStart={clearMessages} onDone={setStatus} onFailed={setFailure} />
      <BackupFileField
        checking={checking()}
        importing={importing()}
        ref={(element) => (fileInput = element)}
        onChoose={(file) => void check(file)}
      />
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
