import { createResource, Show } from 'solid-js';
import { t } from '../../i18n';
import { Loading } from '../shared/loading';
import { loadToday } from './load-today';
import { TodayCard } from './today-card';
import './popup.css';

/** The toolbar popup: today's status from the database, and the day's actions. */
export function Popup() {
  const [todayView, { refetch }] = createResource(loadToday);
  return (
    <main class="popup" aria-labelledby="popup-heading">
      <h1 id="popup-heading">{t('popupHeading')}</h1>
      <Loading>
        <Show when={todayView()}>
          {(view) => <TodayCard view={view()} onChanged={() => void refetch()} />}
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
