import { createResource, lazy, Show } from 'solid-js';
import { now } from '../../../clock';
import { loadInsights } from '../../../db/insights';
import { t } from '../../../i18n';
import { Loading } from '../../shared/loading';
import { read } from '../../shared/read';

// The charts are a chunk of their own, fetched when this section is opened.
const InsightsView = lazy(() => import('./insights-view'));

async function load() {
  const current = await now();
  return read((db) => loadInsights(db, current));
}

/** The last 12 weeks as charts, and a gentle word when several weeks point the wrong way. */
export function InsightsSection() {
  // The charts' chunk comes in while the weeks are read, not after.
  void InsightsView.preload();
  const [data] = createResource(load);
  return (
    <>
      <h2 id="insights-heading">{t('sectionInsights')}</h2>
      <p class="muted">{t('insightsIntro')}</p>
      <Loading>
        <Show when={data.latest}>{(loaded) => <InsightsView data={loaded()} />}</Show>
      </Loading>
    </>
  );
}
