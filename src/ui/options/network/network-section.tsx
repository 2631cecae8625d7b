import { addDays } from 'date-fns';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { overdue } from '../../../domain/network/overdue';
import { ROLES } from '../../../domain/network/roles';
import { PERSON_SNOOZE_DAYS } from '../../../domain/pause';
import type { Contact } from '../../../domain/types';
import { t } from '../../../i18n';
import { errorText } from '../../shared/format';
import { Loading } from '../../shared/loading';
import { ROLE_LABEL } from '../../shared/network-labels';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { CoverageCard } from './coverage-card';
import { createNetwork, type NetworkData } from './network-store';
import { filterPeople, type PeopleFilter } from './people-filter';
import { PersonForm } from './person-form';
import { PersonRow } from './person-row';
import { ReciprocityCard } from './reciprocity-card';
import { ReconnectSettings } from './reconnect-settings';

/** The support network: people and groups, coverage of kinds of support, and reciprocity. */
export function NetworkSection() {
  const network = createNetwork();
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

function NetworkBody(props: { data: NetworkData; network: ReturnType<typeof createNetwork> }) {
  const [filter, setFilter] = createStore<PeopleFilter>({
    search: '',
    role: '',
    dueOnly: false,
    showArchived: false,
  });
  // undefined: no form open; null: adding; a contact: editing them.
  const [editing, setEditing] = createSignal<Contact | null | undefined>(undefined);
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);

  const due = createMemo(
    () =>
      new Set(
        overdue(
          props.data.contacts,
          props.data.settings.network,
          props.data.settings.schedule.timeZone,
          new Date(props.data.now),
        )
          .filter((person) => !person.snoozed)
          .map((person) => person.contact.id),
      ),
  );
  const shown = createMemo(() => filterPeople(props.data.contacts, filter, due()));

  async function attempt(action: () => Promise<void>) {
    setFailure(null);
    // The last action's Undo must not stay clickable while this one is written: it would
    // undo the wrong thing.
    setOffer(null);
    try {
      await action();
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  async function archive(contact: Contact) {
    const { network } = props;
    await attempt(async () => {
      await network.archive(contact.id, !contact.archived);
      setOffer({
        message: t(contact.archived ? 'personUnarchived' : 'personArchived', [contact.name]),
        undo: () => network.archive(contact.id, contact.archived),
      });
    });
  }

  async function remove(contact: Contact) {
    const { network } = props;
    await attempt(async () => {
      const deleted = await network.remove(contact.id);
      setOffer({
        message: t('personDeleted', [contact.name]),
        undo: () => network.restore(deleted),
      });
    });
  }

  async function snooze(contact: Contact, on: boolean) {
    const { network } = props;
    const until = on ? addDays(props.data.now, PERSON_SNOOZE_DAYS).getTime() : null;
    await attempt(async () => {
      await network.snooze(contact.id, until);
      setOffer({
        message: t(on ? 'personSnoozed' : 'personUnsnoozed', [contact.name]),
        undo: () => network.snooze(contact.id, contact.snoozedUntil),
      });
    });
  }

  async function saved(contact: Contact) {
    const { network } = props;
    const before = props.data.contacts.find((other) => other.id === contact.id);
    setOffer(null);
    await network.save(contact);
    close();
    setOffer(
      before
        ? {
            message: t('personSaved', [contact.name]),
            undo: async () => void (await network.save(before)),
          }
        : {
            message: t('personAdded', [contact.name]),
            undo: async () => void (await network.remove(contact.id)),
          },
    );
  }

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
    <div class="network">
      <UndoBar offer={offer()} onDone={() => setOffer(null)} onError={setFailure} />
      <Show when={failure()}>
        {(message) => (
          <p class="alert" role="alert">
            {t('actionFailed', [message()])}
          </p>
        )}
      </Show>
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
            onSave={saved}
          />
        )}
      </Show>
      <div class="people-filters" role="search">
        <label class="field">
          {t('searchPeople')}
          <input
            type="search"
            name="search"
            value={filter.search}
            onInput={(event) => setFilter('search', event.currentTarget.value)}
          />
        </label>
        <label class="field">
          {t('filterRole')}
          <select
            name="role-filter"
            value={filter.role}
            onChange={(event) =>
              setFilter('role', event.currentTarget.value as PeopleFilter['role'])
            }
          >
            <option value="">{t('filterAllRoles')}</option>
            <For each={ROLES}>{(role) => <option value={role}>{t(ROLE_LABEL[role])}</option>}</For>
          </select>
        </label>
        <label class="field">
          <input
            type="checkbox"
            name="due-only"
            checked={filter.dueOnly}
            onChange={(event) => setFilter('dueOnly', event.currentTarget.checked)}
          />
          {t('filterDue')}
        </label>
        <label class="field">
          <input
            type="checkbox"
            name="show-archived"
            checked={filter.showArchived}
            onChange={(event) => setFilter('showArchived', event.currentTarget.checked)}
          />
          {t('filterArchived')}
        </label>
      </div>
      <p class="muted" aria-live="polite">
        {t('peopleShown', [String(shown().length), String(props.data.contacts.length)])}
      </p>
      <ul class="people" aria-label={t('peopleListLabel')}>
        <For each={shown()}>
          {(contact) => (
            <PersonRow
              contact={contact}
              due={due().has(contact.id)}
              now={props.data.now}
              timeZone={props.data.settings.schedule.timeZone}
              onEdit={() => open(contact)}
              onArchive={() => void archive(contact)}
              onDelete={() => void remove(contact)}
              onSnooze={(on) => void snooze(contact, on)}
            />
          )}
        </For>
      </ul>
      <CoverageCard contacts={props.data.contacts} />
      <ReciprocityCard data={props.data} />
      <ReconnectSettings
        initial={props.data.settings.network}
        onSaved={props.network.showNetworkSettings}
      />
    </div>
  );
}
