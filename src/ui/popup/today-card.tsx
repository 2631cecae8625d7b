import { createSignal, Show } from 'solid-js';
import { now } from '../../clock';
import { formatTime } from '../../domain/format';
import { t, uiLanguage, type MessageKey } from '../../i18n';
import { timeWith } from '../../plural';
import { Alert, failureText } from './failure';
import type { PopupView } from './load-today';
import { TodayFacts } from './today-facts';

const STATUS_TEXT: Record<PopupView['status'], MessageKey> = {
  working: 'statusWorking',
  away: 'statusAway',
  'before-work': 'statusBeforeWork',
  'after-hours': 'statusAfterHours',
  'day-off': 'statusDayOff',
  'clocked-out': 'statusClockedOut',
};

/**
 * Working or not, time worked, the workday's end, the next break, check-in and nudge and why;
 * clock in/out. Everything that depends on the time is worked out at `now`, the popup's clock.
 */
export function TodayCard(props: {
  view: PopupView;
  now: number;
  /** With the view the background planned after the change, when it answered. */
  onChanged: (planned: PopupView | null) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const time = (at: number) => formatTime(at, props.view.timeZone, uiLanguage());
  // As the planner counts it: past the workday's end the clock may still run, and then the
  // user is offered the way to end the day, not a clock-in.
  // Until a view computed after the press arrives, the button shows what was just recorded,
  // so a second press before then clocks back rather than recording the same change twice.
  const [recorded, setRecorded] = createSignal<{ onClock: boolean; viewAt: number } | null>(null);
  const onTheClock = () => {
    const last = recorded();
    return last && last.viewAt === props.view.computedAt ? last.onClock : props.view.onClock;
  };

  async function clock() {
    if (busy()) return;
    const state = onTheClock() ? 'clock-out' : 'clock-in';
    const viewAt = props.view.computedAt;
    setBusy(true);
    setFailure(null);
    try {
      const at = (await now()).getTime();
      const { writeAndPlan, recordTransition } = await import('./popup-data');
      const { view } = await writeAndPlan('activity', (db) => recordTransition(db, { at, state }));
      setRecorded({ onClock: state === 'clock-in', viewAt });
      props.onChanged(view);
    } catch (error) {
      setFailure(t('actionFailed', [await failureText(error)]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="today card">
      <div class="today-head">
        {/* Only the status is announced when it changes: the ticking figures would chatter. */}
        <p class="state">
          <span data-testid="status" aria-live="polite">
            {t(STATUS_TEXT[props.view.status])}
          </span>
          <Show when={props.view.clockedInAt}>
            {(at) => (
              <span class="muted"> {t('clockedInAt', [timeWith('atTime', time(at()))])}</span>
            )}
          </Show>
        </p>
        {/* One button whose words change, and never disabled (that would drop focus): focus
            stays on it after clocking in or out. */}
        <button type="button" aria-disabled={busy()} onClick={() => void clock()}>
          {onTheClock() ? t('actionClockOut') : t('actionClockIn')}
        </button>
      </div>
      <TodayFacts view={props.view} now={props.now} />
      <Alert message={failure()} />
    </section>
  );
}
