// The function's own module: the package's index would bring all of date-fns into reach.
import { addDays } from 'date-fns/addDays';
import { createSignal, For, Show } from 'solid-js';
import { now } from '../../clock';
import { snoozeContact } from '../../db/contacts';
import { openDb } from '../../db/open';
import type { Templates } from '../../domain/types';
import { daysAgoText, t } from '../../i18n';
import { Alert } from '../shared/alert';
import { errorText } from '../shared/format';
import { notifyChanged } from '../shared/notify-changed';
import { UndoBar, type UndoOffer } from '../shared/undo-bar';
import { Composer } from './composer';
import type { OverdueView } from './load-today';

const SNOOZE_DAYS = 7;

/** The one to three people most overdue against their cadence, to write to or put off. */
export function ReachOutCard(props: {
  people: OverdueView[];
  /** The user's own suggested messages; the catalogue's when absent. */
  templates?: Templates;
  onChanged: () => void;
}) {
  const [composing, setComposing] = createSignal<string | null>(null);
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [logged, setLogged] = createSignal<string | null>(null);
  let heading: HTMLHeadingElement | undefined;

  async function changed() {
    await notifyChanged('contacts');
    props.onChanged();
  }

  async function snooze(person: OverdueView) {
    setFailure(null);
    setLogged(null);
    try {
      const db = await openDb();
      const at = await now();
      await snoozeContact(db, person.id, addDays(at, SNOOZE_DAYS).getTime(), at.getTime());
      setOffer({
        message: t('reachOutSnoozed', [person.name]),
        undo: async () => {
          await snoozeContact(db, person.id, person.snoozedUntil, (await now()).getTime());
          await changed();
        },
      });
      // Their row leaves the list: focus stays in the card rather than falling to the page.
      heading?.focus();
      await changed();
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  return (
    <section class="reach-out card" aria-labelledby="reach-out-heading">
      <h2
        id="reach-out-heading"
        class="small-heading"
        tabIndex={-1}
        ref={(element) => (heading = element)}
      >
        {t('reachOutHeading')}
      </h2>
      <Show when={props.people.length > 0} fallback={<p class="muted">{t('reachOutNobody')}</p>}>
        <ul class="reach-out-list">
          <For each={props.people}>
            {(person) => {
              let messageButton: HTMLButtonElement | undefined;
              return (
                <li data-testid="reach-out-person">
                  <span class="person-name">{person.name}</span>{' '}
                  <span class="muted">
                    {person.daysSince === null
                      ? t('neverLogged')
                      : t('reachOutSince', [daysAgoText(person.daysSince)])}
                  </span>
                  <div class="chips">
                    <button
                      ref={(element) => (messageButton = element)}
                      type="button"
                      aria-label={t('reachOutMessageLabel', [person.name])}
                      aria-expanded={composing() === person.id}
                      onClick={() => {
                        setLogged(null);
                        setComposing(person.id);
                      }}
                    >
                      {t('reachOutMessage')}
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={t('reachOutSnoozeLabel', [person.name])}
                      onClick={() => void snooze(person)}
                    >
                      {t('reachOutSnooze')}
                    </button>
                  </div>
                  <Show when={composing() === person.id}>
                    <Composer
                      person={person}
                      templates={props.templates}
                      onClose={() => {
                        setComposing(null);
                        messageButton?.focus();
                      }}
                      onLogged={(message) => {
                        setComposing(null);
                        setLogged(message);
                        // Written to, they leave the list; focus stays in the card.
                        heading?.focus();
                        props.onChanged();
                      }}
                    />
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <Show when={logged()}>
        {(text) => (
          <p class="status" role="status">
            {text()}
          </p>
        )}
      </Show>
      <UndoBar offer={offer()} onDone={() => setOffer(null)} onError={setFailure} />
      <Alert message={failure()} />
    </section>
  );
}
