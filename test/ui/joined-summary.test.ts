import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import type { LocalWrite } from '../../src/sync/apply';
import { joinedSummary } from '../../src/ui/options/data/joined-summary';
import { aConnection, aContact } from '../db/factories';
import { checkIn } from '../domain/check-in-factory';

const person = (id: string, name: string, before: string | null = null): LocalWrite => ({
  collection: 'contacts',
  id,
  record: aContact({ id, name }),
  before: before === null ? null : aContact({ id, name: before }),
});

describe('what a first join brought, as the Undo offer says it', () => {
  it('names the people and check-ins it added or changed, counts connections, and says the settings came', () => {
    const settings = defaultSettings('Europe/London');
    const summary = joinedSummary([
      person('dana', 'Dana Ruiz'),
      person('lee', 'Lee Park'),
      person('sam', 'Sam Okafor', 'Sam O.'),
      {
        collection: 'checkIns',
        id: 'lunch',
        record: checkIn({ title: 'Peer lunch' }),
        before: null,
      },
      ...[1, 2, 3].map((n): LocalWrite => ({
        collection: 'interactions',
        id: `c${n}`,
        record: aConnection({ id: `c${n}`, at: n, contactIds: ['dana'] }),
        before: null,
      })),
      { collection: 'settings', id: 'settings', record: settings, before: settings },
    ]);
    expect(summary).toBe(
      'Joining your other computers changed this one. People added: Dana Ruiz, Lee Park. ' +
        'People changed: Sam Okafor. Check-ins added: Peer lunch. ' +
        'Logged connections added or changed: 3. Settings now match your other computers.',
    );
  });

  it('cuts a long list of names short and says how many more', () => {
    const names = ['Ana', 'Ben', 'Chidi', 'Dana', 'Eli', 'Fran', 'Gus'];
    expect(joinedSummary(names.map((name) => person(name, name)))).toBe(
      'Joining your other computers changed this one. ' +
        'People added: Ana, Ben, Chidi, Dana, Eli and 2 more.',
    );
  });
});
