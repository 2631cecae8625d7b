import type { Contact, Interaction } from '../domain/types';
import { DataError } from './data-error';
import { requireUnchanged } from './edit-conflict';
import { changing } from './generation';
import type { TendDatabase } from './open';

/** What deleting a person took away, kept so that undo can put it all back. */
export interface DeletedContact {
  contact: Contact;
  /** Every connection they were part of, as it was before the delete. */
  interactions: Interaction[];
}

/**
 * Adds a person, or replaces what a form edits of them. What other code keeps in step
 * (last contact, a snooze, archiving, when they were added) is taken from the stored
 * record, so a form opened before a connection was logged elsewhere cannot undo it. With
 * `opened` (the person as the form opened them, null for a new one), a person whose fields
 * changed elsewhere since is not written: EditConflict. Returns the record as stored.
 */
export async function saveContact(
  db: TendDatabase,
  contact: Contact,
  opened?: Contact | null,
): Promise<Contact> {
  const tx = changing(db, ['contacts']);
  const store = tx.objectStore('contacts');
  const stored = await store.get(contact.id);
  // Nothing has been written yet, so a refused save's empty transaction simply commits.
  requireUnchanged(stored, opened, KEPT_IN_STEP);
  const merged: Contact = stored
    ? {
        ...contact,
        lastContactAt: stored.lastContactAt,
        snoozedUntil: stored.snoozedUntil,
        archived: stored.archived,
        createdAt: stored.createdAt,
      }
    : contact;
  await Promise.all([store.put(merged), tx.done]);
  return merged;
}

// What other code keeps in step and the person form never edits: no conflict of an edit.
const KEPT_IN_STEP = [
  'lastContactAt',
  'snoozedUntil',
  'archived',
  'createdAt',
  'updatedAt',
] as const;

// One collator for the whole sort: localeCompare with options builds one per comparison.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Everyone in the network, archived included, in the order a person would file them. */
export async function listContacts(db: TendDatabase): Promise<Contact[]> {
  // The 'by-name' index orders by code unit ('Zoë' before 'anna'), so sort here instead.
  const contacts = await db.getAll('contacts');
  return contacts.sort((a, b) => byName.compare(a.name, b.name));
}

/** Archives or unarchives a person. */
export async function setArchived(
  db: TendDatabase,
  id: string,
  archived: boolean,
  now: number,
): Promise<void> {
  await changeContact(db, id, { archived }, now);
}

/** Holds back reconnect nudges about a person until `until`, or lifts the snooze with `null`. */
export async function snoozeContact(
  db: TendDatabase,
  id: string,
  until: number | null,
  now: number,
): Promise<void> {
  await changeContact(db, id, { snoozedUntil: until }, now);
}

/**
 * Removes a person and takes them out of every connection they were part of; a
 * connection with nobody left in it goes too. Returns everything needed to undo it.
 */
export async function deleteContact(db: TendDatabase, id: string): Promise<DeletedContact> {
  const tx = changing(db, ['contacts', 'interactions']);
  const contacts = tx.objectStore('contacts');
  const interactions = tx.objectStore('interactions');
  const [contact, theirs] = await Promise.all([
    contacts.get(id),
    interactions.index('by-contact').getAll(id),
  ]);
  // Nothing has been written yet, so the empty transaction simply commits.
  if (!contact) throw new DataError('missing-person', id);
  const writes = theirs.map((interaction) => {
    const others = interaction.contactIds.filter((other) => other !== id);
    return others.length === 0
      ? interactions.delete(interaction.id)
      : interactions.put({ ...interaction, contactIds: others });
  });
  await Promise.all([contacts.delete(id), ...writes, tx.done]);
  return { contact, interactions: theirs };
}

/** Undoes `deleteContact`: the person and each of their connections come back as they were. */
export async function restoreContact(db: TendDatabase, deleted: DeletedContact): Promise<void> {
  const tx = changing(db, ['contacts', 'interactions']);
  const interactions = tx.objectStore('interactions');
  await Promise.all([
    tx.objectStore('contacts').put(deleted.contact),
    ...deleted.interactions.map((interaction) => interactions.put(interaction)),
    tx.done,
  ]);
}

/** Read-modify-write of one person in one transaction, so a concurrent edit is not lost. */
async function changeContact(
  db: TendDatabase,
  id: string,
  change: Partial<Pick<Contact, 'archived' | 'snoozedUntil'>>,
  now: number,
): Promise<void> {
  const tx = changing(db, ['contacts']);
  const store = tx.objectStore('contacts');
  const contact = await store.get(id);
  // Nothing has been written yet, so the empty transaction simply commits.
  if (!contact) throw new DataError('missing-person', id);
  await Promise.all([store.put({ ...contact, ...change, updatedAt: now }), tx.done]);
}
