import { t } from '../../i18n';
import { pageAddress } from '../../domain/page-address';

/** Before anyone is in the network: the two steps that make Tend useful, not empty cards. */
export function FirstRun() {
  return (
    <section class="first-run card" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading" class="small-heading">
        {t('firstRunHeading')}
      </h2>
      <p>{t('firstRunIntro')}</p>
      <ol>
        <li>
          <a href={pageAddress({ page: 'options', section: 'hours' })} target="_blank">
            {t('firstRunHours')}
          </a>
        </li>
        <li>
          <a href={pageAddress({ page: 'options', section: 'network' })} target="_blank">
            {t('firstRunPeople')}
          </a>
        </li>
      </ol>
    </section>
  );
}
