import { describe, expect, it } from 'vitest';
import { cadenceDays } from '../../../src/domain/network/cadence';
import { defaultSettings } from '../../../src/domain/settings';
import type { Cadence, NetworkSettings, Role } from '../../../src/domain/types';
import { person } from './contact-factory';

// Defaults: colleague 14, supervisor 28, mentor 42, friend 14, family 7, peer group 28,
// professional organisation 90, external support and online community none.
const network = defaultSettings('Europe/London').network;

describe('how often someone is due', () => {
  it.each<[Role[], number | null]>([
    [['family'], 7],
    [['mentor'], 42],
    [['mentor', 'family'], 7],
    [['supervisor', 'colleague'], 14],
    [['professional-org', 'mentor'], 42],
    [['external-support'], null],
    [['external-support', 'online-community'], null],
    [['external-support', 'supervisor'], 28],
    [[], null],
  ])(
    'by role default, someone who is %j is due every %s days (the most frequent role)',
    (roles, days) => {
      expect(cadenceDays(person('Ann', { roles }), network)).toBe(days);
    },
  );

  it.each<[Cadence, number | null]>([
    [{ kind: 'every', count: 10, unit: 'days' }, 10],
    [{ kind: 'every', count: 1, unit: 'days' }, 1],
    [{ kind: 'every', count: 3, unit: 'weeks' }, 21],
    [{ kind: 'every', count: 52, unit: 'weeks' }, 364],
    [{ kind: 'never' }, null],
  ])('a cadence of their own %j overrides the role: %s days', (cadence, days) => {
    expect(cadenceDays(person('Ann', { roles: ['family'], cadence }), network)).toBe(days);
  });

  it('follows the user’s own role defaults', () => {
    const mine: NetworkSettings = {
      ...network,
      cadenceByRole: { ...network.cadenceByRole, family: null, friend: 30 },
    };
    expect(cadenceDays(person('Ann', { roles: ['family', 'friend'] }), mine)).toBe(30);
    expect(cadenceDays(person('Bea', { roles: ['family'] }), mine)).toBeNull();
  });

  it.each([0, -7, Number.NaN])('reads a role default of %s as no reminder at all', (days) => {
    const odd: NetworkSettings = {
      ...network,
      cadenceByRole: { ...network.cadenceByRole, family: days },
    };
    expect(cadenceDays(person('Ann', { roles: ['family'] }), odd)).toBeNull();
    expect(cadenceDays(person('Bea', { roles: ['family', 'mentor'] }), odd)).toBe(42);
  });
});
