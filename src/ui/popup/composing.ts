import { createSignal } from 'solid-js';
import { t } from '../../i18n';
import { errorText } from '../shared/format';
import type { OverdueView } from './load-today';
import { takeComposeRequest } from './take-compose-request';

async function readPerson(contactId: string) {
  const { read, personToWrite } = await import('./popup-data');
  return read((db) => personToWrite(db, contactId));
}

/**
 * The person the popup's own composer writes to, opened by a waiting nudge or a
 * notification's request, and what came of it: logged, or why it could not open.
 */
export function createComposing(known: (contactId: string) => OverdueView | undefined) {
  const [writingTo, setWritingTo] = createSignal<OverdueView | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [logged, setLogged] = createSignal<string | null>(null);

  async function compose(contactId: string) {
    setFailure(null);
    setLogged(null);
    try {
      const person = known(contactId) ?? (await readPerson(contactId));
      if (person) setWritingTo({ ...person });
      else setFailure(t('popupComposeMissing'));
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  return {
    writingTo,
    failure,
    logged,
    /** Opens the composer for `contactId`, whether or not they are due. */
    compose,
    close: () => setWritingTo(null),
    /** The message went out and was logged: the composer closes and says so. */
    wasLogged(message: string) {
      setLogged(message);
      setWritingTo(null);
    },
    /** Opens the composer a notification asked for in the popup's address, if any. */
    async openRequested(search: string) {
      try {
        const contactId = await takeComposeRequest(search);
        if (contactId) await compose(contactId);
      } catch (error) {
        console.warn('Tend: could not read the compose request', error);
      }
    },
  };
}
