import { createSignal, For, Show } from 'solid-js';
import { now } from '../../clock';
import { setPause } from '../../db/meta';
import { openDb } from '../../db/open';
import { formatTime } from '../../domain/format';
import { pauseEnd, type PauseChoice } from '../../domain/pause';
import type { WorkSchedule } from '../../domain/types';
import { t, uiLanguage, type MessageKey } from '../../i18n';
import { localDate } from '../../domain/workday';
import { errorText, weekdayName } from '../shared/format';
import { notifyChanged } from '../shared/notify-changed';
import { Alert } from '../shared/alert';

const CHOICES: { choice: PauseChoice; label: MessageKey }[] = [
  { choice: '30m', label: 'pause30m' },
  { choice: '1h', label: 'pause1h' },
  { choice: '2h', label: 'pause2h' },
  { choice: 'tomorrow', label: 'pauseTomorrow' },
];

/** Pause every nudge for a meeting, a home visit or a crisis call; it ends by itself. */
export function PauseControl(props: {
  pausedUntil: number | null;
  schedule: WorkSchedule;
  now: number;
  onChanged: () => void;
}) {
  const [failure, setFailure] = createSignal<string | null>(null);
  // A pause into another day names that day ("Monday 09:00"), not just the time.
  const untilText = (until: number) => {
    const zone = props.schedule.timeZone;
    const time = formatTime(until, zone, uiLanguage());
    const day = localDate(zone, until);
    return day === localDate(zone, props.now) ? time : t('weekdayTime', [weekdayName(day), time]);
  };

  async function set(choice: PauseChoice | null) {
    setFailure(null);
    try {
      const until = choice === null ? null : pauseEnd(choice, props.schedule, await now());
      await setPause(await openDb(), until);
      await notifyChanged('activity');
      props.onChanged();
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  return (
    <section class="pause" aria-labelledby="pause-heading">
      <h2 id="pause-heading" class="small-heading">
        {t('pauseHeading')}
      </h2>
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
      <Alert message={failure()} />
    </section>
  );
}
