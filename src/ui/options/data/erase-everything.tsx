import { createSignal, For, Show } from 'solid-js';
import { t, type MessageKey } from '../../../i18n';
import { send } from '../../../messages';
import { dropPopupViewCopy } from '../../../storage/popup-view-copy';
import { errorText } from '../../shared/format';
import { Alert, Status } from '../../shared/status-line';
import { downloadBackup } from './backup-download';

/** What goes, named before anything does. */
const WHAT_GOES: readonly MessageKey[] = [
  'eraseWhatRecords',
  'eraseWhatSettings',
  'eraseWhatStored',
  'eraseWhatBrowser',
];

type Stage = 'closed' | 'confirm' | 'erasing' | 'done';

/**
 * Erase everything: a button, then a confirmation that names what goes and offers a backup
 * first; the background erases (it holds the database and the alarms) and starts fresh.
 */
export function EraseEverything() {
  const [stage, setStage] = createSignal<Stage>('closed');
  const [failure, setFailure] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal<string | null>(null);
  let openButton: HTMLButtonElement | undefined;
  let confirmHeading: HTMLHeadingElement | undefined;
  let doneLine: HTMLParagraphElement | undefined;

  function open() {
    setFailure(null);
    setStatus(null);
    setStage('confirm');
    confirmHeading?.focus();
  }

  function cancel() {
    if (stage() === 'erasing') return;
    setStage('closed');
    setStatus(t('eraseCancelled'));
    openButton?.focus();
  }

  async function backUp() {
    setFailure(null);
    try {
      setStatus(t('backupDownloaded', [await downloadBackup()]));
    } catch (error) {
      setFailure(t('backupExportFailed', [errorText(error)]));
    }
  }

  async function erase() {
    setStage('erasing');
    setFailure(null);
    setStatus(null);
    try {
      await send('erase-everything', {});
      dropPopupViewCopy();
      setStage('done');
      doneLine?.focus();
    } catch (error) {
      setStage('confirm');
      setFailure(t('eraseFailed', [errorText(error)]));
    }
  }

  return (
    <section aria-labelledby="erase-heading" class="field-block">
      <h3 id="erase-heading">{t('eraseHeading')}</h3>
      <Show
        when={stage() !== 'done'}
        fallback={
          <p class="status" role="status" tabIndex={-1} ref={(element) => (doneLine = element)}>
            {t('eraseDone')}
          </p>
        }
      >
        <p class="muted">{t('eraseIntro')}</p>
        <Show when={stage() === 'closed'}>
          <div class="form-actions">
            <button type="button" ref={(element) => (openButton = element)} onClick={open}>
              {t('eraseOpen')}
            </button>
          </div>
        </Show>
        <Show when={stage() === 'confirm' || stage() === 'erasing'}>
          <div
            class="card"
            role="group"
            aria-labelledby="erase-confirm-heading"
            onKeyDown={(event) => event.key === 'Escape' && cancel()}
          >
            <h4
              id="erase-confirm-heading"
              tabIndex={-1}
              ref={(element) => (confirmHeading = element)}
            >
              {t('eraseConfirmHeading')}
            </h4>
            <ul>
              <For each={WHAT_GOES}>{(key) => <li>{t(key)}</li>}</For>
            </ul>
            <p>{t('eraseCannotUndo')}</p>
            <div class="form-actions">
              <button type="button" class="secondary" onClick={() => void backUp()}>
                {t('eraseBackupFirst')}
              </button>
              <button type="button" disabled={stage() === 'erasing'} onClick={() => void erase()}>
                {stage() === 'erasing' ? t('eraseWorking') : t('eraseConfirm')}
              </button>
              <button type="button" class="secondary" onClick={cancel}>
                {t('eraseCancel')}
              </button>
            </div>
          </div>
        </Show>
      </Show>
      <Alert message={failure()} />
      <Status message={status()} />
    </section>
  );
}
