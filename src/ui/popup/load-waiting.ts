import { now } from '../../clock';
import { stillWaiting, type WaitingNudge } from '../../domain/waiting';
import { waitingList } from '../../storage/waiting';

async function readWaiting(): Promise<WaitingNudge[]> {
  const [items, current] = await Promise.all([waitingList.getValue(), now()]);
  return stillWaiting(items, current.getTime());
}

/** A read the popup started before rendering, for the first `loadWaiting` to take. */
let readAhead: Promise<WaitingNudge[]> | null = null;

/**
 * Starts reading the waiting nudges now, just behind the stored view, and fetching their
 * card's chunk (popup/occasional.tsx) the moment one is found: the card is among the
 * popup's first reads, and its code comes meanwhile rather than after the list is in.
 */
export function readWaitingAhead(): void {
  readAhead = readWaiting();
  readAhead.then(
    (items) => {
      if (items.length > 0) void import('./waiting-card');
    },
    () => undefined,
  );
}

/** The nudges waiting for an answer in the popup, newest first, expired ones dropped. */
export function loadWaiting(): Promise<WaitingNudge[]> {
  const read = readAhead ?? readWaiting();
  readAhead = null;
  return read;
}
