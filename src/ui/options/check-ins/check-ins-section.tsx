import { createMemo, createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import { icsFileName, toIcs } from '../../../domain/checkins/ics';
import type { Occurrence } from '../../../domain/checkins/occurrence';
import { isOver, nextOccurrence } from '../../../domain/checkins/recurrence';
import type { CheckIn } from '../../../domain/types';
import { localDate } from '../../../domain/workday';
import { t, uiLanguage } from '../../../i18n';
import { countText } from '../../../plural';
import { download } from '../../shared/download';
import { Loading } from '../../shared/loading';
import { Alert, Status } from '../../shared/status-line';
import { UndoBar } from '../../shared/undo-bar';
import { createUndoable } from '../../shared/undoable';
import { CheckInForm } from './check-in-form';
import { CheckInRow } from './check-in-row';
import { CheckInSettingsForm } from './check-in-settings';
import { createCheckIns, type CheckIns, type CheckInsData } from './check-ins-store';
import { InPersonCard } from './in-person-card';

/** Check-ins: the list with each one's next date, the form, calendar export and invitations. */
export function CheckInsSection() {
  const checkIns = createCheckIns();
  return (
    <>
      <h2 id="check-ins-heading">{t('sectionCheckIns')}</h2>
      <p class="muted">{t('checkInsIntro')}</p>
      <Loading>
        <Show when={checkIns.data.latest}>
          {(data) => <CheckInsBody data={data()} checkIns={checkIns} />}
        </Show>
      </Loading>
    </>
  );
}

/** How the list names a moment ('Tue, Nov 24, 10:00 AM'), in the schedule's zone. */
function whenFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  });
}

/** Add a check-in, and all of them at once to a calendar. */
function CheckInsActions(props: { data: CheckInsData; onAdd: () => void }) {
  return (
    <div class="form-actions">
      <button type="button" onClick={() => props.onAdd()}>
        {t('checkInAdd')}
      </button>
      <Show when={props.data.checkIns.length > 0}>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            download(
              icsFileName(props.data.checkIns),
              toIcs(props.data.checkIns, props.data.contacts, props.data.now.getTime()),
              'text/calendar',
            )
          }
        >
          {t('checkInExportAll')}
        </button>
      </Show>
    </div>
  );
}

/** A check-in in the list, with its next occurrence from now (null: none to come). */
interface Listed {
  checkIn: CheckIn;
  next: Occurrence | null;
}

/**
 * The list: each check-in with its next date, walked once. Those whose dates are all behind
 * (`isOver`) wait under "Past check-ins", built only when opened, or years of one-off
 * meetings would be hundreds of rows before the ones that matter. One with no date in the
 * walk's reach (a yearly review just skipped, a date whose zone is unknown) stays in the list.
 */
function CheckInsList(props: {
  checkIns: CheckIn[];
  now: Date;
  row: (item: Listed) => JSX.Element;
}) {
  const listed = createMemo(() => {
    const coming: Listed[] = [];
    const past: Listed[] = [];
    for (const checkIn of props.checkIns) {
      if (isOver(checkIn, props.now.getTime())) past.push({ checkIn, next: null });
      else coming.push({ checkIn, next: nextOccurrence(checkIn, props.now) });
    }
    return { coming, past };
  });
  const [pastShown, setPastShown] = createSignal(false);
  const pastId = createUniqueId();
  return (
    <>
      <ul class="people" aria-label={t('sectionCheckIns')}>
        <For
          each={listed().coming}
          fallback={
            <p class="muted">
              {listed().past.length === 0 ? t('checkInsNone') : t('checkInsNoneComing')}
            </p>
          }
        >
          {props.row}
        </For>
      </ul>
      <Show when={listed().past.length > 0}>
        <button
          type="button"
          class="secondary disclosure"
          aria-expanded={pastShown()}
          aria-controls={pastId}
          onClick={() => setPastShown(!pastShown())}
        >
          {t('checkInsPast', [countText(listed().past.length)])}
        </button>
        <Show when={pastShown()}>
          <ul id={pastId} class="people" aria-label={t('checkInsPastList')}>
            <For each={listed().past}>{props.row}</For>
          </ul>
        </Show>
      </Show>
    </>
  );
}

