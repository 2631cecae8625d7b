import { Show } from 'solid-js';
import { formatTime } from '../../domain/format';
import { workedAt, type NextNudge } from '../../domain/popup-view';
import { MINUTE_MS } from '../../domain/time-units';
import type { CheckInMode } from '../../domain/types';
import { durationText, t, uiLanguage, type MessageKey } from '../../i18n';
import { plural } from '../../plural';
import { dayTimeText, weekdayName } from '../shared/day-text';
import type { PopupView } from './load-today';

const MODE_TEXT: Record<CheckInMode, MessageKey> = {
  'in-person': 'popupModeInPerson',
  virtual: 'popupModeVirtual',
  either: 'popupModeEither',
};

function reason(nudge: NextNudge, about: string | null): string {
  switch (nudge.kind) {
    case 'wrap-up':
      return plural('reasonWrapUp', nudge.minutesLeft);
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
 * Today in figures: time worked, the workday's end (or the next one's start), the next
 * break, check-in and nudge and why. Each is worked out at `now`, the popup's clock.
 */
export function TodayFacts(props: { view: PopupView; now: number }) {
  const time = (at: number) => formatTime(at, props.view.timeZone, uiLanguage());
  const dayTime = (at: number) => dayTimeText(at, props.now, props.view.timeZone);
  // Whole minutes, rounded up: "in 1 min" until it is time, never "in 0 min".
  const until = (at: number) =>
    t('popupIn', [durationText(Math.ceil((at - props.now) / MINUTE_MS) * MINUTE_MS)]);
  return (
    <dl>
      <dt>{t('workedToday')}</dt>
      <dd>
        <span data-testid="worked" data-clock>
          {durationText(workedAt(props.view, props.now))}
        </span>
        <Show when={props.view.scheduledMs}>
          {(scheduled) => (
            <span class="muted"> {t('popupWorkedOf', [durationText(scheduled())])}</span>
          )}
        </Show>
      </dd>
      {/* Nested Shows rather than Switch and Match, which the popup's first script would carry
          for this row alone. */}
      <Show
        when={props.view.workday}
        fallback={
          <Show when={props.view.nextWorkday}>
            {(day) => (
              <>
                <dt>{t('workdayNext')}</dt>
                <dd data-testid="next-workday">
                  {t('weekdayTime', [weekdayName(day().date), time(day().startsAt)])}
                </dd>
              </>
            )}
          </Show>
        }
      >
        {(day) => (
          <>
            <dt>{props.now < day().endsAt ? t('workdayEnds') : t('workdayEnded')}</dt>
            <dd data-testid="workday-end">{time(day().endsAt)}</dd>
          </>
        )}
      </Show>
      <Show when={props.view.nextBreakAt}>
        {(at) => (
          <>
            <dt>{t('nextBreak')}</dt>
            <dd>
              <span data-testid="next-break">{dayTime(at())}</span>
              <Show when={at() > props.now}>
                <span class="muted" data-clock>
                  {' '}
                  {until(at())}
                </span>
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
            <>{t('nextNudgeAt', [dayTime(nudge().dueAt), reason(nudge(), props.view.nextAbout)])}</>
          )}
        </Show>
      </dd>
    </dl>
  );
}
