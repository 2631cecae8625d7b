import type { Presence } from '../domain/presence';
import { defineStored } from './stored-item';

function isPresence(value: unknown): value is Presence {
  const presence = value as Partial<Presence> | undefined;
  const marks = presence?.marks;
  return (
    typeof presence?.seenAt === 'number' &&
    (marks === null || (typeof marks?.from === 'number' && typeof marks.until === 'number'))
  );
}

/**
 * What the background last noted of the user's presence (only it writes it). In
 * storage.local, so it outlives the worker and the browser (a gap is found when the browser
 * starts again). It is the background's own note, not the user's data: no backup holds it.
 */
export const presenceNote = defineStored<Presence | null, 'local'>('local', 'tend-presence', {
  fallback: null,
  accepts: isPresence,
});
