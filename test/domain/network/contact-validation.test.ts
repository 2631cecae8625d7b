import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  validateContact,
  type ContactError,
} from '../../../src/domain/network/contact-validation';
import type { Cadence, Contact, ReachWay } from '../../../src/domain/types';
import { person } from './contact-factory';

function errorsOf(overrides: Partial<Contact>): ContactError[] {
  return validateContact(person('Ann', overrides));
}

describe('a person can be saved', () => {
  it('with a name and a role, and nothing else', () => {
    expect(errorsOf({})).toEqual([]);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'Ann "the rock" O’Neill & co.',
    '   Ann   ',
    '😀 Zoë',
    'a'.repeat(LIMITS.name),
  ])('named %j: names are text, shown as text, never judged', (name) => {
    expect(errorsOf({ name })).toEqual([]);
  });

  it('with everything filled in at the limits', () => {
    const reach: ReachWay[] = Array.from({ length: LIMITS.reachWays }, () => ({
      kind: 'email',
      value: 'ann@example.org',
    }));
    const full = {
      reach,
      cadence: { kind: 'every', count: 52, unit: 'weeks' } as const,
      availability: 'a'.repeat(LIMITS.shortText),
      availabilityLevel: 5,
      trust: 't'.repeat(LIMITS.shortText),
      trustLevel: 1,
      notes: 'n'.repeat(LIMITS.notes),
    };
    expect(errorsOf(full)).toEqual([]);
  });
});

describe('a person cannot be saved', () => {
  it.each([
    ['without a name', '', 'name-empty'],
    ['with only spaces for a name', ' \t\n ', 'name-empty'],
    ['with a 121-character name', 'a'.repeat(121), 'name-too-long'],
    ['with a 10 000-character name', 'a'.repeat(10_000), 'name-too-long'],
  ])('%s', (_, name, code) => {
    expect(errorsOf({ name })).toEqual([{ field: 'name', code }]);
  });

  it('without a role', () => {
    expect(errorsOf({ roles: [] })).toEqual([{ field: 'roles', code: 'roles-empty' }]);
  });

  it('with a bad way to reach them, saying which one', () => {
    const reach: ReachWay[] = [
      { kind: 'email', value: 'ann@example.org' },
      { kind: 'web', value: 'javascript:alert(1)' },
      { kind: 'in-person', value: 'the café' },
      { kind: 'phone', value: 'call me' },
      { kind: 'chat', value: '' },
    ];
    expect(errorsOf({ reach })).toEqual([
      { field: 'reach', code: 'reach-bad-link', index: 1 },
      { field: 'reach', code: 'reach-bad-phone', index: 3 },
      { field: 'reach', code: 'reach-empty', index: 4 },
    ]);
  });

  it('with more than 10 ways to reach them, shown on the first one past the limit', () => {
    const reach: ReachWay[] = Array.from({ length: 12 }, () => ({ kind: 'sms', value: '112' }));
    expect(errorsOf({ reach })).toEqual([{ field: 'reach', code: 'reach-too-many', index: 10 }]);
  });

  it.each<[string, Cadence]>([
    ['0 days', { kind: 'every', count: 0, unit: 'days' }],
    ['366 days', { kind: 'every', count: 366, unit: 'days' }],
    ['53 weeks', { kind: 'every', count: 53, unit: 'weeks' }],
    ['1.5 weeks', { kind: 'every', count: 1.5, unit: 'weeks' }],
    ['-3 days', { kind: 'every', count: -3, unit: 'days' }],
    ['NaN days', { kind: 'every', count: Number.NaN, unit: 'days' }],
  ])('keeping in touch every %s', (_, cadence) => {
    expect(errorsOf({ cadence })).toEqual([{ field: 'cadence', code: 'cadence-range' }]);
  });

  it.each<[string, Cadence]>([
    ['1 day', { kind: 'every', count: 1, unit: 'days' }],
    ['365 days', { kind: 'every', count: 365, unit: 'days' }],
    ['1 week', { kind: 'every', count: 1, unit: 'weeks' }],
    ['52 weeks', { kind: 'every', count: 52, unit: 'weeks' }],
    ['the role default', { kind: 'role-default' }],
    ['never', { kind: 'never' }],
  ])('— but keeping in touch every %s is fine', (_, cadence) => {
    expect(errorsOf({ cadence })).toEqual([]);
  });

  it.each([0, 6, 2.5, -1, Number.NaN])('with availability or trust of %s out of 5', (level) => {
    expect(errorsOf({ availabilityLevel: level, trustLevel: level })).toEqual([
      { field: 'availability', code: 'level-range' },
      { field: 'trust', code: 'level-range' },
    ]);
  });

  it('with texts over their limits', () => {
    expect(
      errorsOf({
        availability: 'a'.repeat(501),
        trust: 't'.repeat(501),
        notes: 'n'.repeat(5001),
      }),
    ).toEqual([
      { field: 'availability', code: 'text-too-long' },
      { field: 'trust', code: 'text-too-long' },
      { field: 'notes', code: 'text-too-long' },
    ]);
  });

  it('lists every problem at once, in the order of the form', () => {
    const broken = person('', {
      roles: [],
      reach: [{ kind: 'email', value: 'not an address' }],
      cadence: { kind: 'every', count: 0, unit: 'days' },
      trustLevel: 9,
    });
    expect(validateContact(broken).map((error) => error.field)).toEqual([
      'name',
      'roles',
      'reach',
      'cadence',
      'trust',
    ]);
  });
});
