import { overdue } from '../../../domain/network/overdue';
import type { Contact, Role } from '../../../domain/types';
import type { NetworkData } from './network-store';

/** What the list is narrowed to. */
export interface PeopleFilter {
  search: string;
  role: Role | '';
  dueOnly: boolean;
  showArchived: boolean;
}

// Case and accents do not matter when looking for "Zoë" as "zoe".
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/**
 * The people that pass the filter, in the order given. `folded` may hold each person's
 * name already folded (worked out once per data change, not on every keystroke).
 */
export function filterPeople(
  contacts: readonly Contact[],
  filter: PeopleFilter,
  due: ReadonlySet<string>,
  folded?: ReadonlyMap<Contact, string>,
): Contact[] {
  const needle = fold(filter.search.trim());
  return contacts.filter(
    (contact) =>
      (filter.showArchived || !contact.archived) &&
      (filter.role === '' || contact.roles.includes(filter.role)) &&
      (!filter.dueOnly || due.has(contact.id)) &&
      (needle === '' || (folded?.get(contact) ?? fold(contact.name)).includes(needle)),
  );
}

/** The people due a reconnect now and not put off, by id: what "only those due" keeps. */
export function duePeople(data: NetworkData): Set<string> {
  const { contacts, settings } = data;
  return new Set(
    overdue(contacts, settings.network, settings.schedule.timeZone, new Date(data.now))
      .filter((person) => !person.snoozed)
      .map((person) => person.contact.id),
  );
}
