import { createMemo, For, Show } from 'solid-js';
import type { FlowConnection } from '../../../db/network-flows';
import { reciprocity } from '../../../domain/network/reciprocity';
import { t } from '../../../i18n';
import { plural } from '../../../plural';
import { BALANCE_LABEL, RECIPROCITY_SUGGESTION } from '../../shared/network-labels';
import { RECENT_DAYS, type NetworkData } from './network-store';
import { isolated } from '../../../text/isolate';
import { Isolating } from '../../shared/isolating';

/** How support flowed over the last 90 days, overall and per person, with a next step. */
export function ReciprocityCard(props: { data: NetworkData; flows: readonly FlowConnection[] }) {
  const result = createMemo(() =>
    reciprocity(props.flows, props.data.contacts, new Date(props.data.now), RECENT_DAYS),
  );
  const names = createMemo(
    () => new Map(props.data.contacts.map((contact) => [contact.id, contact.name])),
  );
  const oneWay = createMemo(() => result().people.filter((person) => person.suggestion !== null));
  return (
    <section
      class="card reciprocity"
      aria-labelledby="reciprocity-heading"
      data-testid="reciprocity"
    >
      <h3 id="reciprocity-heading">{plural('reciprocityHeading', RECENT_DAYS)}</h3>
      <p data-testid="reciprocity-overall">
        {t('reciprocityOverall', [
          String(result().overall.gave),
          String(result().overall.received),
          String(result().overall.both),
        ])}
      </p>
      <p>{t(BALANCE_LABEL[result().overall.balance])}</p>
      <Show when={oneWay().length > 0}>
        <ul data-testid="reciprocity-people">
          <For each={oneWay()}>
            {(person) => (
              <li>
                <Isolating
                  text={t('reciprocityPerson', [
                    isolated(names().get(person.contactId) ?? ''),
                    t(BALANCE_LABEL[person.balance]),
                    t(RECIPROCITY_SUGGESTION[person.suggestion!]),
                  ])}
                />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
