import { createSignal, createUniqueId, Show } from 'solid-js';
import { icsFileName, toIcs } from '../../../domain/checkins/ics';
import { invitation } from '../../../domain/checkins/invitation';
import type { Occurrence } from '../../../domain/checkins/occurrence';
import type { CheckIn, Contact } from '../../../domain/types';
import { t, uiLanguage } from '../../../i18n';
import { download } from '../../shared/download';
import { invitationText } from './invitation-text';
import { MoveOccurrence } from './move-occurrence';

/** One check-in in the list: its next date, and what can be done with it. */
export function CheckInRow(props: {
  checkIn: CheckIn;
  /** Its next occurrence from now, or null: none to come. */
  next: Occurrence | null;
  contacts: Contact[];
  now: Date;
  /** The schedule's zone, which the invitation is written in. */
  timeZone: string;
  /** A moment as the list names it ('Tue, 24 Nov, 10:00 AM'). */
  when: (at: number) => string;
  onEdit: () => void;
  onSkip: (occurrence: Occurrence) => void;
  onMove: (occurrence: Occurrence, start: number) => Promise<void>;
  onTogglePaused: () => void;
  onInviteCopied: () => void;
  onFailure: (error: unknown) => void;
  onDelete: () => void;
}) {
  const next = () => props.next;
  // Sharing and deleting, used now and then, open in place: the row keeps one line of buttons.
  const [more, setMore] = createSignal(false);
  const moreId = createUniqueId();

  function copyInvite() {
    const text = invitationText(
      invitation(props.checkIn, props.contacts, props.timeZone, uiLanguage(), props.now.getTime()),
    );
    void navigator.clipboard.writeText(text).then(props.onInviteCopied, props.onFailure);
  }

  // Every button names the check-in it is for, for those who hear the list rather than see it.
  const title = () => <span class="visually-hidden"> {props.checkIn.title}</span>;

  return (
    <li class="person-row" data-testid="check-in">
      <div class="person-main">
        <bdi class="person-name" title={props.checkIn.title}>
          {props.checkIn.title}
        </bdi>
        <Show when={props.checkIn.paused}>
          <span class="badge muted">{t('checkInPaused')}</span>
        </Show>
        <span class="muted" data-testid="check-in-next">
          <Show when={next()} fallback={t('checkInNoNext')}>
            {(occurrence) => t('checkInNext', [props.when(occurrence().start)])}
          </Show>
        </span>
      </div>
      <div class="person-actions">
        <button type="button" class="secondary" onClick={() => props.onEdit()}>
          {t('edit')}
          {title()}
        </button>
        <Show when={next()}>
          {(occurrence) => (
            <button type="button" class="secondary" onClick={() => props.onSkip(occurrence())}>
              {t('checkInSkipNext')}
              {title()}
            </button>
          )}
        </Show>
        <Show when={next()}>
          {(occurrence) => (
            <MoveOccurrence
              occurrence={occurrence()}
              timeZone={props.checkIn.timeZone}
              onMove={(start) => props.onMove(occurrence(), start)}
            />
          )}
        </Show>
        <button type="button" class="secondary" onClick={() => props.onTogglePaused()}>
          {props.checkIn.paused ? t('checkInResume') : t('checkInPause')}
          {title()}
        </button>
        <button
          type="button"
          class="secondary disclosure"
          aria-expanded={more()}
          aria-controls={moreId}
          onClick={() => setMore(!more())}
        >
          {t('checkInMoreActions')}
          {title()}
        </button>
      </div>
      <Show when={more()}>
        <div id={moreId} class="person-actions more-actions">
          <button
            type="button"
            class="secondary"
            onClick={() =>
              download(
                icsFileName([props.checkIn]),
                toIcs([props.checkIn], props.contacts, props.now.getTime()),
                'text/calendar',
              )
            }
          >
            {t('checkInExport')}
            {title()}
          </button>
          <button type="button" class="secondary" onClick={copyInvite}>
            {t('checkInCopyInvite')}
            {title()}
          </button>
          <button type="button" class="secondary" onClick={() => props.onDelete()}>
            {t('delete')}
            {title()}
          </button>
        </div>
      </Show>
    </li>
  );
}
