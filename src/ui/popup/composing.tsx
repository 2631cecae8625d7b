import { createEffect, createSignal, Show, untrack } from 'solid-js';
import { t } from '../../i18n';
import type { Templates } from '../../domain/types';
import { errorText } from '../shared/format';
import { Alert, Status } from '../shared/status-line';
import { Composer } from './lazy-composer';
import type { OverdueView } from './load-today';

async function readPerson(contactId: string) {
  const { read, personToWrite } = await import('./popup-data');
  return read((db) => personToWrite(db, contactId));
}

/** Someone to write to, asked for by a waiting nudge or a notification; a new object each time. */
export interface ComposeAsk {
  contactId: string;
}

/**
 * The popup's own composer, for the person a waiting nudge or a notification's request asked
 * to write to (whether or not they are due), and what came of it: logged, or why it could
 * not open. A chunk of its own (popup.tsx): most opens ask for none.
 */
export function Composing(props: {
  ask: ComposeAsk | null;
  known: (contactId: string) => OverdueView | undefined;
  templates?: Templates;
  /** The composer closed, or its message was logged: focus goes back to the top. */
  onDone: () => void;
  onLogged: () => void;
}) {
  const [writingTo, setWritingTo] = createSignal<OverdueView | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [logged, setLogged] = createSignal<string | null>(null);

  async function compose(contactId: string) {
    setFailure(null);
    setLogged(null);
    try {
      const person = props.known(contactId) ?? (await readPerson(contactId));
      if (person) setWritingTo({ ...person });
      else setFailure(t('popupComposeMissing'));
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  // Each ask opens the composer once; nothing compose() reads makes it open again.
  createEffect(() => {
    const ask = props.ask;
    if (ask) untrack(() => void compose(ask.contactId));
  });

  return (
    <>
      <Show when={writingTo()}>
        {(person) => (
          <section class="card" data-passing>
            <Composer
              person={person()}
              templates={props.templates}
              onClose={() => {
                setWritingTo(null);
                props.onDone();
              }}
              onLogged={(message) => {
                setLogged(message);
                setWritingTo(null);
                props.onDone();
                props.onLogged();
              }}
            />
          </section>
        )}
      </Show>
      <Status message={logged()} />
      <Alert message={failure()} />
    </>
  );
}
