import type { Contact } from './types';

// One collator for the whole sort: localeCompare with options builds one per comparison.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Whom the quick log offers: everyone not archived, by name as the user's language sorts. */
export function quickLogPeople(contacts: readonly Contact[]): { id: string; name: string }[] {
  return contacts
    .filter((contact) => !contact.archived)
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => byName.compare(a.name, b.name));
}
