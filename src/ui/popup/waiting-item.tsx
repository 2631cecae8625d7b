import { createUniqueId, For, Show } from 'solid-js';
import type { WaitingNudge } from '../../domain/waiting';
import { t } from '../../i18n';
import { NUDGE_ACTION_LABEL, NUDGE_ACTIONS, type NudgeAction } from '../../text/nudge-actions';
import { shortWhen } from '../shared/format';
import { isolated } from '../../text/isolate';
import { Isolating } from '../shared/isolating';

/** One nudge still waiting: what it said and when, its actions, Open and Dismiss. */
export function WaitingItem(props: {
  item: WaitingNudge;
  /** When the popup opened, that shown times are told from; null until read. */
  opened: number | null;
  busy: boolean;
  onAct: (action: NudgeAction) => void;
  onOpen: () => void;
  onDismiss: () => void;
}) {
  const id = createUniqueId();
  // A reconnect nudge's page is this popup: "Write to Sam" is its "Open".
  const actions = () =>
    (NUDGE_ACTIONS[props.item.kind] ?? []).filter(
      (action) => action !== 'compose' || props.item.contactId !== undefined,
    );
  return (
    <li data-testid="waiting-nudge">
      {/* When it was shown shares the title's line: two waiting nudges fit beside the rest. */}
      <div id={id}>
        <p class="waiting-title">
          <strong>
            <Isolating text={props.item.title} />
          </strong>
          <Show when={props.opened}>
            {(at) => (
              <span class="muted shown-at">
                {' '}
                {t('waitingShownAt', [shortWhen(props.item.shownAt, at())])}
              </span>
            )}
          </Show>
        </p>
        <p class="waiting-message">
          <Isolating text={props.item.message} />
        </p>
      </div>
      <div class="chips">
        <For each={actions()}>
          {(action) => (
            <button
              type="button"
              aria-describedby={id}
              aria-disabled={props.busy}
              onClick={() => props.onAct(action)}
            >
              {action === 'compose' && props.item.name ? (
                <Isolating text={t('waitingWriteTo', [isolated(props.item.name)])} />
              ) : (
                t(NUDGE_ACTION_LABEL[action])
              )}
            </button>
          )}
        </For>
        <Show when={props.item.kind !== 'reconnect'}>
          <button
            type="button"
            class="secondary"
            aria-describedby={id}
            aria-disabled={props.busy}
            onClick={() => props.onOpen()}
          >
            {t('waitingOpen')}
          </button>
        </Show>
        <button
          type="button"
          class="secondary"
          aria-describedby={id}
          aria-disabled={props.busy}
          onClick={() => props.onDismiss()}
        >
          {t('waitingDismiss')}
        </button>
      </div>
    </li>
  );
}
