import { onMount } from 'solid-js';
import { t } from '../../../i18n';

/** What turning sync on sends, to whom, and what it does not: read before it is on. */
export function SyncDisclosure(props: { onConfirm: () => void; onCancel: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <div
      class="field-block"
      role="group"
      aria-labelledby="sync-disclosure-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <h4 id="sync-disclosure-heading" tabindex="-1" ref={(element) => (heading = element)}>
        {t('syncDisclosureHeading')}
      </h4>
      <p>{t('syncDisclosureSent')}</p>
      <p>{t('syncDisclosureWhere')}</p>
      <p>{t('syncDisclosureNotSent')}</p>
      <p>{t('syncDisclosureOff')}</p>
      <div class="form-actions">
        <button type="button" onClick={() => props.onConfirm()}>
          {t('syncConfirm')}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t('syncCancel')}
        </button>
      </div>
    </div>
  );
}
