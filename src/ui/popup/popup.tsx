import { batch, createResource, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { now } from '../../clock';
import { openDb } from '../../db/open';
import { personToWrite } from '../../db/popup-view';
import { isCurrent } from '../../domain/popup-view';
import { t } from '../../i18n';
import { onPopupViewSaved } from '../../storage/popup-view';
import { Alert } from '../shared/alert';
import { errorText } from '../shared/format';
import { Composer } from './composer';
import { DayExceptionControl } from './day-exception';
import { FirstRun } from './first-run';
import { loadWaiting } from './load-waiting';
import {
  freshView,
  keepUnchanged,
  storedView,
  viewAfterChange,
  type OverdueView,
  type PopupView,
} from './load-today';
import { PauseControl } from './pause-control';
import { PendingConfirm } from './pending-confirm';
import { QuickLog } from './quick-log';
import { ReachOutCard } from './reach-out-card';
import { takeComposeRequest } from './take-compose-request';
import { TodayCard } from './today-card';
import { WaitingCard } from './waiting-card';
import './popup.css';
import { pageAddress } from '../../domain/page-address';

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
  const [view, setView] = createSignal<PopupView | null>(null);
  // The people for the quick log's list come after the first paint: nobody sees them before
  // they open the list, and hundreds of options would hold up everything else.
  const [painted, setPainted] = createSignal(false);
  const [clock, setClock] = createSignal(0);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [waiting, { refetch: refetchWaiting }] = createResource(loadWaiting, { initialValue: [] });
  const [writingTo, setWritingTo] = createSignal<OverdueView | null>(null);
  const [composeFailure, setComposeFailure] = createSignal<string | null>(null);
  const [logged, setLogged] = createSignal<string | null>(null);
  let asking = false;
  let heading: HTMLHeadingElement | undefined;

  // The composer a notification opened is gone: focus goes back to the top, not the page.
  function closeComposer() {
    setWritingTo(null);
    heading?.focus();
  }

  // A view computed earlier than the one shown (an answer overtaken by a write) is dropped;
  // what did not change is kept, so an open composer or a chosen person stays.
  function show(next: PopupView, at: number) {
    const shown = view();
    if (shown && next.computedAt < shown.computedAt) return;
    batch(() => {
      setView(() => keepUnchanged(shown, next));
      setClock(Math.max(at, next.computedAt));
      setFailure(null);
    });
  }

  async function refresh(get: () => Promise<PopupView>) {
    try {
      const next = await get();
      show(next, (await now()).getTime());
    } catch (error) {
      // With a view on screen that still holds (at this moment, not the last tick), it stays;
      // otherwise the user must know, and an older view on screen says it may be out of date.
      const shown = view();
      const at = (await now()).getTime();
      if (isCurrent(shown, at)) console.warn('Tend: the popup could not get a fresh view', error);
      else setFailure(t(shown ? 'popupStale' : 'loadError', [errorText(error)]));
    }
  }

  async function askBackground() {
    if (asking) return;
    asking = true;
    await refresh(freshView);
    asking = false;
  }

  /** After the popup wrote: the view the write's wake stored, or one from a wake now. */
  function changed() {
    const shown = view();
    void refresh(() => viewAfterChange(shown));
    void refetchWaiting();
  }

  async function compose(contactId: string) {
    setComposeFailure(null);
    setLogged(null);
    try {
      const known = view()?.overdue.find((person) => person.id === contactId);
      const person = known ?? (await personToWrite(await openDb(), contactId));
      if (person) setWritingTo({ ...person });
      else setComposeFailure(t('popupComposeMissing'));
    } catch (error) {
      setComposeFailure(t('actionFailed', [errorText(error)]));
    }
  }

  async function start() {
    try {
      const { view: stored, at } = await storedView();
      if (stored) show(stored, at);
    } catch (error) {
      console.warn('Tend: no stored view for the popup', error);
    }
    if (view()) await afterPaint();
    setPainted(true);
    await askBackground();
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

  async function tick() {
    const at = (await now()).getTime();
    setClock(at);
    // Past what the view can tell (a shift ended, a nudge came): ask for a new one.
    const shown = view();
    if (shown && !isCurrent(shown, at)) await askBackground();
  }

  // Any wake while the popup is open (an idle change, an alarm, a write here) stores a
  // newer view: the popup shows it in place.
  async function saved(next: PopupView) {
    show(next, (await now()).getTime());
    // The wake may have shown a nudge, which now waits here too.
    void refetchWaiting();
  }

  onMount(() => {
    onCleanup(onPopupViewSaved((next) => void saved(next)));
    void start();
    void openRequested();
    const timer = setInterval(() => void tick(), TICK_MS);
    onCleanup(() => clearInterval(timer));
  });

  return (
    <main class="popup" aria-labelledby="popup-heading">
      <h1 id="popup-heading" tabIndex={-1} ref={(element) => (heading = element)}>
        {t('popupHeading')}
      </h1>
      <Show
        when={view()}
        fallback={
          <Show when={failure()} fallback={<p class="muted">{t('loading')}</p>}>
            <Alert message={failure()} />
          </Show>
        }
      >
        {(current) => (
          <>
            <Alert message={failure()} />
            <TodayCard view={current()} now={clock()} onChanged={changed} />
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
            <Show when={logged()}>
              {(text) => (
                <p class="status" role="status">
                  {text()}
                </p>
              )}
            </Show>
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
              now={clock()}
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
      {/* The options page, at the section each part of the popup is set up in. */}
      <nav class="popup-footer chips" aria-label={t('popupSettingsNav')}>
        <a
          class="button secondary"
          href={pageAddress({ page: 'options', section: 'network' })}
          target="_blank"
        >
          {t('sectionNetwork')}
        </a>
        <a
          class="button secondary"
          href={pageAddress({ page: 'options', section: 'check-ins' })}
          target="_blank"
        >
          {t('sectionCheckIns')}
        </a>
        <a
          class="button secondary"
          href={pageAddress({ page: 'options', section: 'hours' })}
          target="_blank"
        >
          {t('actionOpenSettings')}
        </a>
      </nav>
    </main>
  );
}