function CheckInsBody(props: { data: CheckInsData; checkIns: CheckIns }) {
  // undefined: no form open; null: adding; a check-in: editing it.
  const [editing, setEditing] = createSignal<CheckIn | null | undefined>(undefined);
  const changes = createUndoable();
  const [status, setStatus] = createSignal<string | null>(null);
  const zone = () => props.data.settings.schedule.timeZone;
  // One formatter for the whole list: building one per moment was the slow part.
  const format = createMemo(() => whenFormat(zone()));
  const when = (at: number) => format().format(at);
  async function saved(checkIn: CheckIn, opened: CheckIn | null) {
    await props.checkIns.save(checkIn, opened);
    setEditing(undefined);
    // Saved with its dates all behind, it leaves the list for the past group: say where.
    const over = isOver(checkIn, props.data.now.getTime());
    setStatus(t(over ? 'checkInSavedPast' : 'checkInSaved', [checkIn.title]));
  }

  function skip(checkIn: CheckIn, occurrence: Occurrence) {
    const { checkIns } = props;
    const message = t('checkInSkipped', [checkIn.title, when(occurrence.start)]);
    void changes.attempt(async () => {
      await checkIns.skip(checkIn.id, occurrence.date);
      changes.setOffer({
        message,
        undo: async () => void (await checkIns.unskip(checkIn.id, occurrence.date)),
      });
    });
  }

  function move(checkIn: CheckIn, occurrence: Occurrence, start: number) {
    const { checkIns } = props;
    const message = t('checkInMoved', [checkIn.title, when(start)]);
    return changes.attempt(async () => {
      await checkIns.move(checkIn.id, occurrence.date, start);
      setStatus(message);
    });
  }

  function togglePaused(checkIn: CheckIn) {
    const { checkIns } = props;
    void changes.attempt(() => checkIns.togglePaused(checkIn.id));
  }

  function remove(checkIn: CheckIn) {
    const { checkIns } = props;
    void changes.attempt(async () => {
      const deleted = await checkIns.remove(checkIn.id);
      changes.setOffer({
        message: t('checkInDeleted', [checkIn.title]),
        undo: async () => void (await checkIns.restore(deleted)),
      });
    });
  }

  const row = (item: Listed) => (
    <CheckInRow
      checkIn={item.checkIn}
      next={item.next}
      contacts={props.data.contacts}
      now={props.data.now}
      timeZone={zone()}
      when={when}
      onEdit={() => setEditing(item.checkIn)}
      onSkip={(occurrence) => skip(item.checkIn, occurrence)}
      onMove={(occurrence, start) => move(item.checkIn, occurrence, start)}
      onTogglePaused={() => togglePaused(item.checkIn)}
      onInviteCopied={() => setStatus(t('checkInInviteCopied'))}
      onFailure={changes.fail}
      onDelete={() => remove(item.checkIn)}
    />
  );

  return (
    <div class="network">
      <UndoBar
        offer={changes.offer()}
        onDone={() => changes.setOffer(null)}
        onError={changes.undoFailed}
      />
      <Alert message={changes.failure()} />
      <Status message={status()} />
      <Show
        when={editing() === undefined ? undefined : { checkIn: editing() ?? null }}
        keyed
        fallback={<CheckInsActions data={props.data} onAdd={() => setEditing(null)} />}
      >
        {(target) => (
          <CheckInForm
            initial={target.checkIn}
            contacts={props.data.contacts.filter((contact) => !contact.archived)}
            today={localDate(zone(), props.data.now)}
            timeZone={zone()}
            onCancel={() => setEditing(undefined)}
            onSave={saved}
          />
        )}
      </Show>
      <CheckInsList checkIns={props.data.checkIns} now={props.data.now} row={row} />
      <CheckInSettingsForm
        initial={props.data.settings.checkIns}
        onSaved={() => props.checkIns.reload()}
      />
      <InPersonCard
        recent={props.data.recent}
        target={props.data.settings.checkIns.inPersonTarget}
        now={props.data.now}
        timeZone={zone()}
      />
    </div>
  );
}
