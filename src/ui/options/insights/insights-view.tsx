import { createMemo, Show } from 'solid-js';
import type { InsightsData } from '../../../db/insights';
import { roleCoverage } from '../../../domain/insights/role-coverage';
import { signal } from '../../../domain/insights/signals';
import { weeklyInsights } from '../../../domain/insights/weekly';
import { t, uiLanguage } from '../../../i18n';
import { countText, plural } from '../../../plural';
import { GAP_SUGGESTION, ROLE_IN_SENTENCE, ROLE_LABEL } from '../../shared/network-labels';
import { ChartFigure } from './chart-figure';
import { RowChart } from './row-chart';
import { SignalCard } from './signal-card';
import { FlowChart, KindChart, ModeChart } from './connection-charts';
import { MoodChart } from './mood-chart';
import { SharedTextures } from './textures';
import { BreaksChart, HoursChart } from './work-charts';
import './insights.css';

/** The network's roles now: how many hold each, and the step towards each missing one. */
function RolesChart(props: { data: InsightsData }) {
  const roles = createMemo(() => roleCoverage(props.data.contacts));
  const summary = () => {
    const missing = roles().filter((entry) => entry.count === 0);
    const count = roles().length;
    if (missing.length === 0) return plural('insightsRolesSummaryAll', count);
    return plural('insightsRolesSummary', count, [
      countText(count - missing.length),
      countText(count),
      // 'no mentor or friend': what is missing is any one of them.
      new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(
        missing.map((entry) => t(ROLE_IN_SENTENCE[entry.role])),
      ),
    ]);
  };
  return (
    <ChartFigure
      id="insights-roles"
      title={t('insightsRolesHeading')}
      summary={summary()}
      table={{
        columns: [t('insightsRoleColumn'), t('insightsPeopleColumn'), t('insightsNextStepColumn')],
        rows: roles().map((entry) => ({
          header: t(ROLE_LABEL[entry.role]),
          cells: [
            String(entry.count),
            entry.suggestion === null ? '' : t(GAP_SUGGESTION[entry.suggestion]),
          ],
        })),
      }}
    >
      <RowChart
        label={t('insightsRolesLabel')}
        rows={roles().map((entry) => ({ label: t(ROLE_LABEL[entry.role]), value: entry.count }))}
        empty={t('insightsRoleNone')}
      />
    </ChartFigure>
  );
}

/**
 * The Insights page's body, loaded on its own so that its charts stay out of every other
 * page's code: the gentle signal when several weeks point the wrong way, the weekly charts
 * (or a kind word when there is nothing to chart yet), and the network's roles.
 */
export default function InsightsView(props: { data: InsightsData }) {
  const now = () => new Date(props.data.now);
  const insights = createMemo(() => weeklyInsights(props.data, now()));
  const found = createMemo(() =>
    signal(
      insights().weeks,
      props.data.contacts,
      props.data.settings.network,
      props.data.settings.schedule.timeZone,
      now(),
    ),
  );
  return (
    <div class="insights">
      <SharedTextures>
        <Show
          when={found()}
          fallback={
            <p class="muted" data-testid="insights-not-clinical">
              {t('insightsNotClinical')}
            </p>
          }
        >
          {(current) => <SignalCard signal={current()} contacts={props.data.contacts} />}
        </Show>
        <Show
          when={insights().weeks.some((week) => week.tracked)}
          fallback={
            <p class="status" data-testid="insights-empty">
              {t('insightsEmpty')}
            </p>
          }
        >
          <HoursChart insights={insights()} />
          <BreaksChart insights={insights()} />
          <KindChart insights={insights()} />
          <ModeChart insights={insights()} />
          <FlowChart insights={insights()} />
          <MoodChart insights={insights()} />
        </Show>
        <RolesChart data={props.data} />
      </SharedTextures>
    </div>
  );
}
