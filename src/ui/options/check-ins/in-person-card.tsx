import { createMemo, Show } from 'solid-js';
import { inPersonShare } from '../../../domain/in-person-share';
import type { Interaction } from '../../../domain/types';
import { t, uiLanguage } from '../../../i18n';

const percent = (share: number) =>
  new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(share);

/** How many of the last eight weeks' connections were in person, against the user's target. */
export function InPersonCard(props: {
  recent: readonly Pick<Interaction, 'at' | 'mode'>[];
  target: number;
  now: Date;
  timeZone: string;
}) {
  const share = createMemo(() =>
    inPersonShare(props.recent, props.target, props.now, 8, props.timeZone),
  );
  return (
    <section class="card" aria-labelledby="in-person-heading" data-testid="in-person">
      <h3 id="in-person-heading">{t('inPersonHeading')}</h3>
      <Show when={share().share} fallback={<p>{t('inPersonNone')}</p>}>
        {(value) => (
          <>
            <p>
              {t('inPersonShare', [
                String(share().inPerson),
                String(share().virtual),
                percent(value()),
              ])}
            </p>
            <p>
              {share().meetsTarget
                ? t('inPersonMeets', [percent(share().target)])
                : t('inPersonBelow', [percent(share().target)])}
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
