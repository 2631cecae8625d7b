import { createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { now } from '../../clock';
import { t } from '../../i18n';
import { Alert } from '../shared/alert';
import { errorText, shortWhen } from '../shared/format';
import { clearPending, loadPending, logSentMessage, type PendingMessage } from './pending-message';

async function loadQuestions() {
  const [items, current] = await Promise.all([loadPending(), now()]);
  return { items, now: current.getTime() };
}

/**
 * Asks about each message the user started sending in an earlier popup and did not
 * confirm: nothing is logged until they say it went out. Read once when the popup opens;
 * a message started in this popup is confirmed in its composer.
 */
export function PendingConfirm(props: { onChanged: () => void }) {
  const [questions, { refetch }] = createResource(loadQuestions);
  const [status, setStatus] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function answer(item: PendingMessage, wentOut: boolean) {
    setBusy(true);
    setFailure(null);
    setStatus(null);
    try {
      // The composer may have answered it meanwhile; a message is logged at most once.
      const stillPending = (await loadPending()).some((one) => one.contactId === item.contactId);
      if (wentOut && stillPending) {
        await logSentMessage(item.contactId);
        setStatus(t('composerLogged', [item.name]));
      } else {
        await clearPending(item.contactId);
        if (!wentOut) setStatus(t('pendingSentCleared', [item.name]));
      }
      await refetch();
      props.onChanged();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show when={(questions.latest?.items.length ?? 0) > 0 || status() || failure()}>
      <section class="pending-confirm card" aria-label={t('composerConfirmHint')}>
        <ul class="pending-list">
          <For each={questions.latest?.items ?? []}>
            {(item) => {
              const id = createUniqueId();
              return (
                <li>
                  <p id={id}>
                    {t('pendingSentQuestion', [item.name])}{' '}
                    <span class="muted">
                      {t('pendingSentWhen', [shortWhen(item.at, questions.latest!.now)])}
                    </span>
                  </p>
                  <div class="chips">
                    <button
                      type="button"
                      aria-describedby={id}
                      disabled={busy()}
                      onClick={() => void answer(item, true)}
                    >
                      {t('pendingSentYes')}
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      aria-describedby={id}
                      disabled={busy()}
                      onClick={() => void answer(item, false)}
                    >
                      {t('pendingSentNo')}
                    </button>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
        <Show when={status()}>
          {(text) => (
            <p class="status" role="status">
              {text()}
            </p>
          )}
        </Show>
        <Alert message={failure()} />
      </section>
    </Show>
  );
}
