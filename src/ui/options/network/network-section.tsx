import { createMemo, createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Contact } from '../../../domain/types';
import { t } from '../../../i18n';
import { Loading } from '../../shared/loading';
import { Alert } from '../../shared/status-line';
import { UndoBar } from '../../shared/undo-bar';
import { CoverageCard } from './coverage-card';
import { createNetwork, type Network, type NetworkData } from './network-store';
import { duePeople, filterPeople, fold, type PeopleFilter } from './people-filter';
import { PeopleFilterFields } from './people-filter-fields';
import { createPersonActions } from './person-actions';
import { PersonForm } from './person-form';
import { showWholeName } from './person-row';
import { createPersonRows } from './person-rows';
import { createProgressiveList } from './progressive-list';
import { ReciprocityCard } from './reciprocity-card';
import { ReconnectSettings } from './reconnect-settings';
import { RowList } from './row-list';

/** The support network: people and groups, coverage of kinds of support, and reciprocity. */
export function NetworkSection() {
  const network = createNetwork({ flows: true });
  return (
    <>
      <h2 id="network-heading">{t('sectionNetwork')}</h2>
      <p class="muted">{t('networkIntro')}</p>
      <Loading>
        <Show when={network.data.latest}>
          {(data) => <NetworkBody data={data()} network={network} />}
        </Show>
      </Loading>
    </>
  );
}

function NetworkBody(props: { data: NetworkData; network: Network }) {
  const [filter, setFilter] = createStore<PeopleFilter>({
    search: '',
    role: '',
    dueOnly: false,
    showArchived: false,
  });
  // undefined: no form open; null: adding; a contact: editing them.
  const [editing, setEditing] = createSignal<Contact | null | undefined>(undefined);
  const actions = createPersonActions(props);
  const { changes } = actions;
  const due = createMemo(() => duePeople(props.data));
  // Worked out once per data change, not on every keystroke in the search.
  const folded = createMemo(
    () => new Map(props.data.contacts.map((contact) => [contact, fold(contact.name)])),
  );
  const shown = createMemo(() => filterPeople(props.data.contacts, filter, due(), folded()));
  const rendered = createProgressiveList(shown, filter);

  const rowOf = createPersonRows(
    () => props.data,
    due,
    (contact) => ({
      onEdit: () => open(contact),
      onArchive: () => void actions.archive(contact),
      onDelete: () => void actions.remove(contact),
      onSnooze: (on) => void actions.snooze(contact, on),
    }),
  );

  // Focus goes back to what opened the form, so keyboard users keep their place.
  let opener: HTMLElement | null = null;
  function open(contact: Contact | null) {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(contact);
  }
  function close() {
    setEditing(undefined);
    queueMicrotask(() => (opener?.isConnected ? opener : addButton)?.focus());
  }
  let addButton: HTMLButtonElement | undefined;

  return (
    <div class="network" onPointerOver={showWholeName}>
      <UndoBar
        offer={changes.offer()}
        onDone={() => changes.setOffer(null)}
        onError={changes.undoFailed}
      />
      <Alert message={changes.failure()} />
      {/* Keyed on the person: a form opened for one person is never reused for another. */}
      <Show
        when={editing() === undefined ? undefined : { contact: editing() ?? null }}
        keyed
        fallback={
          <button type="button" ref={(element) => (addButton = element)} onClick={() => open(null)}>
            {t('personAdd')}
          </button>
        }
      >
        {(target) => (
          <PersonForm
            initial={target.contact}
            network={props.data.settings.network}
            onCancel={close}
            onSave={(contact, opened) => actions.save(contact, opened, close)}
          />
        )}
      </Show>
      <PeopleFilterFields filter={filter} setFilter={setFilter} />
      <p class="muted" aria-live="polite">
        {props.data.contacts.length === 0
          ? t('peopleEmpty')
          : t('peopleShown', [String(shown().length), String(props.data.contacts.length)])}
      </p>
      <RowList rows={rendered().map(rowOf)} class="people" label={t('peopleListLabel')} />
      <CoverageCard contacts={props.data.contacts} />
      <ReciprocityCard data={props.data} flows={props.data.flows ?? props.data.interactions} />
      <ReconnectSettings
        initial={props.data.settings.network}
        onSaved={props.network.showNetworkSettings}
      />
    </div>
  );
}
