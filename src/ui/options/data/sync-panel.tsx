import { createSignal, For, onCleanup, Show } from 'solid-js';
import { now } from '../../../clock';
import { undoJoin } from '../../../db/sync-data';
import { t } from '../../../i18n';
import { countText } from '../../../plural';
import { send } from '../../../messages';
import {
  noteSyncedIn,
  syncChoice,
  syncStatus,
  type SyncChoice,
  type SyncStatus,
} from '../../../storage/sync';
import { errorText, shortWhen } from '../../shared/format';
import { Alert, Status } from '../../shared/status-line';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { write } from '../../shared/write';
import { joinedSummary } from './joined-summary';
import { SyncDisclosure } from './sync-disclosure';

/** Tells the background the choice changed: it syncs now, or takes Tend's items out. */
async function tellBackground(): Promise<void> {
  await send('data-changed', { what: 'sync' }).catch((error: unknown) => {
    console.warn('Tend: the background will sync at its next wake', error);
  });
}

function statusText(choice: SyncChoice, status: SyncStatus, at: number): string {
  if (!choice.on) return t('syncOff');
  if (status.retryAt !== null && status.error)
    return t('syncRetry', [shortWhen(status.retryAt, at)]);
  if (status.lastAt === null) return t('syncWaiting');
  return t('syncLast', [shortWhen(status.lastAt, at)]);
}

/**
 * What did not fit in the sync area, each part said once (people, then old connections), and
 * what another computer sent that could not be used.
 */
function overflowTexts(status: SyncStatus): string[] {
  const texts: string[] = [];
  const people = status.overflow.find((part) => part.collection === 'contacts' && !part.notes);
  if (people) texts.push(t('syncOverflowPeople', [String(people.count)]));
  const connections = status.overflow.find(
    (part) => part.collection === 'interactions' && !part.notes,
  );
  if (connections?.newest != null) {
    const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
      connections.newest,
    );
    texts.push(t('syncOverflowConnections', [date]));
  }
  if (status.overflow.some((part) => part !== people && part !== connections)) {
    texts.push(t('syncOverflowOther'));
  }
  if (status.unused) texts.push(t('syncUnused', [countText(status.unused)]));
  return texts;
}

/** Sync through the browser's own sync: one switch, told plainly before it turns on. */
export function SyncPanel() {
  const [choice, setChoice] = createSignal<SyncChoice>(syncChoice.fallback);
  const [status, setStatus] = createSignal<SyncStatus>(syncStatus.fallback);
  const [asking, setAsking] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [note, setNote] = createSignal<string | null>(null);
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [clock, setClock] = createSignal(Date.now());
  let switchInput: HTMLInputElement | undefined;
  // The pass before the first join's: its changes are offered for Undo once, as they come.
  let lastAt: number | null | undefined;
  void syncChoice.getValue().then(setChoice);
  void syncStatus.getValue().then((stored) => {
    lastAt ??= stored.lastAt;
    setStatus(stored);
  });
  // The background's passes (this computer's or another's change) update the line in place.
  onCleanup(syncChoice.watch(setChoice));
  onCleanup(
    syncStatus.watch((next) => {
      if (lastAt === null && next.joined.length > 0) offerUndo(next);
      lastAt = next.lastAt;
      setStatus(next);
      setClock(Date.now());
    }),
  );

  function offerUndo(next: SyncStatus) {
    setOffer({
      message: joinedSummary(next.joined),
      undo: async () => {
        await change({ ...choice(), on: false });
        await write('sync', (db) => undoJoin(db, next.joined));
        // Open pages (the network, check-ins) show the data as it was again.
        await noteSyncedIn();
        setNote(t('syncJoinUndone'));
        switchInput?.focus();
      },
    });
  }

  async function change(next: SyncChoice) {
    setFailure(null);
    try {
      await syncChoice.setValue(next);
      setChoice(next);
      if (!next.on) {
        setOffer(null);
        lastAt = null;
      }
      await tellBackground();
      setClock((await now()).getTime());
    } catch (error) {
      setFailure(t('syncFailed', [errorText(error)]));
    }
  }

  function flip(event: Event & { currentTarget: HTMLInputElement }) {
    setNote(null);
    if (!event.currentTarget.checked) return void change({ ...choice(), on: false });
    // Not on yet: the switch stays off until the user has read what sync sends, and where.
    event.currentTarget.checked = false;
    setAsking(true);
  }

  return (
    <section aria-labelledby="sync-heading" class="field-block">
      <h3 id="sync-heading">{t('syncHeading')}</h3>
      <label class="field">
        <input
          ref={(element) => (switchInput = element)}
          type="checkbox"
          role="switch"
          name="sync-on"
          checked={choice().on}
          aria-checked={choice().on}
          onChange={flip}
        />
        {t('syncSwitch')}
      </label>
      <Show when={asking()}>
        <SyncDisclosure
          onConfirm={() => {
            setAsking(false);
            void change({ ...choice(), on: true }).then(() => switchInput?.focus());
          }}
          onCancel={() => {
            setAsking(false);
            switchInput?.focus();
          }}
        />
      </Show>
      <label class="field">
        <input
          type="checkbox"
          name="sync-notes"
          checked={choice().includeNotes}
          onChange={(event) =>
            void change({ ...choice(), includeNotes: event.currentTarget.checked })
          }
        />
        {t('syncIncludeNotes')}
      </label>
      <p class="muted" role="status">
        {statusText(choice(), status(), clock())}
      </p>
      <Show when={choice().on}>
        <For each={overflowTexts(status())}>{(text) => <p class="muted">{text}</p>}</For>
      </Show>
      <UndoBar
        offer={offer()}
        onDone={() => setOffer(null)}
        onError={(text) => setFailure(t('syncFailed', [text]))}
      />
      <Alert message={failure()} />
      <Status message={note()} />
    </section>
  );
}
