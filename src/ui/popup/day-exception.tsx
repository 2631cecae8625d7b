import { createSignal, Show, untrack } from 'solid-js';
import type { DayException } from '../../domain/types';
import { t } from '../../i18n';
import { timeWith } from '../../plural';
import { errorText } from '../shared/format';
import { Alert } from '../shared/status-line';
import { isClockTime } from '../../domain/clock-time';
import type { PopupView } from './load-today';

/** "On call today" or "late shift today until …": changes only today's boundary. */
export function DayExceptionControl(props: {
  date: string;
  current: DayException | null;
  onChanged: (planned: PopupView | null) => void;
}) {
  // The field starts from today's late shift, if any; after that it is the user's.
  const [until, setUntil] = createSignal(untrack(() => props.current?.until) ?? '20:00');
  const [failure, setFailure] = createSignal<string | null>(null);
  let heading: HTMLHeadingElement | undefined;

  async function save(exception: DayException | null) {
    setFailure(null);
    if (exception?.kind === 'late-shift' && !isClockTime(exception.until ?? '')) {
      setFailure(t('errorTimeFormat'));
      return;
    }
    try {
      const { date } = props;
      const { writeAndPlan, setException } = await import('./popup-data');
      const { view } = await writeAndPlan('settings', (db) => setException(db, date, exception));
      // The button pressed gives way to the other state's: focus stays in this section.
      heading?.focus();
      props.onChanged(view);
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  return (
    <section class="exception" aria-labelledby="exception-heading">
      <h2
        id="exception-heading"
        class="small-heading"
        tabIndex={-1}
        ref={(element) => (heading = element)}
      >
        {t('exceptionHeading')}
      </h2>
      {/* Live, so setting or clearing the exception is heard once the new state arrives. */}
      <div aria-live="polite">
        <Show
          when={props.current}
          fallback={
            <div class="chips">
              <button
                type="button"
                class="secondary"
                onClick={() => void save({ date: props.date, kind: 'on-call', until: null })}
              >
                {t('exceptionOnCall')}
              </button>
              <label class="field">
                {t('exceptionLateUntil')}
                <input
                  type="time"
                  name="late-until"
                  value={until()}
                  onInput={(event) => setUntil(event.currentTarget.value)}
                />
              </label>
              <button
                type="button"
                class="secondary"
                onClick={() => void save({ date: props.date, kind: 'late-shift', until: until() })}
              >
                {t('exceptionLateSave')}
              </button>
            </div>
          }
        >
          {(exception) => (
            <p data-testid="exception">
              {exception().kind === 'on-call'
                ? t('exceptionIsOnCall')
                : t('exceptionIsLate', [timeWith('untilTime', exception().until ?? '')])}{' '}
              <button type="button" class="secondary" onClick={() => void save(null)}>
                {t('exceptionClear')}
              </button>
            </p>
          )}
        </Show>
      </div>
      <Alert message={failure()} />
    </section>
  );
}
