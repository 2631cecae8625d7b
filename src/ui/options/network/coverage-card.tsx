import { createMemo, For, Match, Show, Switch } from 'solid-js';
import { coverage, type ThinSign } from '../../../domain/network/coverage';
import type { Contact } from '../../../domain/types';
import { t } from '../../../i18n';
import { listText } from '../../shared/format';
import {
  GAP_SUGGESTION,
  ROLE_IN_SENTENCE,
  ROLE_LABEL,
  THIN_LABEL,
} from '../../shared/network-labels';
import { isolated } from '../../../text/isolate';
import { Isolating } from '../../shared/isolating';

/** Which kinds of support the network has, which it lacks, and where it is thin. */
export function CoverageCard(props: { contacts: Contact[] }) {
  const result = createMemo(() => coverage(props.contacts));
  const names = createMemo(
    () => new Map(props.contacts.map((contact) => [contact.id, contact.name])),
  );
  const nameOf = (id: string) => isolated(names().get(id) ?? '');
  const roleList = (sign: ThinSign) =>
    'roles' in sign ? listText(sign.roles.map((role) => t(ROLE_IN_SENTENCE[role]))) : '';

  return (
    <section class="card coverage" aria-labelledby="coverage-heading" data-testid="coverage">
      <h3 id="coverage-heading">{t('coverageHeading')}</h3>
      <Show when={result().present.length > 0}>
        <h4>{t('coverageHas')}</h4>
        <ul data-testid="coverage-present">
          <For each={result().present}>
            {(entry) => (
              <li>
                <Isolating
                  text={t('coverageRoleWith', [
                    t(ROLE_LABEL[entry.role]),
                    listText(entry.contactIds.map(nameOf)),
                  ])}
                />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={result().gaps.length > 0}>
        <h4>{t('coverageGaps')}</h4>
        <ul data-testid="coverage-gaps">
          <For each={result().gaps}>
            {(gap) => (
              <li data-role={gap.role}>
                {t('coverageGapLine', [t(ROLE_LABEL[gap.role]), t(GAP_SUGGESTION[gap.suggestion])])}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={result().thin.length > 0}>
        <h4>{t('coverageThin')}</h4>
        <ul data-testid="coverage-thin">
          <For each={result().thin}>
            {(sign) => (
              <li>
                <Switch fallback={t(THIN_LABEL[sign.kind])}>
                  <Match when={sign.kind === 'one-person-many-roles' && sign}>
                    {(many) => (
                      <Isolating
                        text={t('thinOnePersonManyRoles', [
                          nameOf(many().contactId),
                          roleList(many()),
                        ])}
                      />
                    )}
                  </Match>
                  <Match when={sign.kind === 'single-point' && sign}>
                    {(single) => (
                      <Isolating
                        text={t('thinSinglePoint', [
                          nameOf(single().contactId),
                          t(ROLE_IN_SENTENCE[single().role]),
                        ])}
                      />
                    )}
                  </Match>
                </Switch>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
