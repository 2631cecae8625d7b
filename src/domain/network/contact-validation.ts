import type { Contact } from '../types';
import { reachLink, type ReachError } from './reach-link';

/** The part of the person form a problem belongs to. */
export type ContactField =
  'name' | 'roles' | 'reach' | 'cadence' | 'availability' | 'trust' | 'notes';

/** What is wrong with a field. */
export type ContactErrorCode =
  | 'name-empty'
  | 'name-too-long'
  | 'roles-empty'
  | 'reach-too-many'
  | 'cadence-range'
  | 'level-range'
  | 'text-too-long'
  | ReachError;

/** One problem with a contact; `index` says which way to reach them it is about. */
export interface ContactError {
  field: ContactField;
  code: ContactErrorCode;
  index?: number;
}

/** The longest texts and the most ways to reach someone a contact may hold. */
export const LIMITS = { name: 120, shortText: 500, notes: 5000, reachWays: 10 } as const;

// A cadence longer than a year is no longer a reminder anyone will recognise.
const MAX_DAYS = 365;
const MAX_WEEKS = 52;

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isLevel(value: number | null): boolean {
  return value === null || isIntegerIn(value, 1, 5);
}

function nameErrors(name: string): ContactError[] {
  const trimmed = name.trim();
  if (trimmed === '') return [{ field: 'name', code: 'name-empty' }];
  if (trimmed.length > LIMITS.name) return [{ field: 'name', code: 'name-too-long' }];
  return [];
}

function reachErrors(contact: Contact): ContactError[] {
  const errors: ContactError[] = contact.reach.flatMap((way, index) => {
    const result = reachLink(way);
    return result.ok ? [] : [{ field: 'reach' as const, code: result.error, index }];
  });
  // Pinned to the first way past the limit, so the form can show it on that row.
  if (contact.reach.length > LIMITS.reachWays) {
    errors.push({ field: 'reach', code: 'reach-too-many', index: LIMITS.reachWays });
  }
  return errors;
}

function cadenceErrors(contact: Contact): ContactError[] {
  const { cadence } = contact;
  if (cadence.kind !== 'every') return [];
  const max = cadence.unit === 'weeks' ? MAX_WEEKS : cadence.unit === 'days' ? MAX_DAYS : 0;
  return isIntegerIn(cadence.count, 1, max) ? [] : [{ field: 'cadence', code: 'cadence-range' }];
}

function textErrors(field: ContactField, text: string, limit: number): ContactError[] {
  return text.trim().length > limit ? [{ field, code: 'text-too-long' }] : [];
}

/**
 * Every problem with a contact, in form order; empty when it can be saved. Text is only
 * measured, never judged: markup in a name is just characters, and the pages render it as text.
 */
export function validateContact(contact: Contact): ContactError[] {
  return [
    ...nameErrors(contact.name),
    ...(contact.roles.length === 0 ? [{ field: 'roles', code: 'roles-empty' } as const] : []),
    ...reachErrors(contact),
    ...cadenceErrors(contact),
    ...(isLevel(contact.availabilityLevel)
      ? []
      : [{ field: 'availability', code: 'level-range' } as const]),
    ...textErrors('availability', contact.availability, LIMITS.shortText),
    ...(isLevel(contact.trustLevel) ? [] : [{ field: 'trust', code: 'level-range' } as const]),
    ...textErrors('trust', contact.trust, LIMITS.shortText),
    ...textErrors('notes', contact.notes, LIMITS.notes),
  ];
}
