import { createSignal, createUniqueId, Show, untrack } from 'solid-js';
import { browser } from 'wxt/browser';
import { breakAddress } from '../../domain/page-address';
import { t } from '../../i18n';
import { later } from './later';
import type { PopupView } from './load-today';

// Used a few times a month: its controls are a chunk of their own, fetched when it opens.
const MoreForToday = later(() => import('./more-for-today').then((module) => module.default));

async function takeBreak() {
  await browser.tabs.create({ url: browser.runtime.getURL(breakAddress('short', true)) });
  window.close();
}

/**
 * What the user can do with the day: a break now, in sight; pausing the nudges and a day on
 * call or a late shift, used a few times a month, behind "More for today", which opens in
 * place so the popup fits in Chrome's 600 px at a glance.
 */
export function DayControls(props: {
  view: PopupView;
  now: number;
  onChanged: (planned: PopupView | null) => void;
}) {
  const panel = createUniqueId();
  // Opens already open while a pause or a day exception holds: what is set is in sight.
  const [open, setOpen] = createSignal(
    untrack(() => props.view.pausedUntil !== null || props.view.exception !== null),
  );
  return (
    <>
      <div class="day-buttons">
        <button type="button" class="secondary" onClick={() => void takeBreak()}>
          {t('breakNow')}
        </button>
        <button
          type="button"
          class="secondary disclosure"
          aria-expanded={open()}
          aria-controls={panel}
          onClick={() => setOpen(!open())}
        >
          {t('popupMoreForToday')}
        </button>
      </div>
      {/* Focus stays on the button that opened it: the panel follows it in Tab order. */}
      <Show when={open()}>
        <div id={panel} class="more-for-today card">
          <MoreForToday view={props.view} now={props.now} onChanged={props.onChanged} />
        </div>
      </Show>
    </>
  );
}
