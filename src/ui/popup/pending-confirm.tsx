import { createSignal, createUniqueId, For, Show } from 'solid-js';
import { now } from '../../clock';
import { t } from '../../i18n';
import type { PendingMessage } from '../../storage/pending-messages';
import { Alert, Status } from '../shared/status-line';
import { errorText, shortWhen } from '../shared/format';
import { answerPending, loadPending } from './pending-message';
import { isolated } from '../../text/isolate';
import { Isolating } from '../shared/isolating';
import { loaded } from '../shared/loaded';

/**
 * Asks about each message the user started sending in an earlier popup and did not
 * confirm: nothing is logged until they say it went out. Only questions from before the
 * popup opened: one started in this popup is answered in its composer, and asking it here
 * too would offer to log the same message twice.
 */
export function PendingConfirm(props: { onChanged: () => void }) {
  let opened: number | undefined;
  const [questions, refetch] = loaded(async () => {
    const [items, current] = await Promise.all([loadPending(), now()]);
    opened ??= current.getTime();
    const from = opened;
    return { items: items.filter((item) => item.at <= from), now: from };
  });
  const [status, setStatus] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let statusLine: HTMLParagraphElement | undefined;

  async function answer(item: PendingMessage, wentOut: boolean) {
    setBusy(true);
    setFailure(null);
    setStatus(null);
    try {
      // The composer may have answered it meanwhile; a message is logged at most once.
      const answered = await answerPending(item, wentOut);
      setStatus(
        answered === 'logged'
          ? t('composerLogged', [isolated(item.name)])
          : answered === 'cleared'
            ? t('pendingSentCleared', [isolated(item.name)])
            : t('pendingSentGone', [isolated(item.name)]),
      );
      await refetch();
      // The answered row is gone: focus goes to what was done rather than the page.
      statusLine?.focus();
      props.onChanged();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show when={(questions()?.items.length ?? 0) > 0 || status() || failure()}>
      <section class="pending-confirm card" aria-label={t('composerConfirmHint')}>
        <ul class="pending-list">
          <For each={questions()?.items ?? []}>
            {(item) => {
              const id = createUniqueId();
              return (
                <li>
                  <p id={id}>
                    <span>
                      <Isolating text={t('pendingSentQuestion', [isolated(item.name)])} />
                    </span>{' '}
                    <span class="muted">
                      {t('pendingSentWhen', [shortWhen(item.at, questions()!.now)])}
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
        <Status message={status()} ref={(element) => (statusLine = element)} />
        <Alert message={failure()} />
      </section>
    </Show>
  );
}
