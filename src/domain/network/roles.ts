import type { Contact, Role } from '../types';

// A Record must name every role, so a role added to the union cannot be left out of ROLES.
const ROLE_ORDER: Record<Role, true> = {
  colleague: true,
  supervisor: true,
  mentor: true,
  friend: true,
  family: true,
  'peer-group': true,
  'professional-org': true,
  'external-support': true,
  'online-community': true,
};

/** Every role, in the order of the `Role` union: the order lists and views show them in. */
export const ROLES: readonly Role[] = Object.freeze(Object.keys(ROLE_ORDER) as Role[]);

/** The roles of people the user knows through work. */
export const WORK_ROLES: readonly Role[] = Object.freeze<Role[]>(['colleague', 'supervisor']);

/** True when someone is there for the user in at least one way that is not work. */
export function isOutsideWork(contact: Pick<Contact, 'roles'>): boolean {
  return contact.roles.some((role) => !WORK_ROLES.includes(role));
}
