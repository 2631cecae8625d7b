import { For, Index, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { ContactField } from '../../../domain/network/contact-validation';
import { ROLES } from '../../../domain/network/roles';
import type { ReachKind } from '../../../domain/types';
import { t } from '../../../i18n';
import { daysText } from '../../shared/format';
import { REACH_LABEL, ROLE_LABEL } from '../../shared/network-labels';
import type { PersonDraft } from './person-draft';

const REACH_KINDS = Object.keys(REACH_LABEL) as ReachKind[];
const LEVELS = ['1', '2', '3', '4', '5'];

/** What each part of the person form edits, and how it finds its error. */
interface PartProps {
  draft: PersonDraft;
  setDraft: SetStoreFunction<PersonDraft>;
  errorOf: (field: ContactField, index?: number) => string | undefined;
}

/** The roles a person has in the user's support: at least one. */
export function RoleChoices(props: PartProps) {
  return (
    <fieldset aria-describedby="person-roles-error">
      <legend>{t('personRoles')}</legend>
      <div class="choice-grid">
        <For each={ROLES}>
          {(role) => (
            <label class="field">
              <input
                type="checkbox"
                name="role"
                value={role}
                checked={props.draft.roles.includes(role)}
                onChange={(event) =>
                  props.setDraft('roles', (roles) =>
                    event.currentTarget.checked
                      ? [...roles, role]
                      : roles.filter((other) => other !== role),
                  )
                }
              />
              {t(ROLE_LABEL[role])}
            </label>
          )}
        </For>
      </div>
      <p class="error" id="person-roles-error">
        {props.errorOf('roles')}
      </p>
    </fieldset>
  );
}

/** The ways to reach a person, each of a kind and with its own error line. */
export function ReachFields(props: PartProps) {
  return (
    <fieldset>
      <legend>{t('personReach')}</legend>
      <Index each={props.draft.reach}>
        {(way, index) => (
          <div class="reach-row">
            <select
              aria-label={t('reachKindLabel')}
              value={way().kind}
              onChange={(event) =>
                props.setDraft('reach', index, 'kind', event.currentTarget.value as ReachKind)
              }
            >
              <For each={REACH_KINDS}>
                {(kind) => <option value={kind}>{t(REACH_LABEL[kind])}</option>}
              </For>
            </select>
            <input
              name={`reach-${index}`}
              aria-label={t('reachValueLabel')}
              value={way().value}
              aria-invalid={props.errorOf('reach', index) !== undefined}
              aria-describedby={`reach-${index}-error`}
              onInput={(event) =>
                props.setDraft('reach', index, 'value', event.currentTarget.value)
              }
            />
            <button
              type="button"
              class="secondary"
              onClick={() =>
                props.setDraft('reach', (ways) => ways.filter((_, at) => at !== index))
              }
            >
              {t('reachRemove')}
            </button>
            <p class="error" id={`reach-${index}-error`}>
              {props.errorOf('reach', index)}
            </p>
          </div>
        )}
      </Index>
      <button
        type="button"
        class="secondary"
        onClick={() => props.setDraft('reach', (ways) => [...ways, { kind: 'email', value: '' }])}
      >
        {t('reachAdd')}
      </button>
    </fieldset>
  );
}

/** How often to be in touch: the roles' usual cadence, a cadence of one's own, or never. */
export function CadenceFields(props: PartProps & { roleDefaultDays: () => number | null }) {
  return (
    <fieldset aria-describedby="person-cadence-error">
      <legend>{t('personCadence')}</legend>
      <label class="field">
        <input
          type="radio"
          name="cadence"
          checked={props.draft.cadenceKind === 'role-default'}
          onChange={() => props.setDraft('cadenceKind', 'role-default')}
        />
        <Show when={props.roleDefaultDays()} fallback={t('cadenceRoleDefaultNone')}>
          {(days) => t('cadenceRoleDefault', [daysText(days())])}
        </Show>
      </label>
      <div class="field">
        <input
          type="radio"
          name="cadence"
          id="cadence-every"
          checked={props.draft.cadenceKind === 'every'}
          onChange={() => props.setDraft('cadenceKind', 'every')}
        />
        <label for="cadence-every">{t('cadenceEvery')}</label>
        <input
          type="number"
          name="cadence-count"
          aria-label={t('cadenceCountLabel')}
          min={1}
          max={365}
          value={props.draft.cadenceCount}
          onInput={(event) => {
            props.setDraft('cadenceCount', event.currentTarget.value);
            props.setDraft('cadenceKind', 'every');
          }}
        />
        <select
          aria-label={t('cadenceUnitLabel')}
          value={props.draft.cadenceUnit}
          onChange={(event) =>
            props.setDraft('cadenceUnit', event.currentTarget.value as 'days' | 'weeks')
          }
        >
          <option value="days">{t('cadenceDays')}</option>
          <option value="weeks">{t('cadenceWeeks')}</option>
        </select>
      </div>
      <label class="field">
        <input
          type="radio"
          name="cadence"
          checked={props.draft.cadenceKind === 'never'}
          onChange={() => props.setDraft('cadenceKind', 'never')}
        />
        {t('cadenceNever')}
      </label>
      <p class="error" id="person-cadence-error">
        {props.errorOf('cadence')}
      </p>
    </fieldset>
  );
}

/** How available and how trusted a person is, in words and on a scale of 1 to 5. */
export function LevelFields(props: PartProps) {
  return (
    <For each={['availability', 'trust'] as const}>
      {(field) => (
        <div class="field-block">
          <label for={`person-${field}`}>
            {field === 'availability' ? t('personAvailability') : t('personTrust')}
          </label>
          <div class="field">
            <input
              id={`person-${field}`}
              value={props.draft[field]}
              aria-describedby={`person-${field}-error`}
              onInput={(event) => props.setDraft(field, event.currentTarget.value)}
            />
            <select
              aria-label={field === 'availability' ? t('availabilityLevel') : t('trustLevel')}
              value={
                field === 'availability' ? props.draft.availabilityLevel : props.draft.trustLevel
              }
              onChange={(event) =>
                props.setDraft(
                  field === 'availability' ? 'availabilityLevel' : 'trustLevel',
                  event.currentTarget.value,
                )
              }
            >
              <option value="">{t('levelUnset')}</option>
              <For each={LEVELS}>{(value) => <option value={value}>{value}</option>}</For>
            </select>
          </div>
          <p class="error" id={`person-${field}-error`}>
            {props.errorOf(field)}
          </p>
        </div>
      )}
    </For>
  );
}
