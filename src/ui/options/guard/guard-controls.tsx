import { createSignal } from 'solid-js';
import { siteOrigin } from '../../../domain/guard';
import type { GuardSettings } from '../../../domain/types';
import { t, uiLanguage, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { SaveStatus, type StatusNote } from '../../shared/status-line';
import { addSite, removeSite, turnOff, turnOn } from './guard-changes';
import { GuardSiteField } from './guard-site-field';
import { GuardSiteList } from './guard-site-list';
import type { GuardView } from './guard-store';
import { requestSiteAccess } from './site-access';

/**
 * The guard's switch and sites. The browser's permission prompt is opened in the click
 * or submit itself (a prompt needs the user's gesture); only what it grants is saved.
 */
export function GuardControls(props: { initial: GuardView }) {
  // The controls edit their own copy from here on; each save returns what was written.
  const start = props.initial;
  const [guard, setGuard] = createSignal<GuardSettings>(start.guard);
  const [busy, setBusy] = createSignal(false);
  const [note, setNote] = createSignal<StatusNote | null>(
    start.accessMissing ? { ok: false, text: t('guardAccessMissing') } : null,
  );
  const [draft, setDraft] = createSignal('');
  const [fieldError, setFieldError] = createSignal<MessageKey | null>(null);
  let field: HTMLInputElement | undefined;

  async function run(change: () => Promise<StatusNote>): Promise<void> {
    setBusy(true);
    try {
      setNote(await change());
    } catch (error) {
      setNote({ ok: false, text: t('saveFailedNothingChanged', [errorText(error)]) });
    } finally {
      setBusy(false);
    }
  }
  const asking = () => setNote({ ok: true, text: t('guardAsking') });

  function toggle() {
    if (busy()) return;
    const current = guard();
    if (current.enabled) return void run(() => turnOff(current, setGuard));
    if (current.sites.length === 0) {
      setFieldError('errorGuardNoSites');
      field?.focus();
      return;
    }
    const asked = requestSiteAccess(current.sites);
    asking();
    void run(() => turnOn(current, asked, setGuard));
  }

  function add(typed: string) {
    if (busy()) return;
    const current = guard();
    const origin = siteOrigin(typed);
    const problem: MessageKey | null =
      origin === null
        ? 'errorGuardSite'
        : current.sites.includes(origin)
          ? 'errorGuardSiteDuplicate'
          : null;
    setFieldError(problem);
    if (origin === null || problem !== null) return void field?.focus();
    // While the guard is on, a new site needs its own access, asked for in this submit.
    const asked = current.enabled ? requestSiteAccess([origin]) : Promise.resolve(true);
    if (current.enabled) asking();
    void run(async () => {
      const note = await addSite(current, origin, asked, setGuard);
      if (note.ok) setDraft('');
      return note;
    });
  }

  function remove(origin: string) {
    if (busy()) return;
    const current = guard();
    void run(async () => {
      const note = await removeSite(current, origin, setGuard);
      field?.focus();
      return note;
    });
  }

  const passCount = new Intl.NumberFormat(uiLanguage()).format(start.passCount);
  return (
    <div class="guard-controls">
      <button
        type="button"
        role="switch"
        class="guard-switch"
        aria-checked={guard().enabled}
        aria-disabled={busy()}
        aria-describedby="guard-privacy"
        onClick={toggle}
      >
        <span class="guard-switch-track" aria-hidden="true">
          <span class="guard-switch-thumb" />
        </span>
        {t('guardSwitch')}
      </button>
      <GuardSiteList sites={guard().sites} busy={busy()} onRemove={remove} />
      <GuardSiteField
        value={draft()}
        error={fieldError()}
        busy={busy()}
        ref={(element) => (field = element)}
        onInput={(value) => {
          setDraft(value);
          setFieldError(null);
        }}
        onSubmit={add}
      />
      <SaveStatus status={note()} />
      <p class="muted" data-testid="guard-pass-count">
        {t('guardPassCount', [passCount])}
      </p>
    </div>
  );
}
