import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { updateSettings } from '../../../db/settings';
import {
  validateNetworkSettings,
  type NetworkSettingsError,
} from '../../../domain/network/network-settings-validation';
import type { NetworkSettings, Role } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { createSaveStatus } from '../../shared/save-status';
import { SaveStatus } from '../../shared/status-line';
import { write } from '../../shared/write';
import { networkFrom, reconnectDraft } from './reconnect-draft';
import { ReconnectHours, RoleCadences, WholeNumberField } from './reconnect-fields';

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
  const [draft, setDraft] = createStore(reconnectDraft(props.initial));
  const [errors, setErrors] = createSignal<NetworkSettingsError[]>([]);
  const status = createSaveStatus();
  const errorOf = (field: NetworkSettingsError['field'], role?: Role) => {
    const found = errors().find(
      (error) => error.field === field && (!('role' in error) || error.role === role),
    );
    return found ? t(ERROR_TEXT[found.code]) : undefined;
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const network = networkFrom(draft);
    const found = validateNetworkSettings(network);
    setErrors(found);
    if (found.length > 0) return status.refused();
    const { onSaved } = props;
    await status.save(async () => {
      await write('settings', (db) => updateSettings(db, (current) => ({ ...current, network })));
      onSaved(network);
    }, t('reconnectSaved'));
  }

  return (
    <details class="card reconnect-settings">
      <summary>{t('reconnectSettingsHeading')}</summary>
      <form noValidate onSubmit={(event) => void save(event)} class="hours-form">
        <p class="muted">{t('reconnectSettingsIntro')}</p>
        <WholeNumberField
          name="reconnect-max"
          label={t('reconnectMax')}
          value={draft.max}
          error={errorOf('reconnectMaxPerDay')}
          onInput={(value) => setDraft('max', value)}
        />
        <ReconnectHours draft={draft} setDraft={setDraft} error={errorOf('reconnectHours')} />
        <WholeNumberField
          name="reconnect-gap"
          label={t('reconnectGap')}
          value={draft.gap}
          error={errorOf('reconnectGapDays')}
          onInput={(value) => setDraft('gap', value)}
        />
        <RoleCadences
          draft={draft}
          setDraft={setDraft}
          errorOf={(role) => errorOf('cadenceByRole', role)}
        />
        <div class="form-actions">
          <button type="submit">{t('save')}</button>
          <SaveStatus status={status.status()} />
        </div>
      </form>
    </details>
  );
}
