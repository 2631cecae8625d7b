import type { JSX } from 'solid-js';
import { t } from '../../i18n';

/** The quick log's heading, and beside it the way to choose a person. */
export function QuickLogRow(props: { children: JSX.Element }) {
  return (
    <div class="quick-log-row">
      <h2 id="quick-log-heading" class="small-heading">
        {t('quickLogHeading')}
      </h2>
      {props.children}
    </div>
  );
}
