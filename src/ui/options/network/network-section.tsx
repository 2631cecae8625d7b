import { addDays } from 'date-fns';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { overdue } from '../../../domain/network/overdue';
import { ROLES } from '../../../domain/network/roles';
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
        <Show when={network.data()}>
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
    const until = on ? addDays(props.data.now, 7).getTime() : null;
    await attempt(async () => {
      await network.snooze(contact.id, until);
      setOffer({
        message: t(on ? 'personSnoozed' : 'personUnsnoozed', [contact.name]),
        undo: () => network.snooze(contact.id, contact.snoozedUntil),
      });
    });
  }

  async function saved(contact: Contact) {
    await props.network.save(contact);
    setEditing(undefined);
    setOffer(null);
  }

  return (
    <div class="network">
      <UndoBar offer={offer()} onDone={() => setOffer(null)} />
      <Show when={failure()}>
        {(message) => (
          <p class="alert" role="alert">
            {t('actionFailed', [message()])}
          </p>
        )}
      </Show>
      <Show
        when={editing() !== undefined}
        fallback={
          <button type="button" onClick={() => setEditing(null)}>
            {t('personAdd')}
          </button>
        }
      >
        <PersonForm
          initial={editing() ?? null}
          network={props.data.settings.network}
          onCancel={() => setEditing(undefined)}
          onSave={saved}
        />
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
              onEdit={() => setEditing(contact)}
              onArchive={() => void archive(contact)}
              onDelete={() => void remove(contact)}
              onSnooze={(on) => void snooze(contact, on)}
            />
          )}
        </For>
      </ul>
      <CoverageCard contacts={props.data.contacts} />
      <ReciprocityCard data={props.data} />
      <ReconnectSettings initial={props.data.settings.network} />
    </div>
  );
}
