import { createSignal, Match, Show, Switch } from 'solid-js';
import { now } from '../../clock';
import { recordTransition } from '../../db/activity';
import { openDb } from '../../db/open';
import { formatTime } from '../../domain/format';
import type { Nudge } from '../../domain/types';
import { localDate } from '../../domain/workday';
import { durationText, t, uiLanguage, type MessageKey } from '../../i18n';
import { errorText, weekdayName } from '../shared/format';
import { notifyChanged } from '../shared/notify-changed';
import type { TodayView } from './load-today';

const STATUS_TEXT: Record<TodayView['status'], MessageKey> = {
  working: 'statusWorking',
  away: 'statusAway',
  'before-work': 'statusBeforeWork',
  'after-hours': 'statusAfterHours',
  'day-off': 'statusDayOff',
  'clocked-out': 'statusClockedOut',
};

function reason(nudge: Nudge, about: string | null): string {
  switch (nudge.kind) {
    case 'wrap-up':
      return t('reasonWrapUp', [String(nudge.minutesLeft ?? 0)]);
    case 'reconnect':
      return t('reasonReconnect', [about ?? '']);
    case 'break':
      return t(nudge.breakKind === 'long' ? 'reasonLongBreak' : 'reasonShortBreak');
    case 'hours-limit':
      return t(nudge.limit === 'week' ? 'reasonWeekLimit' : 'reasonDayLimit');
    default:
      return t('reasonBoundary');
  }
}

/** Working or not, time worked, the workday's end, the next nudge and why; clock in/out. */
export function TodayCard(props: { view: TodayView; onChanged: () => void }) {
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const time = (at: number) => formatTime(at, props.view.timeZone, uiLanguage());
  const dayTime = (at: number) =>
    localDate(props.view.timeZone, at) === props.view.date
      ? time(at)
      : t('weekdayTime', [weekdayName(localDate(props.view.timeZone, at)), time(at)]);
  // As the planner counts it: past the workday's end the clock may still run, and then the
  // user is offered the way to end the day, not a clock-in.
  const onTheClock = () => props.view.onClock;

  async function clock(state: 'clock-in' | 'clock-out') {
    setBusy(true);
    setFailure(null);
    try {
      const db = await openDb();
      await recordTransition(db, { at: (await now()).getTime(), state });
      await notifyChanged('activity');
      props.onChanged();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="today card" aria-live="polite">
      <p class="state" data-testid="status">
        {t(STATUS_TEXT[props.view.status])}
      </p>
      <dl>
        <dt>{t('workedToday')}</dt>
        <dd data-testid="worked">{durationText(props.view.workedMs)}</dd>
        <Switch>
          <Match when={props.view.workday && props.view.now < props.view.workday.endsAt}>
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
        <Show when={props.view.nextBreak}>
          {(next) => (
            <>
              <dt>{t('nextBreak')}</dt>
              <dd data-testid="next-break">{time(next().dueAt)}</dd>
            </>
          )}
        </Show>
        <Show when={props.view.nextCheckIn}>
          {(next) => (
            <>
              <dt>{t('nextCheckIn')}</dt>
              <dd data-testid="next-check-in">
                {t('nextCheckInAt', [next().title, dayTime(next().start)])}
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
          <Show when={props.view.next} fallback={t('nextNudgeNone')}>
            {(nudge) =>
              t('nextNudgeAt', [time(nudge().dueAt), reason(nudge(), props.view.nextAbout)])
            }
          </Show>
        </dd>
      </dl>
      <Show when={props.view.clockedInAt}>
        {(at) => <p class="muted">{t('clockedInAt', [time(at())])}</p>}
      </Show>
      <Show
        when={onTheClock()}
        fallback={
          <button type="button" disabled={busy()} onClick={() => void clock('clock-in')}>
            {t('actionClockIn')}
          </button>
        }
      >
        <button type="button" disabled={busy()} onClick={() => void clock('clock-out')}>
          {t('actionClockOut')}
        </button>
      </Show>
      <Show when={failure()}>
        {(message) => (
          <p role="alert" class="alert">
            {t('actionFailed', [message()])}
          </p>
        )}
      </Show>
    </section>
  );
}
