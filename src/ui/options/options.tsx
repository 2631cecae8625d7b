import { createResource, ErrorBoundary, Show, Suspense } from 'solid-js';
import { openDb } from '../../db/open';
import { loadSettings } from '../../db/settings';
import { t } from '../../i18n';
import { errorText } from '../shared/format';
import { HoursForm } from './hours-form';
import './options.css';

async function readSettings() {
  return loadSettings(await openDb());
}

/** The options page; each section is one component. */
export function Options() {
  const [settings] = createResource(readSettings);
  return (
    <div class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
      </header>
      <main>
        <section id="hours" aria-labelledby="hours-heading" class="card">
          <h2 id="hours-heading">{t('sectionHours')}</h2>
          <ErrorBoundary
            fallback={(error) => (
              <p role="alert" class="alert">
                {t('popupLoadError', [errorText(error)])}
              </p>
            )}
          >
            <Suspense fallback={<p class="muted">{t('popupLoading')}</p>}>
              <Show when={settings()}>{(loaded) => <HoursForm initial={loaded()} />}</Show>
            </Suspense>
          </ErrorBoundary>
        </section>
      </main>
      <footer>
        <p class="muted">{t('privacyNote')}</p>
      </footer>
    </div>
  );
}
