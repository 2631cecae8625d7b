import { describe, expect, it } from 'vitest';
import { validateInteraction } from '../../../src/domain/network/interaction-validation';
import type { Interaction } from '../../../src/domain/types';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const valid: Interaction = {
  id: 'i1',
  at: NOW - 60_000,
  contactIds: ['a'],
  kind: 'peer-check-in',
  mode: 'in-person',
  direction: 'both',
  feltBefore: null,
  feltAfter: 4,
  note: '',
};

describe('a connection about to be logged', () => {
  it('is fine with one person, a past time and no feelings recorded', () => {
    expect(validateInteraction(valid, NOW)).toEqual([]);
  });

  it.each([
    ['nobody in it', { contactIds: [] }, 'people', 'people-empty'],
    ['a time that is not a time', { at: Number.NaN }, 'at', 'at-invalid'],
    ['a time tomorrow', { at: NOW + 24 * 3600_000 }, 'at', 'at-future'],
    ['a feeling of 6', { feltAfter: 6 }, 'felt', 'level-range'],
    ['a feeling of 2.5', { feltBefore: 2.5 }, 'felt', 'level-range'],
    ['a note of 5001 characters', { note: 'x'.repeat(5001) }, 'note', 'text-too-long'],
  ])('is refused with %s', (_, change, field, code) => {
    expect(validateInteraction({ ...valid, ...change }, NOW)).toEqual([{ field, code }]);
  });
});
