import { createSignal, Show } from 'solid-js';
import { patternsToRelease, siteOrigin, sitePatterns } from '../../../domain/guard';
import type { GuardSettings } from '../../../domain/types';
import { t, uiLanguage, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { GuardSiteField } from './guard-site-field';
import { GuardSiteList } from './guard-site-list';
import type { GuardView } from './guard-store';
import { saveGuard } from './guard-store';
import { releaseSiteAccess, requestSiteAccess } from './site-access';

interface Note {
  tone: 'ok' | 'alert';
  text: string;
}

const ok = (text: string): Note => ({ tone: 'ok', text });
const alert = (text: string): Note => ({ tone: 'alert', text });

/**
 * The guard's switch and sites. The browser's permission prompt is opened in the click
 * or submit itself (a prompt needs the user's gesture); only what it grants is saved.
 */
export function GuardControls(props: { initial: GuardView }) {
  // The controls edit their own copy from here on; each save returns what was written.
  const start = props.initial;
  const [guard, setGuard] = createSignal<GuardSettings>(start.guard);
  const [busy, setBusy] = createSignal(false);
  const [note, setNote] = createSignal<Note | null>(
    start.accessMissing ? alert(t('guardAccessMissing')) : null,
  );
  const [draft, setDraft] = createSignal('');
  const [fieldError, setFieldError] = createSignal<MessageKey | null>(null);
  let field: HTMLInputElement | undefined;

  async function run(change: () => Promise<Note>): Promise<void> {
    setBusy(true);
    try {
      setNote(await change());
    } catch (error) {
      setNote(alert(t('saveFailedNothingChanged', [errorText(error)])));
    } finally {
      setBusy(false);
    }
  }

  async function turnOn(current: GuardSettings, asked: Promise<boolean>): Promise<Note> {
    if (!(await asked)) return alert(t('guardRefused'));
    try {
      setGuard(await saveGuard({ ...current, enabled: true }));
    } catch (error) {
      // Nothing was saved, so the access granted a moment ago goes back.
      await releaseSiteAccess(sitePatterns(current.sites));
      throw error;
    }
    return ok(t('guardTurnedOn'));
  }

  async function turnOff(current: GuardSettings): Promise<Note> {
    setGuard(await saveGuard({ ...current, enabled: false }));
    await releaseSiteAccess(sitePatterns(current.sites));
    return ok(t('guardTurnedOff'));
  }

  function toggle() {
    if (busy()) return;
    const current = guard();
    if (current.enabled) return void run(() => turnOff(current));
    if (current.sites.length === 0) {
      setFieldError('errorGuardNoSites');
      field?.focus();
      return;
    }
    const asked = requestSiteAccess(current.sites);
    setNote(ok(t('guardAsking')));
    void run(() => turnOn(current, asked));
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
    if (current.enabled) setNote(ok(t('guardAsking')));
    void run(async () => {
      if (!(await asked)) return alert(t('guardSiteRefused', [origin]));
      try {
        setGuard(await saveGuard({ ...current, sites: [...current.sites, origin] }));
      } catch (error) {
        if (current.enabled) await releaseSiteAccess(patternsToRelease([origin], current.sites));
        throw error;
      }
      setDraft('');
      return ok(t('guardSiteAdded', [origin]));
    });
  }

  function remove(origin: string) {
    if (busy()) return;
    const current = guard();
    const sites = current.sites.filter((site) => site !== origin);
    // A guard with nothing left to look after turns itself off.
    const enabled = current.enabled && sites.length > 0;
    void run(async () => {
      setGuard(await saveGuard({ enabled, sites }));
      if (current.enabled) await releaseSiteAccess(patternsToRelease([origin], sites));
      field?.focus();
      return current.enabled && !enabled
        ? ok(t('guardTurnedOff'))
        : ok(t('guardSiteRemoved', [origin]));
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
      <Show when={note()}>
        {(current) => (
          <p
            class={current().tone === 'ok' ? 'status' : 'alert'}
            role={current().tone === 'ok' ? 'status' : 'alert'}
          >
            {current().text}
          </p>
        )}
      </Show>
      <p class="muted" data-testid="guard-pass-count">
        {t('guardPassCount', [passCount])}
      </p>
    </div>
  );
}
