import { sectionAddress } from '../../domain/page-address';
import { t } from '../../i18n';

/** The options page, at the section each part of the popup is set up in. */
export function SettingsLinks() {
  // Set once: an attribute given a call is watched by an effect, and these never change.
  const label = t('popupSettingsNav');
  const [network, checkIns, hours] = (['network', 'check-ins', 'hours'] as const).map(
    sectionAddress,
  );
  return (
    <nav class="popup-footer" aria-label={label}>
      <a href={network} target="_blank">
        {t('sectionNetwork')}
      </a>
      <a href={checkIns} target="_blank">
        {t('sectionCheckIns')}
      </a>
      <a href={hours} target="_blank">
        {t('sectionHours')}
      </a>
    </nav>
  );
}
