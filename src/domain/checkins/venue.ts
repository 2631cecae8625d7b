import { reachLink } from '../network/reach-link';
import type { CheckIn } from '../types';

/**
 * The link a virtual (or either) check-in opens, when it is a safe https link: never one left
 * over from when a check-in now held in person met online.
 */
export function meetingLink(checkIn: Pick<CheckIn, 'mode' | 'link'>): string | null {
  if (checkIn.mode === 'in-person' || checkIn.link.trim() === '') return null;
  const result = reachLink({ kind: 'video', value: checkIn.link });
  return result.ok ? result.href : null;
}

/** The place of a check-in that may happen in person, when it has one. */
export function meetingPlace(checkIn: CheckIn): string | null {
  const place = checkIn.place.trim();
  return checkIn.mode === 'virtual' || place === '' ? null : place;
}
