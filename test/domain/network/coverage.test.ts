import { describe, expect, it } from 'vitest';
import { coverage, type CoverageGap } from '../../../src/domain/network/coverage';
import { ROLES } from '../../../src/domain/network/roles';
import type { Role } from '../../../src/domain/types';
import { group, person } from './contact-factory';

const SUGGESTIONS: [Role, CoverageGap['suggestion']][] = [
  ['colleague', 'reach-colleague'],
  ['supervisor', 'find-supervisor'],
  ['mentor', 'find-mentor'],
  ['friend', 'reconnect-friend'],
  ['family', 'reconnect-family'],
  ['peer-group', 'join-peer-group'],
  ['professional-org', 'join-professional-org'],
  ['external-support', 'consider-external-support'],
  ['online-community', 'join-online-community'],
];

// Someone for every role, each a different person: a network with nothing missing.
const everyone = ROLES.map((role) => person(role, { roles: [role] }));

describe('coverage of the network', () => {
  it('finds every kind of support missing, and nothing thin, in an empty network', () => {
    expect(coverage([])).toEqual({
      present: [],
      gaps: SUGGESTIONS.map(([role, suggestion]) => ({ role, suggestion })),
      thin: [],
    });
  });

  it.each(SUGGESTIONS)('suggests a next step when no one is a %s: %s', (role, suggestion) => {
    const without = everyone.filter((contact) => !contact.roles.includes(role));
    expect(coverage(without).gaps).toEqual([{ role, suggestion }]);
  });

  it('lists who gives each kind of support, in the order of the roles', () => {
    const result = coverage([
      person('Cat', { roles: ['friend'] }),
      person('Ann', { roles: ['colleague', 'friend'] }),
      group('Circle', { roles: ['peer-group'] }),
    ]);
    expect(result.present).toEqual([
      { role: 'colleague', contactIds: ['ann'] },
      { role: 'friend', contactIds: ['cat', 'ann'] },
      { role: 'peer-group', contactIds: ['circle'] },
    ]);
  });

  it('has nothing missing and nothing thin when every role has its own person', () => {
    const result = coverage(everyone);
    expect(result.gaps).toEqual([]);
    expect(result.thin).toEqual([]);
    expect(result.present.map((entry) => entry.role)).toEqual(ROLES);
  });

  it('does not count archived people', () => {
    const result = coverage([
      person('Ann', { roles: ['mentor'], archived: true }),
      person('Bo', { roles: ['friend'] }),
    ]);
    expect(result.present).toEqual([{ role: 'friend', contactIds: ['bo'] }]);
    expect(result.gaps.map((gap) => gap.role)).toContain('mentor');
  });

  it('finds nothing thin when everyone is archived', () => {
    const archived = [person('Ann', { roles: ['colleague'], archived: true })];
    expect(coverage(archived).thin).toEqual([]);
    expect(coverage(archived).gaps).toHaveLength(ROLES.length);
  });
});

describe('where the network is thin', () => {
  it('notices when no one is outside work', () => {
    const work = [
      person('Ann', { roles: ['colleague'] }),
      person('Bo', { roles: ['supervisor'] }),
      person('Cy', { roles: ['colleague'] }),
    ];
    expect(coverage(work).thin).toEqual([{ kind: 'no-one-outside-work' }]);
  });

  it.each<Role>(['friend', 'family', 'mentor', 'peer-group', 'external-support'])(
    'is content with one %s outside work',
    (role) => {
      const network = [
        person('Ann', { roles: ['colleague'] }),
        person('Bo', { roles: ['supervisor'] }),
        person('Di', { roles: [role] }),
      ];
      expect(coverage(network).thin).toEqual([]);
    },
  );

  it('notices one person holding three roles', () => {
    const network = [
      person('Ann', { roles: ['friend', 'colleague', 'mentor'] }),
      person('Bo', { roles: ['colleague', 'friend'] }),
      person('Cy', { roles: ['mentor', 'supervisor'] }),
    ];
    expect(coverage(network).thin).toEqual([
      { kind: 'one-person-many-roles', contactId: 'ann', roles: ['colleague', 'mentor', 'friend'] },
    ]);
  });

  it('notices one person who is the only one in two roles', () => {
    const network = [
      person('Ann', { roles: ['supervisor', 'mentor'] }),
      person('Bo', { roles: ['friend'] }),
      person('Cy', { roles: ['friend', 'colleague'] }),
    ];
    expect(coverage(network).thin).toEqual([
      { kind: 'one-person-many-roles', contactId: 'ann', roles: ['supervisor', 'mentor'] },
    ]);
  });

  it('is content with someone in two roles that others share', () => {
    const network = [
      person('Ann', { roles: ['colleague', 'friend'] }),
      person('Bo', { roles: ['colleague', 'friend'] }),
    ];
    expect(coverage(network).thin).toEqual([]);
  });

  it('does not count a group as one person, however many roles it has', () => {
    const circle = group('Circle', {
      roles: ['peer-group', 'professional-org', 'online-community'],
    });
    expect(coverage([circle, person('Bo', { roles: ['friend'] })]).thin).toEqual([]);
  });

  it.each<Role>(['supervisor', 'mentor'])(
    'notices when the only %s is the only one to take the work to',
    (role) => {
      const network = [person('Ann', { roles: [role] }), person('Bo', { roles: ['friend'] })];
      expect(coverage(network).thin).toEqual([{ kind: 'single-point', role, contactId: 'ann' }]);
    },
  );

  it.each<Role>(['colleague', 'mentor', 'peer-group'])(
    'is content with one supervisor when there is also a %s',
    (role) => {
      const network = [person('Ann', { roles: ['supervisor'] }), person('Bo', { roles: [role] })];
      expect(coverage(network).thin.filter((sign) => sign.kind === 'single-point')).toEqual([]);
    },
  );

  it('names a person once, not again as a single point', () => {
    const network = [
      person('Ann', { roles: ['supervisor', 'mentor', 'colleague'] }),
      person('Bo', { roles: ['friend'] }),
    ];
    expect(coverage(network).thin).toEqual([
      {
        kind: 'one-person-many-roles',
        contactId: 'ann',
        roles: ['colleague', 'supervisor', 'mentor'],
      },
    ]);
  });

  it('ignores archived people when looking for the thin places', () => {
    const network = [
      person('Ann', { roles: ['colleague'] }),
      person('Bo', { roles: ['friend', 'family', 'mentor'], archived: true }),
    ];
    expect(coverage(network).thin).toEqual([{ kind: 'no-one-outside-work' }]);
  });
});
