import { createSignal, Match, Show, Switch } from 'solid-js';
import { now } from '../../clock';
import { recordTransition } from '../../db/activity';
import { formatTime } from '../../domain/format';
import { workedAt, type NextNudge } from '../../domain/popup-view';
import type { CheckInMode } from '../../domain/types';
import { durationText, t, uiLanguage, type MessageKey } from '../../i18n';
import { MINUTE_MS } from '../../domain/time-units';
import { dayTimeText, errorText, weekdayName } from '../shared/format';
import { Alert } from '../shared/status-line';
import { writeAndPlan } from '../shared/write';
import type { PopupView } from './load-today';

const STATUS_TEXT: Record<PopupView['status'], MessageKey> = {
  working: 'statusWorking',
  away: 'statusAway',
  'before-work': 'statusBeforeWork',
  'after-hours': 'statusAfterHours',
  'day-off': 'statusDayOff',
  'clocked-out': 'statusClockedOut',
};

const MODE_TEXT: Record<CheckInMode, MessageKey> = {
  'in-person': 'popupModeInPerson',
  virtual: 'popupModeVirtual',
  either: 'popupModeEither',
};

function reason(nudge: NextNudge, about: string | null): string {
  switch (nudge.kind) {
    case 'wrap-up':
      return t('reasonWrapUp', [String(nudge.minutesLeft)]);
    case 'reconnect':
      return t('reasonReconnect', [about ?? '']);
    case 'break':
      return t(nudge.breakKind === 'long' ? 'reasonLongBreak' : 'reasonShortBreak');
    case 'hours-limit':
      return t(nudge.limit === 'week' ? 'reasonWeekLimit' : 'reasonDayLimit');
    case 'check-in-reminder':
      return t('popupReasonCheckIn', [about ?? '']);
    case 'check-in-prep':
      return t('popupReasonPrep', [about ?? '']);
    case 'check-in-log':
      return t('popupReasonLog', [about ?? '']);
    case 'gathering-idea':
      return t('popupReasonGathering');
    case 'reflection':
      return t('popupReasonReflection');
    default:
      return t('reasonBoundary');
  }
}

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
  const dayTime = (at: number) => dayTimeText(at, props.now, props.view.timeZone);
  // Whole minutes, rounded up: "in 1 min" until it is time, never "in 0 min".
  const until = (at: number) =>
    t('popupIn', [durationText(Math.ceil((at - props.now) / MINUTE_MS) * MINUTE_MS)]);
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
      const { view } = await writeAndPlan('activity', (db) => recordTransition(db, { at, state }));
      setRecorded({ onClock: state === 'clock-in', viewAt });
      props.onChanged(view);
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="today card">
      {/* Only the status is announced when it changes: the ticking figures would chatter. */}
      <p class="state" data-testid="status" aria-live="polite">
        {t(STATUS_TEXT[props.view.status])}
      </p>
      <dl>
        <dt>{t('workedToday')}</dt>
        <dd>
          <span data-testid="worked">{durationText(workedAt(props.view, props.now))}</span>
          <Show when={props.view.scheduledMs}>
            {(scheduled) => (
              <span class="muted"> {t('popupWorkedOf', [durationText(scheduled())])}</span>
            )}
          </Show>
        </dd>
        <Switch>
          <Match when={props.view.workday && props.now < props.view.workday.endsAt}>
            <dt>{t('workdayEnds')}</dt>
            <dd data-testid="workday-end">{time(props.view.workday!.endsAt)}</dd>
          </Match>
          <Match when={props.view.workday}>
            {(day) => (
              <>
                <dt>{t('workdayEnded')}</dt>
                <dd data-testid="workday-end">{time(day().endsAt)}</dd>
              </>
            )}
          </Match>
          <Match when={props.view.nextWorkday}>
            {(day) => (
              <>
                <dt>{t('workdayNext')}</dt>
                <dd data-testid="next-workday">
                  {t('weekdayTime', [weekdayName(day().date), time(day().startsAt)])}
                </dd>
              </>
            )}
          </Match>
        </Switch>
        <Show when={props.view.nextBreakAt}>
          {(at) => (
            <>
              <dt>{t('nextBreak')}</dt>
              <dd>
                <span data-testid="next-break">{dayTime(at())}</span>
                <Show when={at() > props.now}>
                  <span class="muted"> {until(at())}</span>
                </Show>
              </dd>
            </>
          )}
        </Show>
        <Show when={props.view.nextCheckIn}>
          {(next) => (
            <>
              <dt>{t('nextCheckIn')}</dt>
              <dd data-testid="next-check-in">
                {t('popupCheckInAt', [
                  next().title,
                  dayTime(next().start),
                  t(MODE_TEXT[next().mode]),
                ])}
                <Show when={next().link}>
                  {(href) => (
                    <>
                      {' '}
                      <a href={href()} target="_blank" rel="noopener noreferrer">
                        {t('joinLink')}
                      </a>
                    </>
                  )}
                </Show>
              </dd>
            </>
          )}
        </Show>
        <dt>{t('nextNudge')}</dt>
        <dd data-testid="next-nudge">
          {/* In an expression, so it follows the popup's clock ("Monday" once it is not today). */}
          <Show when={props.view.next} fallback={t('nextNudgeNone')}>
            {(nudge) => (
              <>
                {t('nextNudgeAt', [dayTime(nudge().dueAt), reason(nudge(), props.view.nextAbout)])}
              </>
            )}
          </Show>
        </dd>
      </dl>
      <Show when={props.view.clockedInAt}>
        {(at) => <p class="muted">{t('clockedInAt', [time(at())])}</p>}
      </Show>
      {/* One button whose words change, and never disabled (that would drop focus): focus
          stays on it after clocking in or out. */}
      <button type="button" aria-disabled={busy()} onClick={() => void clock()}>
        {onTheClock() ? t('actionClockOut') : t('actionClockIn')}
      </button>
      <Alert message={failure()} />
    </section>
  );
}
