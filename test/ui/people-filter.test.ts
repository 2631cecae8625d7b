import { describe, expect, it } from 'vitest';
import { filterPeople, type PeopleFilter } from '../../src/ui/options/network/people-filter';
import { aContact } from '../db/factories';

const people = [
  aContact({ id: 'zoe', name: 'Zoë Adeyemi', roles: ['mentor'] }),
  aContact({ id: 'sam', name: 'Sam Rivera', roles: ['supervisor', 'colleague'] }),
  aContact({ id: 'old', name: 'Olde Friend', roles: ['friend'], archived: true }),
];
const none: PeopleFilter = { search: '', role: '', dueOnly: false, showArchived: false };
const ids = (filter: Partial<PeopleFilter>, due = new Set<string>()) =>
  filterPeople(people, { ...none, ...filter }, due).map((contact) => contact.id);

describe('narrowing the people list', () => {
  it('hides archived people unless asked', () => {
    expect(ids({})).toEqual(['zoe', 'sam']);
    expect(ids({ showArchived: true })).toEqual(['zoe', 'sam', 'old']);
  });

  it.each([
    ['zoe', ['zoe']],
    ['ZOË', ['zoe']],
    ['  riv ', ['sam']],
    ['nobody', []],
  ])('finds %j regardless of case and accents', (search, expected) => {
    expect(ids({ search })).toEqual(expected);
  });

  it('filters by any of a person’s roles, and by being due', () => {
    expect(ids({ role: 'colleague' })).toEqual(['sam']);
    expect(ids({ dueOnly: true }, new Set(['zoe']))).toEqual(['zoe']);
  });
});
