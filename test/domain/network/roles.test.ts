import { describe, expect, it } from 'vitest';
import { ROLES, WORK_ROLES, isOutsideWork } from '../../../src/domain/network/roles';
import type { Role } from '../../../src/domain/types';
import { person } from './contact-factory';

describe('roles', () => {
  it('lists every role once, in the order the network shows them', () => {
    expect(ROLES).toEqual([
      'colleague',
      'supervisor',
      'mentor',
      'friend',
      'family',
      'peer-group',
      'professional-org',
      'external-support',
      'online-community',
    ]);
  });

  it('counts colleagues and supervisors as people known through work', () => {
    expect(WORK_ROLES).toEqual(['colleague', 'supervisor']);
  });

  it.each<[Role[], boolean]>([
    [['colleague'], false],
    [['supervisor'], false],
    [['colleague', 'supervisor'], false],
    [['colleague', 'friend'], true],
    [['mentor'], true],
    [['family'], true],
    [['online-community'], true],
    [[], false],
  ])('someone who is %j is outside work: %s', (roles, outside) => {
    expect(isOutsideWork(person('Ann', { roles }))).toBe(outside);
  });
});
