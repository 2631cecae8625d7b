import { createSignal, For, Match, onCleanup, Show, Switch, type JSX } from 'solid-js';
import { t } from '../../i18n';
import { CheckInsSection } from './check-ins/check-ins-section';
import { HoursSection } from './hours/hours-section';
import { WorkSection } from './work/work-section';
import { ConnectionsSection } from './network/connections-section';
import { NetworkSection } from './network/network-section';
import { NudgeBanner } from './nudge-banner';
import { DataSection } from './data/data-section';
import { InsightsSection } from './insights/insights-section';
import { ReflectionSection } from './reflection/reflection-section';
import { TemplatesSection } from './templates/templates-section';
import { nudgeFromOf, sectionOf, type SectionId } from '../../domain/page-address';
import { SECTIONS } from './sections';
import { Welcome } from './welcome';
// In this order, the order of the cascade: the page and its forms, then what is more particular.
import './options.css';
import './rows.css';
import './work/week-view.css';
import './welcome.css';

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
