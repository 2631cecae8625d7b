import { For, Show } from 'solid-js';
import { t } from '../../../i18n';

/** The guarded sites, each with a button that removes it. */
export function GuardSiteList(props: {
  sites: string[];
  busy: boolean;
  onRemove: (origin: string) => void;
}) {
  return (
    <Show when={props.sites.length > 0} fallback={<p class="muted">{t('guardSitesEmpty')}</p>}>
      <ul class="guard-sites" aria-label={t('guardSitesLabel')}>
        <For each={props.sites}>
          {(origin) => (
            <li>
              {/* A user's text, rendered as text. */}
              <span class="guard-site">{origin}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('guardSiteRemove', [origin])}
                aria-disabled={props.busy}
                onClick={() => props.onRemove(origin)}
              >
                {t('guardSiteRemoveShort')}
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
