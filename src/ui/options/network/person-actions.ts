import { addDays } from 'date-fns';
import { PERSON_SNOOZE_DAYS } from '../../../domain/pause';
import type { Contact } from '../../../domain/types';
import { t } from '../../../i18n';
import { createUndoable } from '../../shared/undoable';
import type { Network, NetworkData } from './network-store';

/**
 * What the network list does to a person, each with its Undo: archive, delete, put off for
 * a week, and save the form.
 */
export function createPersonActions(props: { data: NetworkData; network: Network }) {
  const changes = createUndoable();

  return {
    changes,
    archive(contact: Contact) {
      const { network } = props;
      return changes.attempt(async () => {
        await network.archive(contact.id, !contact.archived);
        changes.setOffer({
          message: t(contact.archived ? 'personUnarchived' : 'personArchived', [contact.name]),
          undo: () => network.archive(contact.id, contact.archived),
        });
      });
    },
    remove(contact: Contact) {
      const { network } = props;
      return changes.attempt(async () => {
        const deleted = await network.remove(contact.id);
        changes.setOffer({
          message: t('personDeleted', [contact.name]),
          undo: () => network.restore(deleted),
        });
      });
    },
    snooze(contact: Contact, on: boolean) {
      const { network } = props;
      const until = on ? addDays(props.data.now, PERSON_SNOOZE_DAYS).getTime() : null;
      return changes.attempt(async () => {
        await network.snooze(contact.id, until);
        changes.setOffer({
          message: t(on ? 'personSnoozed' : 'personUnsnoozed', [contact.name]),
          undo: () => network.snooze(contact.id, contact.snoozedUntil),
        });
      });
    },
    /** Saves the form (a failure is the form's to show); `closed` once it is written. */
    async save(contact: Contact, opened: Contact | null, closed: () => void) {
      const { network } = props;
      const before = props.data.contacts.find((other) => other.id === contact.id);
      changes.setOffer(null);
      await network.save(contact, opened);
      closed();
      changes.setOffer(
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
    },
  };
}
