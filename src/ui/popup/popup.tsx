import { createResource, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { Loading } from '../shared/loading';
import { loadToday } from './load-today';
import { DayExceptionControl } from './day-exception';
import { FirstRun } from './first-run';
import { PauseControl } from './pause-control';
import { QuickLog } from './quick-log';
import { ReachOutCard } from './reach-out-card';
import { TodayCard } from './today-card';
import './popup.css';

async function takeBreak() {
  await browser.tabs.create({ url: browser.runtime.getURL('/break.html?kind=short&start=1') });
  window.close();
}

/** The toolbar popup: today's status from the database, and the day's actions. */
export function Popup() {
  const [todayView, { refetch }] = createResource(loadToday);
  return (
    <main class="popup" aria-labelledby="popup-heading">
      <h1 id="popup-heading">{t('popupHeading')}</h1>
      <Loading>
        <Show when={todayView.latest}>
          {(view) => (
            <>
              <TodayCard view={view()} onChanged={() => void refetch()} />
              <Show when={!view().firstRun} fallback={<FirstRun />}>
                <ReachOutCard people={view().overdue} onChanged={() => void refetch()} />
                <QuickLog people={view().people} onChanged={() => void refetch()} />
              </Show>
              <button type="button" class="secondary" onClick={() => void takeBreak()}>
                {t('breakNow')}
              </button>
              <PauseControl
                pausedUntil={view().pausedUntil}
                schedule={view().schedule}
                now={view().now}
                onChanged={() => void refetch()}
              />
              <DayExceptionControl
                date={view().date}
                current={view().exception}
                onChanged={() => void refetch()}
              />
            </>
          )}
        </Show>
      </Loading>
      <p class="popup-footer">
        <a class="button secondary" href="/options.html#hours" target="_blank">
          {t('actionOpenSettings')}
        </a>
      </p>
    </main>
  );
}
