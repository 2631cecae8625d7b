import { browser } from 'wxt/browser';
import { pageAddress } from '../../domain/page-address';
import { t } from '../../i18n';
import { DayExceptionControl } from './day-exception';
import type { PopupView } from './load-today';
import { PauseControl } from './pause-control';

async function takeBreak() {
  const address = pageAddress({ page: 'break', kind: 'short', start: true });
  await browser.tabs.create({ url: browser.runtime.getURL(address) });
  window.close();
}

/** What the user can do with the day: a break now, a pause of the nudges, a day off. */
export function DayControls(props: {
  view: PopupView;
  now: number;
  onChanged: (planned: PopupView | null) => void;
}) {
  return (
    <>
      <button type="button" class="secondary" onClick={() => void takeBreak()}>
        {t('breakNow')}
      </button>
      <PauseControl
        pausedUntil={props.view.pausedUntil}
        timeZone={props.view.timeZone}
        nextWorkdayStart={props.view.nextWorkdayStart}
        now={props.now}
        onChanged={props.onChanged}
      />
      <DayExceptionControl
        date={props.view.date}
        current={props.view.exception}
        onChanged={props.onChanged}
      />
    </>
  );
}
