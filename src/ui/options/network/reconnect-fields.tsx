import { For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { ROLES } from '../../../domain/network/roles';
import type { Role } from '../../../domain/types';
import { t } from '../../../i18n';
import { ROLE_LABEL } from '../../shared/network-labels';
import { NumberField } from '../../shared/number-field';
import type { ReconnectDraft } from './reconnect-draft';

/** A whole-number field whose error line is named after it. */
export function WholeNumberField(props: {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <NumberField
      name={props.name}
      label={props.label}
      value={props.value}
      error={props.error}
      inputMode="numeric"
      errorId={`${props.name}-error`}
      onInput={(value) => props.onInput(value)}
    />
  );
}

/** The hours of the day in which reconnect nudges may come. */
export function ReconnectHours(props: {
  draft: ReconnectDraft;
  setDraft: SetStoreFunction<ReconnectDraft>;
  error: string | undefined;
}) {
  return (
    <div class="field-block">
      <div class="field">
        <label class="field">
          {t('reconnectFrom')}
          <input
            type="time"
            name="reconnect-from"
            value={props.draft.from}
            onInput={(event) => props.setDraft('from', event.currentTarget.value)}
            aria-describedby="reconnect-hours-error"
          />
        </label>
        <label class="field">
          {t('reconnectUntil')}
          <input
            type="time"
            name="reconnect-until"
            value={props.draft.until}
            onInput={(event) => props.setDraft('until', event.currentTarget.value)}
            aria-describedby="reconnect-hours-error"
          />
        </label>
      </div>
      <p class="error" id="reconnect-hours-error">
        {props.error}
      </p>
    </div>
  );
}

/** Each role's usual cadence, in days; empty for none. */
export function RoleCadences(props: {
  draft: ReconnectDraft;
  setDraft: SetStoreFunction<ReconnectDraft>;
  errorOf: (role: Role) => string | undefined;
}) {
  return (
    <fieldset>
      <legend>{t('roleCadenceLegend')}</legend>
      <p class="muted">{t('roleCadenceHelp')}</p>
      <div class="choice-grid">
        <For each={ROLES}>
          {(role) => (
            <WholeNumberField
              name={`role-cadence-${role}`}
              label={t(ROLE_LABEL[role])}
              value={props.draft.roles[role]}
              error={props.errorOf(role)}
              onInput={(value) => props.setDraft('roles', role, value)}
            />
          )}
        </For>
      </div>
    </fieldset>
  );
}
