import { t } from '../../../i18n';

// TODO(helper): replace this stub with the real section.
export function ReflectionSection() {
  return <h2 id="reflection-heading">{t('sectionReflection')}</h2>;
}
