import type { Contact, Interaction } from '../../src/domain/types';
import type { TendDatabase } from '../../src/db/open';

export const at = (iso: string) => Date.parse(iso);

/** A person who has never been contacted, with whatever the test cares about overridden. */
export function aContact(fields: Partial<Contact> & Pick<Contact, 'id'>): Contact {
  return {
    name: fields.id,
    isGroup: false,
    roles: ['colleague'],
    reach: [],
    cadence: { kind: 'role-default' },
    availability: '',
    availabilityLevel: null,
    trust: '',
    trustLevel: null,
    notes: '',
    archived: false,
    snoozedUntil: null,
    lastContactAt: null,
    createdAt: at('2026-01-01T09:00:00Z'),
    updatedAt: at('2026-01-01T09:00:00Z'),
    ...fields,
  };
}

/** A logged connection with the given people at the given instant. */
export function aConnection(
  fields: Partial<Interaction> & Pick<Interaction, 'id' | 'at' | 'contactIds'>,
): Interaction {
  return {
    kind: 'peer-check-in',
    mode: 'in-person',
    direction: 'both',
    feltBefore: null,
    feltAfter: null,
    note: '',
    ...fields,
  };
}

/** Every stored person and connection, to compare the whole network before and after. */
export async function storedNetwork(db: TendDatabase) {
  const [contacts, interactions] = await Promise.all([
    db.getAll('contacts'),
    db.getAll('interactions'),
  ]);
  return { contacts, interactions };
}
