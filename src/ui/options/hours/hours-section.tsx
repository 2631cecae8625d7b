import { createResource, Show } from 'solid-js';
import { loadSettings } from '../../../db/settings';
import { t } from '../../../i18n';
import { Loading } from '../../shared/loading';
import { read } from '../../shared/read';
import { AfterHoursGuard } from '../guard/guard-settings';
import { HoursForm } from './hours-form';

/** Hours and boundaries: the weekly schedule and the end-of-day reminders. */
export function HoursSection() {
  const [settings] = createResource(() => read(loadSettings));
  return (
    <>
      <h2 id="hours-heading">{t('sectionHours')}</h2>
      <Loading>
        <Show when={settings()}>{(loaded) => <HoursForm initial={loaded()} />}</Show>
      </Loading>
      <AfterHoursGuard />
    </>
  );
}
