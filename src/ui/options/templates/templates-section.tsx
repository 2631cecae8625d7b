import { t } from '../../../i18n';

// TODO(helper): replace this stub with the real section.
export function TemplatesSection() {
  return <h2 id="messages-heading">{t('sectionMessages')}</h2>;
}
