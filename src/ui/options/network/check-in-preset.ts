import { occurrences } from '../../../domain/checkins/recurrence';
import { logOf } from '../../../domain/page-address';
import type { ConnectionMode, Interaction } from '../../../domain/types';
import { DAY_MS } from '../../../domain/time-units';
import { read } from '../../shared/read';

/**
 * The connection a log prompt's address (`?log=<check-in>&date=<local date>`) asks to
 * log: the check-in's kind and people, how it was held, and when; null if it is not there.
 */
export async function checkInPreset(search: string): Promise<Interaction | null> {
  const asked = logOf(search);
  if (!asked) return null;
  const { checkInId, date } = asked;
  const checkIn = await read((db) => db.get('checkIns', checkInId));
  if (!checkIn) return null;
  const day = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(day)) return null;
  const held = occurrences(checkIn, day - 2 * DAY_MS, day + 2 * DAY_MS).find(
    (occurrence) => occurrence.date === date,
  );
  if (!held) return null;
  const mode: ConnectionMode = checkIn.mode === 'virtual' ? 'video' : 'in-person';
  return {
    id: '',
    at: held.start,
    contactIds: [...checkIn.contactIds],
    kind: checkIn.kind,
    mode,
    direction: 'both',
    feltBefore: null,
    feltAfter: null,
    note: '',
  };
}
