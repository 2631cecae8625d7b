import { t } from '../../../i18n';

// TODO(helper): replace this stub with the real section.
export function DataSection() {
  return <h2 id="data-heading">{t('sectionData')}</h2>;
}
