import { now } from '../../clock';
import type { Purpose } from '../../domain/compose';
import { t } from '../../i18n';
import { errorText } from '../shared/format';
import type { OverdueView } from './load-today';
import { answerPending, logSentMessage, savePending } from './pending-message';

/**
 * The question "did it go out?" about a message the composer handed to the browser or the
 * clipboard. It is stored the moment the user sends or copies, so a popup that closed on
 * the way out asks it again when it next opens.
 */
export function createSentQuestion(
  props: { person: OverdueView },
  purpose: () => Purpose,
  onFailure: (message: string) => void,
) {
  // The question, once stored: when it was asked, or null when storing it failed (then
  // confirming logs without one).
  let asked: Promise<number | null> | undefined;

  return {
    /** Stores the question. Not awaited by the link: the browser follows it at once. */
    ask() {
      const { id: contactId, name } = props.person;
      asked = (async () => {
        const at = (await now()).getTime();
        await savePending({ contactId, name, at, purpose: purpose() });
        return at;
      })().catch((error: unknown) => {
        onFailure(errorText(error));
        return null;
      });
    },
    /** It went out: logs it, once, and says so. */
    async confirm(): Promise<string> {
      const { id: contactId, name } = props.person;
      const at = await asked;
      // The question may have been answered elsewhere meanwhile: one message, one log.
      let answered: Awaited<ReturnType<typeof answerPending>> = 'logged';
      if (typeof at === 'number') answered = await answerPending({ contactId, at }, true);
      else await logSentMessage(contactId);
      return answered === 'logged' ? t('composerLogged', [name]) : t('pendingSentGone', [name]);
    },
  };
}
