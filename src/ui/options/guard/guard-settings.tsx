import { createResource, Show } from 'solid-js';
import { t } from '../../../i18n';
import { Loading } from '../../shared/loading';
import { GuardControls } from './guard-controls';
import { loadGuardView } from './guard-store';
import './guard-settings.css';

/** The optional after-hours guard: the work sites it looks after, and its switch. */
export function AfterHoursGuard() {
  const [view] = createResource(loadGuardView);
  return (
    <section class="guard-settings" aria-labelledby="guard-heading">
      <h3 id="guard-heading">{t('guardHeading')}</h3>
      <p class="muted">{t('guardIntro')}</p>
      <p class="muted" id="guard-privacy">
        {t('guardPrivacy')}
      </p>
      <Loading>
        <Show when={view()}>{(loaded) => <GuardControls initial={loaded()} />}</Show>
      </Loading>
    </section>
  );
}
