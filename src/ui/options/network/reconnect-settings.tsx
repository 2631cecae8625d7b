import { createSignal, For } from 'solid-js';
import { createStore } from 'solid-js/store';
import { updateSettings } from '../../../db/settings';
import { ROLES } from '../../../domain/network/roles';
import {
  validateNetworkSettings,
  type NetworkSettingsError,
} from '../../../domain/network/network-settings-validation';
import type { NetworkSettings, Role } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { ROLE_LABEL } from '../../shared/network-labels';
import { NumberField, numberOf, numberOrNull } from '../../shared/number-field';
import { SaveStatus, type StatusNote } from '../../shared/status-line';
import { write } from '../../shared/write';

const ERROR_TEXT: Record<NetworkSettingsError['code'], MessageKey> = {
  'count-range': 'errorReconnectCount',
  'time-format': 'errorTimeFormat',
  'hours-order': 'errorReconnectHours',
  'gap-range': 'errorReconnectGap',
  'cadence-range': 'errorRoleCadence',
};

/** When reconnect nudges may come, how many, and each role's usual cadence. */
export function ReconnectSettings(props: {
  initial: NetworkSettings;
  onSaved: (network: NetworkSettings) => void;
}) {
  // The form edits its own copy from here on.
  const start = props.initial;
  const [draft, setDraft] = createStore({
    max: String(start.reconnectMaxPerDay),
    from: start.reconnectFrom,
    until: start.reconnectUntil,
    gap: String(start.reconnectGapDays),
    roles: Object.fromEntries(
      ROLES.map((role) => [
        role,
        start.cadenceByRole[role] === null ? '' : String(start.cadenceByRole[role]),
      ]),
    ) as Record<Role, string>,
  });
  const [errors, setErrors] = createSignal<NetworkSettingsError[]>([]);
  const [status, setStatus] = createSignal<StatusNote | null>(null);
  const errorOf = (field: NetworkSettingsError['field'], role?: Role) => {
    const found = errors().find(
      (error) => error.field === field && (!('role' in error) || error.role === role),
    );
    return found ? t(ERROR_TEXT[found.code]) : undefined;
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const network: NetworkSettings = {
      reconnectMaxPerDay: numberOf(draft.max),
      reconnectFrom: draft.from,
      reconnectUntil: draft.until,
      reconnectGapDays: numberOf(draft.gap),
      cadenceByRole: Object.fromEntries(
        ROLES.map((role) => [role, numberOrNull(draft.roles[role])]),
      ) as Record<Role, number | null>,
    };
    const found = validateNetworkSettings(network);
    setErrors(found);
    if (found.length > 0) {
      setStatus({ ok: false, text: t('errorSummary') });
      return;
    }
    try {
      await write('settings', (db) => updateSettings(db, (current) => ({ ...current, network })));
      props.onSaved(network);
      setStatus({ ok: true, text: t('reconnectSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('saveFailedNothingChanged', [errorText(error)]) });
    }
  }

  // Whole numbers only, each with its error line named after the field.
  const numberField = (
    name: string,
    label: MessageKey,
    value: () => string,
    set: (v: string) => void,
    error: () => string | undefined,
  ) => (
    <NumberField
      name={name}
      label={t(label)}
      value={value()}
      error={error()}
      inputMode="numeric"
      errorId={`${name}-error`}
      onInput={set}
    />
  );

  return (
    <details class="card reconnect-settings">
      <summary>{t('reconnectSettingsHeading')}</summary>
      <form noValidate onSubmit={(event) => void save(event)} class="hours-form">
        <p class="muted">{t('reconnectSettingsIntro')}</p>
        {numberField(
          'reconnect-max',
          'reconnectMax',
          () => draft.max,
          (v) => setDraft('max', v),
          () => errorOf('reconnectMaxPerDay'),
        )}
        <div class="field-block">
          <div class="field">
            <label class="field">
              {t('reconnectFrom')}
              <input
                type="time"
                name="reconnect-from"
                value={draft.from}
                onInput={(event) => setDraft('from', event.currentTarget.value)}
                aria-describedby="reconnect-hours-error"
              />
            </label>
            <label class="field">
              {t('reconnectUntil')}
              <input
                type="time"
                name="reconnect-until"
                value={draft.until}
                onInput={(event) => setDraft('until', event.currentTarget.value)}
                aria-describedby="reconnect-hours-error"
              />
            </label>
          </div>
          <p class="error" id="reconnect-hours-error">
            {errorOf('reconnectHours')}
          </p>
        </div>
        {numberField(
          'reconnect-gap',
          'reconnectGap',
          () => draft.gap,
          (v) => setDraft('gap', v),
          () => errorOf('reconnectGapDays'),
        )}
        <fieldset>
          <legend>{t('roleCadenceLegend')}</legend>
          <p class="muted">{t('roleCadenceHelp')}</p>
          <div class="choice-grid">
            <For each={ROLES}>
              {(role) =>
                numberField(
                  `role-cadence-${role}`,
                  ROLE_LABEL[role],
                  () => draft.roles[role],
                  (v) => setDraft('roles', role, v),
                  () => errorOf('cadenceByRole', role),
                )
              }
            </For>
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit">{t('save')}</button>
          <SaveStatus status={status()} />
        </div>
      </form>
    </details>
  );
}
