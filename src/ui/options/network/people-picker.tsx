import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import type { Contact } from '../../../domain/types';
import { t } from '../../../i18n';
import { filterPeople } from './people-filter';

// Enough to find someone by scrolling; with 1 000 people the search narrows it down.
const MAX_SHOWN = 40;

/** Choose one or more people: the chosen first, then whoever matches the search. */
export function PeoplePicker(props: {
  contacts: Contact[];
  chosen: string[];
  error?: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const [search, setSearch] = createSignal('');
  const errorId = `people-picker-${createUniqueId()}-error`;
  const candidates = createMemo(() => {
    const chosen = new Set(props.chosen);
    const matching = filterPeople(
      props.contacts,
      { search: search(), role: '', dueOnly: false, showArchived: false },
      new Set(),
    ).filter((contact) => !chosen.has(contact.id));
    // Chosen people come first even when archived, so an edit can still untick them.
    const first = props.contacts.filter((contact) => chosen.has(contact.id));
    return [...first, ...matching.slice(0, MAX_SHOWN)];
  });
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.chosen, id] : props.chosen.filter((other) => other !== id));

  return (
    <fieldset class="people-picker" aria-describedby={errorId}>
      <legend>{t('connectionPeople')}</legend>
      <label class="field">
        {t('searchPeople')}
        <input
          type="search"
          name="people-search"
          value={search()}
          onInput={(event) => setSearch(event.currentTarget.value)}
        />
      </label>
      <div class="choice-grid">
        <For each={candidates()} fallback={<p class="muted">{t('noPeopleYet')}</p>}>
          {(contact) => (
            <label class="field">
              <input
                type="checkbox"
                name="person"
                value={contact.id}
                checked={props.chosen.includes(contact.id)}
                onChange={(event) => toggle(contact.id, event.currentTarget.checked)}
              />
              {contact.name}
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        {(message) => (
          <p class="error" id={errorId}>
            {message()}
          </p>
        )}
      </Show>
    </fieldset>
  );
}
