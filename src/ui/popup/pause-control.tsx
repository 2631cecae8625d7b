import { createSignal, For, Show } from 'solid-js';
import { now } from '../../clock';
import { pauseEnd, type PauseChoice } from '../../domain/pause';
import { t, type MessageKey } from '../../i18n';
import { dayTimeText, errorText } from '../shared/format';
import { Alert } from '../shared/status-line';
import type { PopupView } from './load-today';

// "Until my next workday" ends where the background found the next workday: the popup
// carries none of the schedule's math.
const CHOICES: { choice: PauseChoice; label: MessageKey }[] = [
  { choice: '30m', label: 'pause30m' },
  { choice: '1h', label: 'pause1h' },
  { choice: '2h', label: 'pause2h' },
  { choice: 'tomorrow', label: 'pauseTomorrow' },
];

/** Pause every nudge for a meeting, a home visit or a crisis call; it ends by itself. */
export function PauseControl(props: {
  pausedUntil: number | null;
  timeZone: string;
  /** When the next workday starts, from the popup's view. */
  nextWorkdayStart: number | null;
  now: number;
  onChanged: (planned: PopupView | null) => void;
}) {
  const [failure, setFailure] = createSignal<string | null>(null);
  let heading: HTMLHeadingElement | undefined;
  // A pause into another day names that day ("Monday 09:00"), not just the time.
  const untilText = (until: number) => dayTimeText(until, props.now, props.timeZone);

  async function set(choice: PauseChoice | null) {
    setFailure(null);
    try {
      const until =
        choice === null ? null : pauseEnd(choice, props.nextWorkdayStart, (await now()).getTime());
      const { writeAndPlan, setPause } = await import('./popup-data');
      const { view } = await writeAndPlan('activity', (db) => setPause(db, until));
      // The button pressed gives way to the other state's: focus stays in this section.
      heading?.focus();
      props.onChanged(view);
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  return (
    <section class="pause" aria-labelledby="pause-heading">
      <h2
        id="pause-heading"
        class="small-heading"
        tabIndex={-1}
        ref={(element) => (heading = element)}
      >
        {t('pauseHeading')}
      </h2>
      {/* Live, so pausing or resuming is heard once the new state arrives. */}
      <div aria-live="polite">
        <Show
          when={props.pausedUntil}
          fallback={
            <div class="chips" role="group" aria-labelledby="pause-heading">
              <For each={CHOICES}>
                {(entry) => (
                  <button type="button" class="secondary" onClick={() => void set(entry.choice)}>
                    {t(entry.label)}
                  </button>
                )}
              </For>
            </div>
          }
        >
          {(until) => (
            <p data-testid="paused">
              {t('pausedUntil', [untilText(until())])}{' '}
              <button type="button" class="secondary" onClick={() => void set(null)}>
                {t('pauseResume')}
              </button>
            </p>
          )}
        </Show>
      </div>
      <Alert message={failure()} />
    </section>
  );
}
