import { now } from '../../clock';
import { stillWaiting, type WaitingNudge } from '../../domain/waiting';
import { readAhead } from '../../storage/read-ahead';
import { waitingList } from '../../storage/waiting';

async function readWaiting(): Promise<WaitingNudge[]> {
  const [items, current] = await Promise.all([waitingList.getValue(), now()]);
  return stillWaiting(items, current.getTime());
}

const waitingAhead = readAhead(readWaiting);

/**
 * Starts reading the waiting nudges now, just behind the stored view, and fetching their
 * card's chunk (popup/occasional.tsx) the moment one is found: the card is among the
 * popup's first reads, and its code comes meanwhile rather than after the list is in.
 */
export function readWaitingAhead(): void {
  waitingAhead.start().then(
    (items) => {
      if (items.length > 0) void import('./waiting-card');
    },
    () => undefined,
  );
}

/** The nudges waiting for an answer in the popup, newest first, expired ones dropped. */
export function loadWaiting(): Promise<WaitingNudge[]> {
  return waitingAhead.take();
}
