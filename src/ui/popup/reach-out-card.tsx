import { createSignal, For, Show } from 'solid-js';
import type { Templates } from '../../domain/types';
import { daysAgoText, t } from '../../i18n';
import type { UndoOffer } from '../shared/undo-bar';
import { UndoSlot } from '../shared/undo-slot';
import { Alert, failureText, Status } from './failure';
import { later } from './later';
import { Composer } from './lazy-composer';
import type { OverdueView, PopupView } from './load-today';

// An offer comes only after a snooze: its line's code comes with the first one, into the slot
// that was on the page from the start.
const UndoLine = later(() => import('../shared/undo-bar').then((module) => module.UndoLine), true);

/**
 * The words of a person's row, which never change for that row: a person who changes comes as
 * another item (keepUnchanged), and so in a row of its own.
 */
function rowWords({ name, daysSince }: OverdueView) {
  return {
    name,
    since: daysSince === null ? t('neverLogged') : daysAgoText(daysSince),
    messageLabel: t('reachOutMessageLabel', [name]),
    snoozeLabel: t('reachOutSnoozeLabel', [name]),
  };
}

/** The one to three people most overdue against their cadence, to write to or put off. */
export function ReachOutCard(props: {
  people: OverdueView[];
  /** The user's own suggested messages; the catalogue's when absent. */
  templates?: Templates;
  onChanged: (planned?: PopupView | null) => void;
}) {
  const [composing, setComposing] = createSignal<string | null>(null);
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [logged, setLogged] = createSignal<string | null>(null);
  let heading: HTMLHeadingElement | undefined;
  let undoSlot: HTMLDivElement | undefined;

  async function snooze(person: OverdueView) {
    setFailure(null);
    setLogged(null);
    try {
      const { snoozePerson } = await import('./popup-data');
      const { view, offer } = await snoozePerson(person, props.onChanged);
      setOffer(offer);
      // Their row leaves the list: focus stays in the card rather than falling to the page.
      heading?.focus();
      props.onChanged(view);
    } catch (error) {
      setFailure(await failureText(error));
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
              // Plain values, so Solid sets them once rather than watch each in an effect.
              const { name, since, messageLabel, snoozeLabel } = rowWords(person);
              let messageButton: HTMLButtonElement | undefined;
              return (
                <li data-testid="reach-out-person" class="reach-out-row">
                  <p class="who">
                    {/* Isolated, so a name in another script or with a direction override
                        never turns the words after it around; cut with an ellipsis, whole
                        in its title and in the buttons' names. */}
                    <bdi class="person-name" title={name}>
                      {name}
                    </bdi>{' '}
                    <span class="muted since">{since}</span>
                  </p>
                  <div class="chips">
                    <button
                      ref={(element) => (messageButton = element)}
                      type="button"
                      aria-label={messageLabel}
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
                      aria-label={snoozeLabel}
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
      <Status message={logged()} />
      <UndoSlot ref={(element) => (undoSlot = element)}>
        <Show when={offer()}>
          {(current) => (
            <UndoLine
              offer={current()}
              slot={() => undoSlot}
              onDone={() => setOffer(null)}
              onError={setFailure}
            />
          )}
        </Show>
      </UndoSlot>
      <Alert message={failure()} />
    </section>
  );
}
