import { createSignal, For, onMount, Show } from 'solid-js';
import { now } from '../../clock';
import type { ConnectionKind } from '../../domain/types';
import { t } from '../../i18n';
import { isolated } from '../../text/isolate';
import { Alert } from '../shared/status-line';
import { errorText } from '../shared/format';
import { KIND_LABEL } from '../shared/network-labels';
import { UndoBar, type UndoOffer } from '../shared/undo-bar';
import type { PopupView } from './load-today';
import { deleteInteraction, logInteraction, writeAndPlan } from './popup-data';
import { QuickLogRow } from './quick-log-row';

const KINDS: ConnectionKind[] = [
  'peer-check-in',
  'supervision',
  'informal',
  'peer-group',
  'self-care-together',
  'message',
];

export interface QuickLogPickerProps {
  people: { id: string; name: string }[];
  onChanged: (planned: PopupView | null) => void;
}

/**
 * The quick log once opened (a chunk of its own): the list of people, focused and open, and
 * a kind of connection for the one chosen; when, how and who gave are defaulted.
 */
export function QuickLogPicker(props: QuickLogPickerProps) {
  const [who, setWho] = createSignal('');
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let picker: HTMLSelectElement | undefined;

  onMount(() => {
    // It takes the place of the button the user just pressed: focus moves into it, and the
    // list opens where the browser allows it (the click is still fresh).
    picker?.focus();
    try {
      picker?.showPicker?.();
    } catch {
      // Not allowed or not known here: the list is focused, one more click or key opens it.
    }
  });

  async function log(kind: ConnectionKind) {
    const person = props.people.find((candidate) => candidate.id === who());
    // Logging already: the buttons are only aria-disabled, so that focus stays on them.
    if (!person || busy()) return;
    setBusy(true);
    setFailure(null);
    try {
      const id = crypto.randomUUID();
      const at = (await now()).getTime();
      const { view } = await writeAndPlan('contacts', (db) =>
        logInteraction(db, {
          id,
          at,
          contactIds: [person.id],
          kind,
          // A message is never in person; anything else most often is.
          mode: kind === 'message' ? 'message' : 'in-person',
          direction: 'both',
          feltBefore: null,
          feltAfter: null,
          note: '',
        }),
      );
      setOffer({
        message: t('quickLogDone', [t(KIND_LABEL[kind]), isolated(person.name)]),
        undo: async () => {
          const undone = await writeAndPlan('contacts', (db) => deleteInteraction(db, id));
          props.onChanged(undone.view);
        },
      });
      setWho('');
      // The kind buttons go with the choice: focus returns to the list, ready for the next.
      picker?.focus();
      props.onChanged(view);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <QuickLogRow>
        {/* As wide as the row allows, never as wide as the longest name. */}
        <label class="quick-log-who">
          <span class="visually-hidden">{t('quickLogWho')}</span>
          <select
            ref={(element) => (picker = element)}
            value={who()}
            onChange={(event) => setWho(event.currentTarget.value)}
          >
            <option value="">{t('quickLogPick')}</option>
            <For each={props.people}>
              {(person) => <option value={person.id}>{person.name}</option>}
            </For>
          </select>
        </label>
      </QuickLogRow>
      <Show when={who() !== ''}>
        <div class="chips" role="group" aria-label={t('quickLogKinds')}>
          <For each={KINDS}>
            {(kind) => (
              <button
                type="button"
                class="secondary"
                aria-disabled={busy()}
                aria-label={t('quickLogKindLabel', [t(KIND_LABEL[kind])])}
                onClick={() => void log(kind)}
              >
                {t(KIND_LABEL[kind])}
              </button>
            )}
          </For>
        </div>
      </Show>
      <UndoBar offer={offer()} onDone={() => setOffer(null)} onError={setFailure} />
      <Alert message={failure()} />
    </>
  );
}
