import { createResource, ErrorBoundary, Show, Suspense } from 'solid-js';
import { t } from '../../i18n';
import { errorText } from '../shared/format';
import { loadToday } from './load-today';
import { TodayCard } from './today-card';
import './popup.css';

/** The toolbar popup: today's status from the database, and the day's actions. */
export function Popup() {
  const [todayView, { refetch }] = createResource(loadToday);
  return (
    <main class="popup" aria-labelledby="popup-heading">
      <h1 id="popup-heading">{t('popupHeading')}</h1>
      <ErrorBoundary
        fallback={(error) => (
          <p role="alert" class="alert">
            {t('popupLoadError', [errorText(error)])}
          </p>
        )}
      >
        <Suspense fallback={<p class="muted">{t('popupLoading')}</p>}>
          <Show when={todayView()}>
            {(view) => <TodayCard view={view()} onChanged={() => void refetch()} />}
          </Show>
        </Suspense>
      </ErrorBoundary>
      <p class="popup-footer">
        <a class="button secondary" href="/options.html#hours" target="_blank">
          {t('actionOpenSettings')}
        </a>
      </p>
    </main>
  );
}
