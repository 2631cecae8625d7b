import { now } from '../../clock';
import { stillWaiting, type WaitingNudge } from '../../domain/waiting';
import { waitingList } from '../../storage/waiting';

/** The nudges waiting for an answer in the popup, newest first, expired ones dropped. */
export async function loadWaiting(): Promise<WaitingNudge[]> {
  const [items, current] = await Promise.all([waitingList.getValue(), now()]);
  return stillWaiting(items, current.getTime());
}
