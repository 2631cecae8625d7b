import { For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { ROLES } from '../../../domain/network/roles';
import { t } from '../../../i18n';
import { ROLE_LABEL } from '../../shared/network-labels';
import type { PeopleFilter } from './people-filter';

/** The list's search and filters: a name, a role, only those due, the archived too. */
export function PeopleFilterFields(props: {
  filter: PeopleFilter;
  setFilter: SetStoreFunction<PeopleFilter>;
}) {
  return (
    <div class="people-filters" role="search">
      <label class="field">
        {t('searchPeople')}
        <input
          type="search"
          name="search"
          value={props.filter.search}
          onInput={(event) => props.setFilter('search', event.currentTarget.value)}
        />
      </label>
      <label class="field">
        {t('filterRole')}
        <select
          name="role-filter"
          value={props.filter.role}
          onChange={(event) =>
            props.setFilter('role', event.currentTarget.value as PeopleFilter['role'])
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
          checked={props.filter.dueOnly}
          onChange={(event) => props.setFilter('dueOnly', event.currentTarget.checked)}
        />
        {t('filterDue')}
      </label>
      <label class="field">
        <input
          type="checkbox"
          name="show-archived"
          checked={props.filter.showArchived}
          onChange={(event) => props.setFilter('showArchived', event.currentTarget.checked)}
        />
        {t('filterArchived')}
      </label>
    </div>
  );
}
