import type { Contact, NetworkSettings } from '../types';

// A cadence of zero or less (or a corrupt value) would make someone overdue forever and
// nag every day; it reads as no cadence instead.
function asCadence(days: number | null): number | null {
  return days !== null && Number.isFinite(days) && days > 0 ? days : null;
}

/** The days the user wants between contacts with someone, or null when they want no reminder. */
export function cadenceDays(
  contact: Pick<Contact, 'cadence' | 'roles'>,
  network: NetworkSettings,
): number | null {
  const { cadence } = contact;
  if (cadence.kind === 'never') return null;
  if (cadence.kind === 'every') {
    return asCadence(cadence.count * (cadence.unit === 'weeks' ? 7 : 1));
  }
  // Someone who is both a friend and a colleague is due as often as the more frequent role.
  // A plain loop: a wake asks this of everyone in the network, some twice.
  let least: number | null = null;
  for (const role of contact.roles) {
    const days = asCadence(network.cadenceByRole[role] ?? null);
    if (days !== null && (least === null || days < least)) least = days;
  }
  return least;
}
