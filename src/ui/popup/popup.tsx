import { createResource, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { personToWrite } from '../../db/popup-view';
import { pageAddress } from '../../domain/page-address';
import { t } from '../../i18n';
import { onPopupViewSaved } from '../../storage/popup-view';
import { errorText } from '../shared/format';
import { read } from '../shared/read';
import { Alert, Status } from '../shared/status-line';
import { Composer } from './composer';
import { DayExceptionControl } from './day-exception';
import { FirstRun } from './first-run';
import { loadWaiting } from './load-waiting';
import type { OverdueView, PopupView } from './load-today';
import { PauseControl } from './pause-control';
import { PendingConfirm } from './pending-confirm';
import { createPopupView } from './popup-view-store';
import { QuickLog } from './quick-log';
import { ReachOutCard } from './reach-out-card';
import { SettingsLinks } from './settings-links';
import { takeComposeRequest } from './take-compose-request';
import { TodayCard } from './today-card';
import { WaitingCard } from './waiting-card';
import './popup.css';

/** How often an open popup moves its clock on (time worked, "ends" or "ended", countdowns). */
const TICK_MS = 30_000;

async function takeBreak() {
  const address = pageAddress({ page: 'break', kind: 'short', start: true });
  await browser.tabs.create({ url: browser.runtime.getURL(address) });
  window.close();
}

// After the browser has painted what is on screen: the check for a fresher view waits
// for the first paint rather than competing with it.
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The toolbar popup. It paints from the view the background stored at its last wake (one
 * read, no planner), then asks the background for a view as of now and updates in place;
 * without a stored view that holds, it waits for that answer. While open, its clock ticks
 * and every view a wake stores is shown.
 */
export function Popup() {
  const shown = createPopupView();
  // The people for the quick log's list come after the first paint: nobody sees them before
  // they open the list, and hundreds of options would hold up everything else.
  const [painted, setPainted] = createSignal(false);
  const [waiting, { refetch: refetchWaiting }] = createResource(loadWaiting, { initialValue: [] });
  const [writingTo, setWritingTo] = createSignal<OverdueView | null>(null);
  const [composeFailure, setComposeFailure] = createSignal<string | null>(null);
  const [logged, setLogged] = createSignal<string | null>(null);
  let heading: HTMLHeadingElement | undefined;

  // The composer a notification opened is gone: focus goes back to the top, not the page.
  function closeComposer() {
    setWritingTo(null);
    heading?.focus();
  }

  /** After the popup changed something: what the change led to, and what waits now. */
  function changed(planned: PopupView | null = null) {
    shown.changed(planned);
    void refetchWaiting();
  }

  async function compose(contactId: string) {
    setComposeFailure(null);
    setLogged(null);
    try {
      const known = shown.view()?.overdue.find((person) => person.id === contactId);
      const person = known ?? (await read((db) => personToWrite(db, contactId)));
      if (person) setWritingTo({ ...person });
      else setComposeFailure(t('popupComposeMissing'));
    } catch (error) {
      setComposeFailure(t('actionFailed', [errorText(error)]));
    }
  }

  async function start() {
    if (await shown.showStored()) await afterPaint();
    setPainted(true);
    await shown.askBackground();
  }

  // A notification asked to write to someone: the composer opens for them.
  async function openRequested() {
    try {
      const contactId = await takeComposeRequest(location.search);
      if (contactId) await compose(contactId);
    } catch (error) {
      console.warn('Tend: could not read the compose request', error);
    }
  }

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
    void openRequested();
    const timer = setInterval(() => void shown.tick(), TICK_MS);
    onCleanup(() => clearInterval(timer));
  });

  return (
    <main class="popup" aria-labelledby="popup-heading">
      <h1 id="popup-heading" tabIndex={-1} ref={(element) => (heading = element)}>
        {t('popupHeading')}
      </h1>
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
            <PendingConfirm onChanged={changed} />
            <WaitingCard
              items={waiting.latest}
              onChanged={changed}
              onCompose={(contactId) => void compose(contactId)}
            />
            <Show when={writingTo()}>
              {(person) => (
                <section class="card">
                  <Composer
                    person={person()}
                    templates={current().templates ?? undefined}
                    onClose={closeComposer}
                    onLogged={(message) => {
                      setLogged(message);
                      closeComposer();
                      changed();
                    }}
                  />
                </section>
              )}
            </Show>
            <Status message={logged()} />
            <Alert message={composeFailure()} />
            <Show when={!current().firstRun} fallback={<FirstRun />}>
              <ReachOutCard
                people={current().overdue}
                templates={current().templates ?? undefined}
                onChanged={changed}
              />
              <QuickLog people={painted() ? current().people : []} onChanged={changed} />
            </Show>
            <button type="button" class="secondary" onClick={() => void takeBreak()}>
              {t('breakNow')}
            </button>
            <PauseControl
              pausedUntil={current().pausedUntil}
              timeZone={current().timeZone}
              nextWorkdayStart={current().nextWorkdayStart}
              now={shown.clock()}
              onChanged={changed}
            />
            <DayExceptionControl
              date={current().date}
              current={current().exception}
              onChanged={changed}
            />
          </>
        )}
      </Show>
      <SettingsLinks />
    </main>
  );
}
