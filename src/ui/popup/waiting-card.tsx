import { createSignal, For, Show } from 'solid-js';
import { now } from '../../clock';
import { t } from '../../i18n';
import { send } from '../../messages';
import { NUDGE_ACTION_LABEL, type NudgeAction } from '../../text/nudge-actions';
import type { WaitingNudge } from '../../domain/waiting';
import { errorText } from '../shared/format';
import { Alert, Status } from '../shared/status-line';
import { WaitingItem } from './waiting-item';

/**
 * The nudges shown and not yet answered (the system may have hidden them under Do Not
 * Disturb), each with its notification's actions, "Open" and "Dismiss". The background
 * does each one, as it would for the notification, and takes it off the badge.
 */
export function WaitingCard(props: {
  items: WaitingNudge[];
  onChanged: () => void;
  onCompose: (contactId: string) => void;
}) {
  const [status, setStatus] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // Shown times are relative to when the popup opened; a clock read once is enough.
  const [opened, setOpened] = createSignal<number | null>(null);
  void now().then((at) => setOpened(at.getTime()));
  let heading: HTMLHeadingElement | undefined;

  async function run(request: () => Promise<unknown>, done: string, keepFocus = true) {
    // Answering one already: the buttons are only aria-disabled, so that focus stays on them.
    if (busy()) return;
    setBusy(true);
    setFailure(null);
    setStatus(null);
    try {
      await request();
      setStatus(done);
      // The answered entry leaves the list; focus stays in the card rather than the page.
      if (keepFocus) heading?.focus();
      props.onChanged();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  function act(item: WaitingNudge, action: NudgeAction) {
    const label = t(NUDGE_ACTION_LABEL[action]);
    if (action === 'compose') {
      const contactId = item.contactId;
      if (contactId === undefined) return;
      // The composer opens in this popup, focused; the nudge is answered all the same.
      props.onCompose(contactId);
      const done = t('waitingActionDone', [label]);
      void run(() => send('dismiss-nudge', { key: item.key }), done, false);
      return;
    }
    void run(
      () => send('nudge-action', { key: item.key, action }),
      t('waitingActionDone', [label]),
    );
  }

  return (
    <Show when={props.items.length > 0 || status() || failure()}>
      <section class="waiting card" aria-labelledby="waiting-heading">
        <h2
          id="waiting-heading"
          class="small-heading"
          tabIndex={-1}
          ref={(element) => (heading = element)}
        >
          {t('waitingHeading')}
        </h2>
        <ul class="waiting-list">
          <For each={props.items}>
            {(item) => (
              <WaitingItem
                item={item}
                opened={opened()}
                busy={busy()}
                onAct={(action) => act(item, action)}
                onOpen={() =>
                  void run(
                    () => send('open-nudge', { key: item.key }),
                    t('waitingOpened', [item.title]),
                  )
                }
                onDismiss={() =>
                  void run(
                    () => send('dismiss-nudge', { key: item.key }),
                    t('waitingDismissed', [item.title]),
                  )
                }
              />
            )}
          </For>
        </ul>
        <Status message={status()} />
        <Alert message={failure()} />
      </section>
    </Show>
  );
}
