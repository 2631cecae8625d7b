import { sectionAddress } from '../../domain/page-address';
import { t } from '../../i18n';

/** The options page, at the section each part of the popup is set up in. */
export function SettingsLinks() {
  return (
    <nav class="popup-footer" aria-label={t('popupSettingsNav')}>
      <a href={sectionAddress('network')} target="_blank">
        {t('sectionNetwork')}
      </a>
      <a href={sectionAddress('check-ins')} target="_blank">
        {t('sectionCheckIns')}
      </a>
      <a href={sectionAddress('hours')} target="_blank">
        {t('sectionHours')}
      </a>
    </nav>
  );
}
