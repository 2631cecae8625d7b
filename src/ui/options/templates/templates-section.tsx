import { createResource, Show } from 'solid-js';
import { loadSettings } from '../../../db/settings';
import { t } from '../../../i18n';
import { Loading } from '../../shared/loading';
import { read } from '../../shared/read';
import { NAME_HINT_ID } from './template-fields';
import { TemplatesForm } from './templates-form';
import './templates.css';

/** The messages the popup's composer suggests, in the user's own words. */
export function TemplatesSection() {
  const [settings] = createResource(() => read(loadSettings));
  return (
    <>
      <h2 id="messages-heading">{t('sectionMessages')}</h2>
      <p class="muted">{t('templatesIntro')}</p>
      <p>{t('templatesNeverSent')}</p>
      <p class="muted" id={NAME_HINT_ID}>
        {t('templatesNameHint')}
      </p>
      <Loading>
        <Show when={settings.latest}>
          {(loaded) => <TemplatesForm initial={loaded().templates} />}
        </Show>
      </Loading>
    </>
  );
}
