import { createSignal, For, lazy, Match, onCleanup, Show, Switch, type JSX } from 'solid-js';
import { t } from '../../i18n';
import { NudgeBanner } from './nudge-banner';
import { nudgeFromOf, sectionOf, type SectionId } from '../../domain/page-address';
import { SECTIONS } from './sections';
import { Welcome } from './welcome';
import './options.css';

// Each section is a chunk of its own, fetched when its tab is shown: opening one section
// no longer parses and compiles the code of all nine.
const NetworkSection = lazy(() =>
  import('./network/network-section').then((m) => ({ default: m.NetworkSection })),
);
const ConnectionsSection = lazy(() =>
  import('./network/connections-section').then((m) => ({ default: m.ConnectionsSection })),
);
const CheckInsSection = lazy(() =>
  import('./check-ins/check-ins-section').then((m) => ({ default: m.CheckInsSection })),
);
const HoursSection = lazy(() =>
  import('./hours/hours-section').then((m) => ({ default: m.HoursSection })),
);
const WorkSection = lazy(() =>
  import('./work/work-section').then((m) => ({ default: m.WorkSection })),
);
const TemplatesSection = lazy(() =>
  import('./templates/templates-section').then((m) => ({ default: m.TemplatesSection })),
);
const ReflectionSection = lazy(() =>
  import('./reflection/reflection-section').then((m) => ({ default: m.ReflectionSection })),
);
const InsightsSection = lazy(() =>
  import('./insights/insights-section').then((m) => ({ default: m.InsightsSection })),
);
const DataSection = lazy(() =>
  import('./data/data-section').then((m) => ({ default: m.DataSection })),
);

/** The options page: a navigation of sections, one shown at a time, named by the URL hash. */
export function Options() {
  const [section, setSection] = createSignal<SectionId>(sectionOf(location.hash));
  const onHash = () => setSection(sectionOf(location.hash));
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));

  const panel = (id: SectionId, body: () => JSX.Element) => (
    <Match when={section() === id}>
      <section id={id} aria-labelledby={`${id}-heading`} class="card">
        {body()}
      </section>
    </Match>
  );

  return (
    <div class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
      </header>
      <nav aria-label={t('optionsNavLabel')}>
        <ul class="section-nav">
          <For each={SECTIONS}>
            {(entry) => (
              <li>
                <a href={`#${entry.id}`} aria-current={section() === entry.id ? 'page' : undefined}>
                  {t(entry.label)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <main>
        <Show when={nudgeFromOf(location.search)}>{(kind) => <NudgeBanner kind={kind()} />}</Show>
        <Welcome />
        <Switch>
          {panel('network', () => (
            <NetworkSection />
          ))}
          {panel('connections', () => (
            <ConnectionsSection />
          ))}
          {panel('check-ins', () => (
            <CheckInsSection />
          ))}
          {panel('hours', () => (
            <HoursSection />
          ))}
          {panel('work', () => (
            <WorkSection />
          ))}
          {panel('messages', () => (
            <TemplatesSection />
          ))}
          {panel('reflection', () => (
            <ReflectionSection />
          ))}
          {panel('insights', () => (
            <InsightsSection />
          ))}
          {panel('data', () => (
            <DataSection />
          ))}
        </Switch>
      </main>
      <footer>
        <p class="muted">{t('privacyNote')}</p>
      </footer>
    </div>
  );
}
