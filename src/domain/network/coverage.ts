import type { Contact, Role } from '../types';
import { ROLES, isOutsideWork } from './roles';

/** A kind of support the network lacks, and a kind next step towards it. */
export type CoverageGap = {
  role: Role;
  suggestion:
    | 'find-mentor'
    | 'find-supervisor'
    | 'join-peer-group'
    | 'join-professional-org'
    | 'consider-external-support'
    | 'join-online-community'
    | 'reach-colleague'
    | 'reconnect-friend'
    | 'reconnect-family';
};

/** A sign that the network, though not missing a role, leans on too few people. */
export type ThinSign =
  | { kind: 'one-person-many-roles'; contactId: string; roles: Role[] }
  | { kind: 'no-one-outside-work' }
  | { kind: 'single-point'; role: Role; contactId: string };

/** Which kinds of support the network has, which it lacks, and where it is thin. */
export interface Coverage {
  present: { role: Role; contactIds: string[] }[];
  gaps: CoverageGap[];
  thin: ThinSign[];
}

const SUGGESTION: Record<Role, CoverageGap['suggestion']> = {
  colleague: 'reach-colleague',
  supervisor: 'find-supervisor',
  mentor: 'find-mentor',
  friend: 'reconnect-friend',
  family: 'reconnect-family',
  'peer-group': 'join-peer-group',
  'professional-org': 'join-professional-org',
  'external-support': 'consider-external-support',
  'online-community': 'join-online-community',
};

// Supervision and mentoring are one-to-one by nature; they are only a single point when
// nobody else in the network shares the work with the user.
const SINGLE_POINT_ROLES: readonly Role[] = ['supervisor', 'mentor'];
const WORK_SUPPORT_ROLES: readonly Role[] = ['colleague', 'supervisor', 'mentor', 'peer-group'];
const MANY_ROLES = 3;
const MANY_SOLE_ROLES = 2;

/** What coverage reads of a person or group. */
type Holder = Pick<Contact, 'id' | 'roles' | 'archived' | 'isGroup'>;

function rolesOf(contact: Holder): Role[] {
  return ROLES.filter((role) => contact.roles.includes(role));
}

/**
 * The network's coverage, from its active (unarchived) people and groups. Gaps: every role
 * nobody holds, each with one next step. Thin signs, kept few so they inform rather than nag:
 * - `no-one-outside-work`: there are people, but all of them are colleagues or supervisors;
 * - `one-person-many-roles`: one person (not a group) holds 3+ roles, or is the only holder of
 *   2+ roles, so losing touch with them loses several kinds of support at once; `roles` are
 *   all their roles;
 * - `single-point`: one person is the only supervisor (or mentor) and nobody else holds a role
 *   the user can take the work to (colleague, supervisor, mentor, peer group); not repeated for
 *   someone already named by `one-person-many-roles`.
 */
export function coverage(contacts: readonly Holder[]): Coverage {
  const active = contacts.filter((contact) => !contact.archived);
  const holders = new Map<Role, Holder[]>(
    ROLES.map((role) => [role, active.filter((contact) => contact.roles.includes(role))]),
  );
  const holdersOf = (role: Role) => holders.get(role) ?? [];

  const present = ROLES.filter((role) => holdersOf(role).length > 0).map((role) => ({
    role,
    contactIds: holdersOf(role).map((contact) => contact.id),
  }));
  const gaps = ROLES.filter((role) => holdersOf(role).length === 0).map((role) => ({
    role,
    suggestion: SUGGESTION[role],
  }));

  const thin: ThinSign[] = [];
  if (active.length > 0 && !active.some(isOutsideWork)) thin.push({ kind: 'no-one-outside-work' });

  const people = active.filter((contact) => !contact.isGroup);
  const leanedOn = new Set<string>();
  for (const person of people) {
    const roles = rolesOf(person);
    const sole = roles.filter((role) => holdersOf(role).length === 1);
    if (roles.length >= MANY_ROLES || sole.length >= MANY_SOLE_ROLES) {
      thin.push({ kind: 'one-person-many-roles', contactId: person.id, roles });
      leanedOn.add(person.id);
    }
  }

  for (const role of SINGLE_POINT_ROLES) {
    const [only, ...others] = holdersOf(role);
    if (!only || others.length > 0 || only.isGroup || leanedOn.has(only.id)) continue;
    const sharesWork = active.some(
      (contact) =>
        contact.id !== only.id && contact.roles.some((held) => WORK_SUPPORT_ROLES.includes(held)),
    );
    if (!sharesWork) thin.push({ kind: 'single-point', role, contactId: only.id });
  }
  return { present, gaps, thin };
}
