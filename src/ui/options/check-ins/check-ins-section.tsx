import { subDays } from 'date-fns';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { now } from '../../../clock';
import { changeCheckIn, deleteCheckIn, listCheckIns, saveCheckIn } from '../../../db/check-ins';
import { listContacts } from '../../../db/contacts';
import { interactionsSince } from '../../../db/interactions';
import { openDb } from '../../../db/open';
import { loadSettings } from '../../../db/settings';
import { icsFileName, toIcs } from '../../../domain/checkins/ics';
import { invitation } from '../../../domain/checkins/invitation';
import { nextOccurrence } from '../../../domain/checkins/recurrence';
import { inPersonShare } from '../../../domain/in-person-share';
import type { CheckIn } from '../../../domain/types';
import { localDate } from '../../../domain/workday';
import { t, uiLanguage } from '../../../i18n';
import { download } from '../../shared/download';
import { errorText } from '../../shared/format';
import { Loading } from '../../shared/loading';
import { notifyChanged } from '../../shared/notify-changed';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { CheckInForm } from './check-in-form';
import { invitationText } from './invitation-text';
import { CheckInSettingsForm } from './check-in-settings';
import { MoveOccurrence } from './move-occurrence';
import { Alert } from '../../shared/alert';

async function loadCheckIns() {
  const [db, current] = await Promise.all([openDb(), now()]);
  const [settings, checkIns, contacts, recent] = await Promise.all([
    loadSettings(db),
    listCheckIns(db),
    listContacts(db),
    interactionsSince(db, subDays(current, 60).getTime()),
  ]);
  return { settings, checkIns, contacts, recent, now: current };
}

const percent = (share: number) =>
  new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(share);

