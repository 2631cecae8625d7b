import { createMemo, createSignal, For, onMount, Show, untrack } from 'solid-js';
import { now } from '../../clock';
import {
  composeLinks,
  firstName,
  PURPOSES,
  suggestedMessage,
  type Purpose,
  type Templates,
} from '../../domain/compose';
import { t } from '../../i18n';
import { Alert } from '../shared/status-line';
import { errorText } from '../shared/format';
import { REACH_LABEL } from '../shared/network-labels';
import { defaultTemplates, PURPOSE_LABEL } from './default-templates';
import type { OverdueView } from './load-today';
import { answerPending, logSentMessage, savePending } from './pending-message';

/**
 * Writes to one person: a suggested message by purpose, sent through one of their ways to
 * be reached or copied. A connection is logged only when the user confirms it went out;
 * the question is kept from the moment they press send or copy, so a popup that closed
 * on the way out asks it again when it next opens (PendingConfirm).
 */
export function Composer(props: {
  person: OverdueView;
  /** The user's own templates; the catalogue's when they have none. */
  templates?: Templates;
  onClose: () => void;
  onLogged: (message: string) => void;
}) {
  const templates = () => props.templates ?? defaultTemplates();
  const name = () => firstName(props.person);
  const [purpose, setPurpose] = createSignal<Purpose>('check-in');
  const [wayIndex, setWayIndex] = createSignal(0);
  // The suggestion is filled in once per purpose; after that the text is the user's.
  const initial = untrack(() => suggestedMessage('check-in', name(), templates()));
  const [subject, setSubject] = createSignal(initial.subject);
  const [body, setBody] = createSignal(initial.body);
  const [sent, setSent] = createSignal(false);
  const [status, setStatus] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let first: HTMLSelectElement | undefined;

  // What the suggestion was, so a change of purpose replaces only text the user has not edited.
  let suggested = initial;
  // The suggestion held back because the user had written their own words.
  const [heldBack, setHeldBack] = createSignal<{ subject: string; body: string } | null>(null);
  function choose(next: Purpose) {
    setPurpose(next);
    const message = suggestedMessage(next, name(), templates());
    const edited = subject() !== suggested.subject || body() !== suggested.body;
    suggested = message;
    if (edited) {
      setHeldBack(message);
      return;
    }
    setHeldBack(null);
    setSubject(message.subject);
    setBody(message.body);
  }
  function useSuggestion() {
    const message = heldBack();
    if (!message) return;
    setSubject(message.subject);
    setBody(message.body);
    setHeldBack(null);
  }
  // Keyboard users land in the composer they just opened.
  onMount(() => first?.focus());

  const way = () => props.person.reach[wayIndex()];
  const isEmail = () => way()?.kind === 'email';
  const links = createMemo(() => {
    const current = way();
    return current
      ? composeLinks(current, isEmail() ? subject() : '', body())
      : { href: null, copyOnly: true, copyText: true };
  });

  // The question this composer asked, once stored: when it was asked, or null when storing
  // it failed (then confirming logs without one).
  let asked: Promise<number | null> | undefined;

  // Not awaited by the link: the browser follows it at once, and may close the popup.
  function remember() {
    const contactId = props.person.id;
    asked = (async () => {
      const at = (await now()).getTime();
      await savePending({ contactId, name: props.person.name, at, purpose: purpose() });
      return at;
    })().catch((error: unknown) => {
      setFailure(errorText(error));
      return null;
    });
  }

  async function copy() {
    remember();
    setFailure(null);
    try {
      await navigator.clipboard.writeText(body());
      setStatus(t('composerCopied'));
    } catch {
      setFailure(t('composerCopyFailed'));
    }
    setSent(true);
  }

  function opened() {
    if (links().copyText) void copy();
    else remember();
    setSent(true);
  }

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      const contactId = props.person.id;
      const at = await asked;
      // The question may have been answered elsewhere meanwhile: one message, one log.
      let answered: Awaited<ReturnType<typeof answerPending>> = 'logged';
      if (typeof at === 'number') answered = await answerPending({ contactId, at }, true);
      else await logSentMessage(contactId);
      props.onLogged(
        answered === 'logged'
          ? t('composerLogged', [props.person.name])
          : t('pendingSentGone', [props.person.name]),
      );
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      class="composer"
      aria-label={t('composerLabel', [props.person.name])}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <label>
        {t('composerPurpose')}
        <select
          ref={(element) => (first = element)}
          value={purpose()}
          onChange={(event) => choose(event.currentTarget.value as Purpose)}
        >
          <For each={PURPOSES}>
            {(value) => <option value={value}>{t(PURPOSE_LABEL[value])}</option>}
          </For>
        </select>
      </label>
      <Show
        when={props.person.reach.length > 0}
        fallback={<p class="muted">{t('composerNoChannel')}</p>}
      >
        <label>
          {t('composerChannel')}
          <select
            value={String(wayIndex())}
            onChange={(event) => setWayIndex(Number(event.currentTarget.value))}
          >
            <For each={props.person.reach}>
              {(reach, index) => (
                <option value={String(index())}>
                  {t('reachWithValue', [t(REACH_LABEL[reach.kind]), reach.value])}
                </option>
              )}
            </For>
          </select>
        </label>
      </Show>
      <Show when={isEmail()}>
        <label>
          {t('composerSubject')}
          <input
            type="text"
            value={subject()}
            onInput={(event) => setSubject(event.currentTarget.value)}
          />
        </label>
      </Show>
      <label>
        {t('composerBody')}
        <textarea rows={6} value={body()} onInput={(event) => setBody(event.currentTarget.value)} />
      </label>
      <div class="chips">
        <Show
          when={!links().copyOnly && links().href}
          fallback={
            <button type="button" onClick={() => void copy()}>
              {t('composerCopy')}
            </button>
          }
        >
          {(href) => (
            <a
              class="button"
              href={href()}
              target="_blank"
              rel="noopener noreferrer"
              onClick={opened}
            >
              {t('composerSend', [t(REACH_LABEL[way()!.kind])])}
            </a>
          )}
        </Show>
        <button type="button" class="secondary" onClick={() => props.onClose()}>
          {t('cancel')}
        </button>
      </div>
      <Show when={heldBack()}>
        <p class="muted">{t('composerKeptText')}</p>
        <button type="button" class="secondary" onClick={useSuggestion}>
          {t('composerUseSuggestion')}
        </button>
      </Show>
      <Show when={status()}>
        {(text) => (
          <p class="status" role="status">
            {text()}
          </p>
        )}
      </Show>
      <Show when={sent()}>
        <p class="muted">{t('composerConfirmHint')}</p>
        <button type="button" disabled={busy()} onClick={() => void confirm()}>
          {t('composerConfirm')}
        </button>
      </Show>
      <Alert message={failure()} />
    </section>
  );
}
