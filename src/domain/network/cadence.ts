import type { Contact, NetworkSettings } from '../types';

// A cadence of zero or less (or a corrupt value) would make someone overdue forever and
// nag every day; it reads as no cadence instead.
function asCadence(days: number | null): number | null {
  return days !== null && Number.isFinite(days) && days > 0 ? days : null;
}

/** The days the user wants between contacts with someone, or null when they want no reminder. */
export function cadenceDays(contact: Contact, network: NetworkSettings): number | null {
  const { cadence } = contact;
  if (cadence.kind === 'never') return null;
  if (cadence.kind === 'every') {
    return asCadence(cadence.count * (cadence.unit === 'weeks' ? 7 : 1));
  }
  // Someone who is both a friend and a colleague is due as often as the more frequent role.
  const byRole = contact.roles
    .map((role) => asCadence(network.cadenceByRole[role] ?? null))
    .filter((days): days is number => days !== null);
  return byRole.length > 0 ? Math.min(...byRole) : null;
}
