import { t } from '../../../i18n';

// TODO(helper): replace this stub with the real section.
export function InsightsSection() {
  return <h2 id="insights-heading">{t('sectionInsights')}</h2>;
}
