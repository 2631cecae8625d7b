import type { Contact, Interaction } from '../../../src/domain/types';

// A fixed instant with an explicit offset, so no test depends on the machine's zone.
const ADDED = Date.parse('2026-01-05T09:00:00Z');

/** A person in the network; their id is their name in lower case unless given. */
export function person(name: string, overrides: Partial<Contact> = {}): Contact {
  return {
    id: name.toLowerCase(),
    name,
    isGroup: false,
    roles: ['friend'],
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
    createdAt: ADDED,
    updatedAt: ADDED,
    ...overrides,
  };
}

/** A group in the network (a peer group, an organisation, a community). */
export function group(name: string, overrides: Partial<Contact> = {}): Contact {
  return person(name, { isGroup: true, roles: ['peer-group'], ...overrides });
}

let interactionCount = 0;

/** A logged connection with people, at an ISO instant with an explicit offset. */
export function connection(
  iso: string,
  direction: Interaction['direction'],
  ...contactIds: string[]
): Interaction {
  interactionCount += 1;
  return {
    id: `interaction-${interactionCount}`,
    at: Date.parse(iso),
    contactIds,
    kind: 'peer-check-in',
    mode: 'in-person',
    direction,
    feltBefore: null,
    feltAfter: null,
    note: '',
  };
}
