import { createEffect, createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { SECOND_MS } from '../../domain/time-units';
import { t } from '../../i18n';
import { pendingMessages } from '../../storage/pending-messages';
import { onPopupViewSaved } from '../../storage/popup-view';
import { firstRead } from '../shared/first-reads';
import { loaded } from '../shared/loaded';
import type { ComposeAsk } from './composing';
import { DayControls } from './day-controls';
import { Alert } from './failure';
import { loadWaiting } from './load-waiting';
import { Composing, FirstRun, PendingConfirm, WaitingCard } from './occasional';
import type { PopupView } from './load-today';
import { afterPaint, cancelPicture, pictureSoon } from './picture';
import { createPopupView } from './popup-view-store';
import { QuickLog } from './quick-log';
import { ReachOutCard } from './reach-out-card';
import { SettingsLinks } from './settings-links';
import { takeComposeRequest } from './take-compose-request';
import { TodayCard } from './today-card';
import './popup.css';

/** How often an open popup moves its clock on (time worked, "ends" or "ended", countdowns). */
const TICK_MS = 30 * SECOND_MS;

/**
 * The toolbar popup. It paints from the view the background stored at its last wake (one
 * read, no planner), then asks the background for a view as of now and updates in place;
 * without a stored view that holds, it waits for that answer. While open, its clock ticks
 * and every view a wake stores is shown.
 */
export function Popup() {
  const shown = createPopupView();
  const [waiting, refetchWaiting] = loaded(loadWaiting);
  // The occasional cards' code comes only when they have something to show; once shown, a
  // card stays, to say what its last answer did.
  const [asking] = loaded(async () => (await pendingMessages.getValue()).length > 0);
  const everWaiting = createMemo((was: boolean) => was || (waiting()?.length ?? 0) > 0, false);
  // Someone to write to, asked for by a waiting nudge or a notification: the composer's
  // card comes with the first ask.
  const [ask, setAsk] = createSignal<ComposeAsk | null>(null);
  let heading: HTMLHeadingElement | undefined;

  /** Opens the composer a notification asked for in the popup's address, if any. */
  async function openRequested() {
    try {
      const contactId = await takeComposeRequest(location.search);
      if (contactId) setAsk({ contactId });
    } catch (error) {
      console.warn('Tend: could not read the compose request', error);
    }
  }

  /** After the popup changed something: what the change led to, and what waits now. */
  function changed(planned: PopupView | null = null) {
    shown.changed(planned);
    void refetchWaiting();
  }

  // A popup taken down before its first paint (a test's, the page closed) asks nothing more.
  let open = true;
  onCleanup(() => (open = false));

  async function start() {
    // The check for a fresher view waits for the first paint rather than competing with it.
    if (await firstRead(shown.showStored())) await afterPaint();
    if (open) await shown.askBackground();
  }

  // The popup as it rests, for the next one's first frame (picture.ts); again at each tick,
  // so the figures in it are never older than an open popup's.
  createEffect(() => {
    const current = shown.view();
    if (current) pictureSoon(current, shown.clock());
  });
  onCleanup(cancelPicture);

  onMount(() => {
    // Any wake while the popup is open (an idle change, an alarm, a write here) stores a
    // newer view: the popup shows it in place. The wake may have shown a nudge, which now
    // waits here too.
    onCleanup(
      onPopupViewSaved((next) => {
        void shown.saved(next);
        void refetchWaiting();
      }),
    );
    void start();
    // A notification asked to write to someone: the composer opens for them.
    void openRequested();
    const timer = setInterval(() => void shown.tick(), TICK_MS);
    onCleanup(() => clearInterval(timer));
  });

  return (
    <main class="popup" aria-labelledby="popup-heading">
      {/* The heading shares its row with the day's buttons: every line counts below 600 px. */}
      <div class="popup-header">
        <h1 id="popup-heading" tabIndex={-1} ref={(element) => (heading = element)}>
          {t('popupHeading')}
        </h1>
        <Show when={shown.view()}>
          {(current) => <DayControls view={current()} now={shown.clock()} onChanged={changed} />}
        </Show>
      </div>
      <Show
        when={shown.view()}
        fallback={
          <Show when={shown.failure()} fallback={<p class="muted">{t('loading')}</p>}>
            <Alert message={shown.failure()} />
          </Show>
        }
      >
        {(current) => (
          <>
            <Alert message={shown.failure()} />
            <TodayCard view={current()} now={shown.clock()} onChanged={changed} />
            <Show when={asking()}>
              <PendingConfirm onChanged={changed} />
            </Show>
            <Show when={everWaiting()}>
              <WaitingCard
                items={waiting() ?? []}
                onChanged={changed}
                onCompose={(contactId) => setAsk({ contactId })}
              />
            </Show>
            <Show when={ask()}>
              <Composing
                ask={ask()}
                known={(contactId) => current().overdue.find((person) => person.id === contactId)}
                templates={current().templates ?? undefined}
                onDone={() => heading?.focus()}
                onLogged={() => changed()}
              />
            </Show>
            <Show when={!current().firstRun} fallback={<FirstRun />}>
              <ReachOutCard
                people={current().overdue}
                templates={current().templates ?? undefined}
                onChanged={changed}
              />
              <QuickLog onChanged={changed} />
            </Show>
          </>
        )}
      </Show>
      <SettingsLinks />
    </main>
  );
}
