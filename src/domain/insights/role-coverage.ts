import { coverage, type CoverageGap } from '../network/coverage';
import { ROLES } from '../network/roles';
import type { Role } from '../types';
import type { InsightsPerson } from './weekly';

/** How many active people and groups hold one role now, and the next step when none does. */
export interface RoleCount {
  role: Role;
  count: number;
  suggestion: CoverageGap['suggestion'] | null;
}

/** Every role, in the usual order, with how many hold it now: the coverage view as numbers. */
export function roleCoverage(contacts: readonly InsightsPerson[]): RoleCount[] {
  const { present, gaps } = coverage(contacts);
  return ROLES.map((role) => ({
    role,
    count: present.find((entry) => entry.role === role)?.contactIds.length ?? 0,
    suggestion: gaps.find((gap) => gap.role === role)?.suggestion ?? null,
  }));
}
