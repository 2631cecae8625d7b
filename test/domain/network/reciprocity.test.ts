import { describe, expect, it } from 'vitest';
import { reciprocity, type FlowBalance } from '../../../src/domain/network/reciprocity';
import type { Interaction, SupportDirection } from '../../../src/domain/types';
import { connection, person } from './contact-factory';

const NOW = new Date('2026-11-23T12:00:00Z');
const RECENT = '2026-11-20T12:00:00Z';
const ann = person('Ann');

// `gave`, `received` and `both` connections with someone, all recent.
function flowWith(id: string, gave: number, received: number, both: number): Interaction[] {
  const directions: SupportDirection[] = [
    ...Array<SupportDirection>(gave).fill('gave'),
    ...Array<SupportDirection>(received).fill('received'),
    ...Array<SupportDirection>(both).fill('both'),
  ];
  return directions.map((direction) => connection(RECENT, direction, id));
}

describe('reciprocity over the last 90 days', () => {
  it.each([
    ['exactly 90 days before now', '2026-08-25T12:00:00Z', true],
    ['a moment more than 90 days before', '2026-08-25T11:59:59.999Z', false],
    ['at now', '2026-11-23T12:00:00Z', true],
    ['a moment after now', '2026-11-23T12:00:00.001Z', false],
    ['a month ago', '2026-10-23T12:00:00Z', true],
    ['a year ago', '2025-11-23T12:00:00Z', false],
  ])('counts a connection %s: %s', (_, iso, counted) => {
    const result = reciprocity([connection(iso, 'gave', 'ann')], [ann], NOW);
    expect(result.overall.gave).toBe(counted ? 1 : 0);
    expect(result.people.map((entry) => entry.contactId)).toEqual(counted ? ['ann'] : []);
  });

  it('counts whole calendar days in the user’s zone, across a clock change', () => {
    // 90 days before noon GMT on 23 November is noon BST on 25 August, 11:00 UTC.
    const summer = [connection('2026-08-25T11:00:00Z', 'gave', 'ann')];
    expect(reciprocity(summer, [ann], NOW, 90, 'Europe/London').overall.gave).toBe(1);
    expect(reciprocity(summer, [ann], NOW, 90).overall.gave).toBe(0);
  });

  it('takes a shorter window when asked', () => {
    const result = reciprocity([connection('2026-11-10T12:00:00Z', 'gave', 'ann')], [ann], NOW, 7);
    expect(result.overall.gave).toBe(0);
  });

  it('counts a connection with two people once for each of them and once overall', () => {
    const bo = person('Bo');
    const result = reciprocity([connection(RECENT, 'both', 'ann', 'bo', 'ann')], [ann, bo], NOW);
    expect(result.overall).toEqual({ gave: 0, received: 0, both: 1, balance: 'too-few' });
    expect(result.people.map((entry) => [entry.contactId, entry.flow])).toEqual([
      ['ann', { gave: 0, received: 0, both: 1 }],
      ['bo', { gave: 0, received: 0, both: 1 }],
    ]);
  });

  it.each<[number, number, number, FlowBalance, 'thank-them' | 'ask-for-support' | null]>([
    [2, 0, 0, 'too-few', null],
    [1, 1, 0, 'too-few', null],
    [0, 0, 2, 'too-few', null],
    [3, 0, 0, 'mostly-giving', 'ask-for-support'],
    [0, 3, 0, 'mostly-receiving', 'thank-them'],
    [4, 1, 0, 'mostly-giving', 'ask-for-support'],
    [1, 4, 0, 'mostly-receiving', 'thank-them'],
    [12, 3, 0, 'mostly-giving', 'ask-for-support'],
    [3, 12, 0, 'mostly-receiving', 'thank-them'],
    [4, 0, 1, 'mostly-giving', 'ask-for-support'],
    [3, 1, 0, 'balanced', null],
    [3, 0, 1, 'balanced', null],
    [1, 1, 1, 'balanced', null],
    [0, 0, 3, 'balanced', null],
    [5, 5, 0, 'balanced', null],
  ])(
    'after %s given, %s received and %s both ways, support is %s (suggest %s)',
    (gave, received, both, balance, suggestion) => {
      const result = reciprocity(flowWith('ann', gave, received, both), [ann], NOW);
      expect(result.people).toEqual([
        { contactId: 'ann', flow: { gave, received, both }, balance, suggestion },
      ]);
      expect(result.overall).toEqual({ gave, received, both, balance });
    },
  );

  it('leaves archived people out of the list but counts their connections overall', () => {
    const gone = person('Gone', { archived: true });
    const result = reciprocity(
      [...flowWith('gone', 3, 0, 0), ...flowWith('ann', 0, 1, 0)],
      [ann, gone],
      NOW,
    );
    expect(result.people.map((entry) => entry.contactId)).toEqual(['ann']);
    expect(result.overall).toEqual({ gave: 3, received: 1, both: 0, balance: 'balanced' });
  });

  it('counts connections with someone since deleted overall only', () => {
    const result = reciprocity(flowWith('deleted', 0, 3, 0), [ann], NOW);
    expect(result.people).toEqual([]);
    expect(result.overall.balance).toBe('mostly-receiving');
  });

  it('lists people with no recent connection not at all', () => {
    expect(reciprocity([], [ann, person('Bo')], NOW)).toEqual({
      overall: { gave: 0, received: 0, both: 0, balance: 'too-few' },
      people: [],
    });
  });

  it('lists one-way flows first, the most lopsided first, then by connections, then by name', () => {
    const contacts = ['Zed', 'Amy', 'Bea', 'Cal', 'Dot', 'Eve'].map((name) => person(name));
    const interactions = [
      ...flowWith('zed', 1, 1, 1), // balanced, 3
      ...flowWith('amy', 1, 1, 1), // balanced, 3
      ...flowWith('bea', 1, 1, 4), // balanced, 6
      ...flowWith('cal', 4, 1, 0), // 80% one way, 5
      ...flowWith('dot', 0, 3, 0), // all one way, 3
      ...flowWith('eve', 5, 0, 0), // all one way, 5
    ];
    const result = reciprocity(interactions, contacts, NOW);
    expect(result.people.map((entry) => entry.contactId)).toEqual([
      'eve',
      'dot',
      'cal',
      'bea',
      'amy',
      'zed',
    ]);
  });
});
