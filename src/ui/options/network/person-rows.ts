import { createComputed, on, onCleanup, untrack } from 'solid-js';
import type { Contact } from '../../../domain/types';
import type { NetworkData } from './network-store';
import { personRow, type PersonRowActions, type PersonRowState } from './person-row';

/**
 * Each person's row, built once and kept while they are in the data: a keystroke in the
 * search only takes rows out of the list and puts them back, it never rebuilds them (with
 * thousands of people, rebuilding every row on a cleared search took seconds). A person who
 * changes is a new object, so a new row. Call it in a component: the rows go with it.
 */
export function createPersonRows(
  data: () => NetworkData,
  due: () => ReadonlySet<string>,
  actionsFor: (contact: Contact) => PersonRowActions,
): (contact: Contact) => Element {
  const rows = new Map<Contact, ReturnType<typeof personRow>>();
  const stateOf = (contact: Contact): PersonRowState => ({
    due: due().has(contact.id),
    now: data().now,
    timeZone: data().settings.schedule.timeZone,
  });
  createComputed(() => {
    const current = new Set(data().contacts);
    for (const contact of rows.keys()) if (!current.has(contact)) rows.delete(contact);
  });
  // A kept row shows fresh data as it comes: who is due, the day, the time zone. One
  // computation for all of them, not one per row (hundreds made the section slower to open).
  createComputed(
    on(
      () => [due(), data().now, data().settings.schedule.timeZone],
      () => {
        for (const [contact, view] of rows) view.show(stateOf(contact));
      },
      { defer: true },
    ),
  );
  onCleanup(() => rows.clear());
  return (contact) => {
    let view = rows.get(contact);
    if (view === undefined) {
      view = personRow(
        contact,
        untrack(() => stateOf(contact)),
        actionsFor(contact),
      );
      rows.set(contact, view);
    }
    return view.row;
  };
}