/** Check-ins: the list with each one's next date, the form, calendar export and invitations. */
export function CheckInsSection() {
  const [data, { refetch }] = createResource(loadCheckIns);
  const [editing, setEditing] = createSignal<CheckIn | null | undefined>(undefined);
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal<string | null>(null);

  async function saved(checkIn: CheckIn) {
    await saveCheckIn(await openDb(), checkIn);
    setEditing(undefined);
    setStatus(t('checkInSaved', [checkIn.title]));
    await notifyChanged('check-ins');
    await refetch();
  }

  async function attempt(action: () => Promise<void>) {
    setFailure(null);
    // The last action's Undo must not stay clickable while this one is written: it would
    // undo the wrong thing.
    setOffer(null);
    try {
      await action();
      await notifyChanged('check-ins');
      await refetch();
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  return (
    <>
      <h2 id="check-ins-heading">{t('sectionCheckIns')}</h2>
      <p class="muted">{t('checkInsIntro')}</p>
      <Loading>
        <Show when={data.latest}>
          {(loaded) => {
            const zone = () => loaded().settings.schedule.timeZone;
            const when = (at: number) =>
              new Intl.DateTimeFormat(uiLanguage(), {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
                hour: 'numeric',
                minute: '2-digit',
                timeZone: zone(),
              }).format(at);
            const share = createMemo(() =>
              inPersonShare(
                loaded().recent,
                loaded().settings.checkIns.inPersonTarget,
                loaded().now,
                8,
                zone(),
              ),
            );
            const active = () => loaded().contacts.filter((contact) => !contact.archived);
            return (
              <div class="network">
                <UndoBar offer={offer()} onDone={() => setOffer(null)} onError={setFailure} />
                <Alert message={failure()} />
                <Show when={status()}>
                  {(text) => (
                    <p class="status" role="status">
                      {text()}
                    </p>
                  )}
                </Show>
                <Show
                  when={editing() === undefined ? undefined : { checkIn: editing() ?? null }}
                  keyed
                  fallback={
                    <div class="form-actions">
                      <button type="button" onClick={() => setEditing(null)}>
                        {t('checkInAdd')}
                      </button>
                      <Show when={loaded().checkIns.length > 0}>
                        <button
                          type="button"
                          class="secondary"
                          onClick={() =>
                            download(
                              icsFileName(loaded().checkIns),
                              toIcs(loaded().checkIns, loaded().contacts, loaded().now.getTime()),
                              'text/calendar',
                            )
                          }
                        >
                          {t('checkInExportAll')}
                        </button>
                      </Show>
                    </div>
                  }
                >
                  {(target) => (
                    <CheckInForm
                      initial={target.checkIn}
                      contacts={active()}
                      today={localDate(zone(), loaded().now)}
                      timeZone={zone()}
                      onCancel={() => setEditing(undefined)}
                      onSave={saved}
                    />
                  )}
                </Show>
                <ul class="people" aria-label={t('sectionCheckIns')}>
                  <For each={loaded().checkIns} fallback={<p class="muted">{t('checkInsNone')}</p>}>
                    {(checkIn) => {
                      const next = () => nextOccurrence(checkIn, loaded().now);
                      return (
                        <li class="person-row" data-testid="check-in">
                          <div class="person-main">
                            <span class="person-name">{checkIn.title}</span>
                            <Show when={checkIn.paused}>
                              <span class="badge muted">{t('checkInPaused')}</span>
                            </Show>
                            <span class="muted" data-testid="check-in-next">
                              <Show when={next()} fallback={t('checkInNoNext')}>
                                {(occurrence) => t('checkInNext', [when(occurrence().start)])}
                              </Show>
                            </span>
                          </div>
                          <div class="person-actions">
                            <button
                              type="button"
                              class="secondary"
                              onClick={() => setEditing(checkIn)}
                            >
                              {t('edit')}
                              <span class="visually-hidden"> {checkIn.title}</span>
                            </button>
                            <Show when={next()}>
                              {(occurrence) => (
                                <button
                                  type="button"
                                  class="secondary"
                                  onClick={() =>
                                    void attempt(async () => {
                                      const date = occurrence().date;
                                      const db = await openDb();
                                      await changeCheckIn(db, checkIn.id, (one) => ({
                                        ...one,
                                        skipped: [...one.skipped, date],
                                      }));
                                      setOffer({
                                        message: t('checkInSkipped', [
                                          checkIn.title,
                                          when(occurrence().start),
                                        ]),
                                        undo: async () => {
                                          await changeCheckIn(
                                            await openDb(),
                                            checkIn.id,
                                            (one) => ({
                                              ...one,
                                              skipped: one.skipped.filter(
                                                (other) => other !== date,
                                              ),
                                            }),
                                          );
                                          await refetch();
                                        },
                                      });
                                    })
                                  }
                                >
                                  {t('checkInSkipNext')}
                                  <span class="visually-hidden"> {checkIn.title}</span>
                                </button>
                              )}
                            </Show>
                            <Show when={next()}>
                              {(occurrence) => (
                                <MoveOccurrence
                                  occurrence={occurrence()}
                                  timeZone={checkIn.timeZone}
                                  onMove={(start) =>
                                    attempt(async () => {
                                      const { date } = occurrence();
                                      await changeCheckIn(await openDb(), checkIn.id, (one) => ({
                                        ...one,
                                        moved: { ...one.moved, [date]: start },
                                      }));
                                      setStatus(t('checkInMoved', [checkIn.title, when(start)]));
                                    })
                                  }
                                />
                              )}
                            </Show>
                            <button
                              type="button"
                              class="secondary"
                              onClick={() =>
                                void attempt(async () => {
                                  await changeCheckIn(await openDb(), checkIn.id, (one) => ({
                                    ...one,
                                    paused: !one.paused,
                                  }));
                                })
                              }
                            >
                              {checkIn.paused ? t('checkInResume') : t('checkInPause')}
                              <span class="visually-hidden"> {checkIn.title}</span>
                            </button>
                            <button
                              type="button"
                              class="secondary"
                              onClick={() =>
                                download(
                                  icsFileName([checkIn]),
                                  toIcs([checkIn], loaded().contacts, loaded().now.getTime()),
                                  'text/calendar',
                                )
                              }
                            >
                              {t('checkInExport')}
                              <span class="visually-hidden"> {checkIn.title}</span>
                            </button>
                            <button
                              type="button"
                              class="secondary"
                              onClick={() =>
                                void navigator.clipboard
                                  .writeText(
                                    invitationText(
                                      invitation(
                                        checkIn,
                                        loaded().contacts,
                                        zone(),
                                        uiLanguage(),
                                        loaded().now.getTime(),
                                      ),
                                    ),
                                  )
                                  .then(
                                    () => setStatus(t('checkInInviteCopied')),
                                    (error: unknown) =>
                                      setFailure(t('actionFailed', [errorText(error)])),
                                  )
                              }
                            >
                              {t('checkInCopyInvite')}
                              <span class="visually-hidden"> {checkIn.title}</span>
                            </button>
                            <button
                              type="button"
                              class="secondary"
                              onClick={() =>
                                void attempt(async () => {
                                  const deleted = await deleteCheckIn(await openDb(), checkIn.id);
                                  setOffer({
                                    message: t('checkInDeleted', [checkIn.title]),
                                    undo: async () => {
                                      await saveCheckIn(await openDb(), deleted);
                                      await refetch();
                                    },
                                  });
                                })
                              }
                            >
                              {t('delete')}
                              <span class="visually-hidden"> {checkIn.title}</span>
                            </button>
                          </div>
                        </li>
                      );
                    }}
                  </For>
                </ul>
                <CheckInSettingsForm
                  initial={loaded().settings.checkIns}
                  onSaved={() => void refetch()}
                />
                <section class="card" aria-labelledby="in-person-heading" data-testid="in-person">
                  <h3 id="in-person-heading">{t('inPersonHeading')}</h3>
                  <Show when={share().share} fallback={<p>{t('inPersonNone')}</p>}>
                    {(value) => (
                      <>
                        <p>
                          {t('inPersonShare', [
                            String(share().inPerson),
                            String(share().virtual),
                            percent(value()),
                          ])}
                        </p>
                        <p>
                          {share().meetsTarget
                            ? t('inPersonMeets', [percent(share().target)])
                            : t('inPersonBelow', [percent(share().target)])}
                        </p>
                      </>
                    )}
                  </Show>
                </section>
              </div>
            );
          }}
        </Show>
      </Loading>
    </>
  );
}
