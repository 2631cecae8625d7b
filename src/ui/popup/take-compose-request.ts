import { now } from '../../clock';
import { composeRequest } from '../../storage/compose-request';
import { composeOf } from '../../domain/page-address';
import { MINUTE_MS } from '../../domain/time-units';

/** A request older than this is from a popup that never opened; it is ignored. */
const COMPOSE_REQUEST_MS = 2 * MINUTE_MS;

/**
 * The contact id the popup should open the composer for: from '?compose=<id>' in `search`
 * (the popup opened as a tab), else from a fresh request the background left just before
 * opening the popup. Either way the request is used up.
 */
export async function takeComposeRequest(search: string): Promise<string | null> {
  const request = await composeRequest.getValue();
  if (request) await composeRequest.removeValue();
  const fromQuery = composeOf(search);
  if (fromQuery) return fromQuery;
  if (!request) return null;
  const age = (await now()).getTime() - request.at;
  return age >= 0 && age <= COMPOSE_REQUEST_MS ? request.contactId : null;
}
