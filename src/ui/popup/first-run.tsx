import { Show } from 'solid-js';
import { sectionAddress } from '../../domain/page-address';
import { t } from '../../i18n';
import { loaded } from '../shared/loaded';

/**
 * Before anyone is in the network: the two steps that make Tend useful, not empty cards,
 * each marked done once it is (hours saved or confirmed as they are).
 */
export function FirstRun() {
  const [steps] = loaded(async () => {
    const { read, firstSteps } = await import('./popup-data');
    return read(firstSteps);
  });
  return (
    <section class="first-run card" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading" class="small-heading">
        {t('firstRunHeading')}
      </h2>
      <p>{t('firstRunIntro')}</p>
      <ol>
        <li data-testid="first-run-hours">
          <a href={sectionAddress('hours')} target="_blank">
            {t('firstRunHours')}
          </a>
          <Show when={steps()?.hoursChecked}>
            {' '}
            <span class="step-done">
              <span aria-hidden="true">✓ </span>
              {t('firstRunDone')}
            </span>
          </Show>
        </li>
        <li>
          <a href={sectionAddress('network')} target="_blank">
            {t('firstRunPeople')}
          </a>
        </li>
      </ol>
    </section>
  );
}
