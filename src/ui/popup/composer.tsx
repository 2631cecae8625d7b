import { createMemo, createSignal, onMount, Show } from 'solid-js';
import { composeLinks, firstName, type Templates } from '../../domain/compose';
import { t } from '../../i18n';
import { errorText } from '../shared/format';
import { Alert, Status } from '../shared/status-line';
import { ComposerFields, SendActions } from './composer-fields';
import { createSuggestion } from './composer-suggestion';
import { defaultTemplates } from './default-templates';
import { createSentQuestion } from './sent-question';
import type { OverdueView } from './load-today';

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
  const text = createSuggestion(() => firstName(props.person), templates);
  const [wayIndex, setWayIndex] = createSignal(0);
  const [sent, setSent] = createSignal(false);
  const [status, setStatus] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let first: HTMLSelectElement | undefined;

  // Keyboard users land in the composer they just opened.
  onMount(() => first?.focus());

  const way = () => props.person.reach[wayIndex()];
  const isEmail = () => way()?.kind === 'email';
  const links = createMemo(() => {
    const current = way();
    return current
      ? composeLinks(current, isEmail() ? text.subject() : '', text.body())
      : { href: null, copyOnly: true, copyText: true };
  });

  const question = createSentQuestion(props, text.purpose, setFailure);

  async function copy() {
    question.ask();
    setFailure(null);
    try {
      await navigator.clipboard.writeText(text.body());
      setStatus(t('composerCopied'));
    } catch {
      setFailure(t('composerCopyFailed'));
    }
    setSent(true);
  }

  function opened() {
    if (links().copyText) void copy();
    else question.ask();
    setSent(true);
  }

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      props.onLogged(await question.confirm());
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
      <ComposerFields
        purpose={text.purpose()}
        onPurpose={text.choose}
        reach={props.person.reach}
        wayIndex={wayIndex()}
        onWay={setWayIndex}
        isEmail={isEmail()}
        subject={text.subject()}
        onSubject={text.setSubject}
        body={text.body()}
        onBody={text.setBody}
        firstRef={(element) => (first = element)}
      />
      <SendActions
        href={links().copyOnly ? null : links().href}
        kind={way()?.kind}
        onCopy={() => void copy()}
        onOpened={opened}
        onClose={() => props.onClose()}
      />
      <Show when={text.heldBack()}>
        <p class="muted">{t('composerKeptText')}</p>
        <button type="button" class="secondary" onClick={() => text.useSuggestion()}>
          {t('composerUseSuggestion')}
        </button>
      </Show>
      <Status message={status()} />
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
