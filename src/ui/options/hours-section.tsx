import { createResource, Show } from 'solid-js';
import { openDb } from '../../db/open';
import { loadSettings } from '../../db/settings';
import { t } from '../../i18n';
import { Loading } from '../shared/loading';
import { AfterHoursGuard } from './guard-settings';
import { HoursForm } from './hours-form';

async function readSettings() {
  return loadSettings(await openDb());
}

/** Hours and boundaries: the weekly schedule and the end-of-day reminders. */
export function HoursSection() {
  const [settings] = createResource(readSettings);
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
