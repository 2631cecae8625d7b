import { createSignal, For } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { updateSettings } from '../../../db/settings';
import { PURPOSES, type Purpose, type Templates } from '../../../domain/compose';
import type { SensitiveHint } from '../../../domain/network/sensitive-note';
import {
  ownTemplates,
  templateHints,
  validateTemplates,
  type TemplateError,
  type TemplateField,
} from '../../../domain/templates-validation';
import { t } from '../../../i18n';
import { defaultTemplates, PURPOSE_LABEL } from '../../popup/default-templates';
import { SaveStatus, type StatusNote } from '../../shared/status-line';
import { errorText } from '../../shared/format';
import { write } from '../../shared/write';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { fieldId, TemplateFields } from './template-fields';

type Hints = Record<Purpose, SensitiveHint[]>;

const noHints = (): Hints => ({
  'check-in': [],
  'thank-you': [],
  invite: [],
  supervision: [],
  'offer-support': [],
});

const copyOf = (templates: Templates): Templates => structuredClone(unwrap(templates));

/** Writes only the templates, as null when they all read as suggested; returns what was there. */
async function storeTemplates(
  change: (current: Templates) => Templates,
): Promise<Templates | null> {
  const defaults = defaultTemplates();
  let previous: Templates | null = null;
  await write('settings', (db) =>
    updateSettings(db, (current) => {
      previous = current.templates;
      return {
        ...current,
        templates: ownTemplates(change(current.templates ?? defaults), defaults),
      };
    }),
  );
  return previous;
}

/** Puts back exactly what a reset replaced, null (the catalogue's) included. */
async function restoreTemplates(previous: Templates | null): Promise<void> {
  await write('settings', (db) =>
    updateSettings(db, (current) => ({ ...current, templates: previous })),
  );
}

/**
 * The user's own suggested messages, one fieldset per purpose: validated, paused when one
 * looks like client data, saved in one write; a reset is saved at once and can be undone.
 */
export function TemplatesForm(props: { initial: Templates | null }) {
  // The form edits its own copy from here on.
  const [draft, setDraft] = createStore<Templates>(copyOf(props.initial ?? defaultTemplates()));
  const [errors, setErrors] = createSignal<TemplateError[]>([]);
  // What a held-back save showed; a second Save with the same warnings on screen goes ahead.
  const [hints, setHints] = createStore<Hints>(noHints());
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<StatusNote | null>(null);
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);

  const focus = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

  function edit(purpose: Purpose, field: TemplateField, value: string) {
    setDraft(purpose, field, value);
    setHints(purpose, []);
  }

  /** True when saving must wait: a template looks risky and the user has not seen why yet. */
  function holdsBack(templates: Templates): boolean {
    const found = noHints();
    for (const purpose of PURPOSES) found[purpose] = templateHints(templates[purpose]);
    const unseen = PURPOSES.some(
      (purpose) => found[purpose].length > 0 && found[purpose].join() !== hints[purpose].join(),
    );
    setHints(reconcile(found));
    if (unseen) {
      const first = PURPOSES.find((purpose) => found[purpose].length > 0);
      if (first) focus(fieldId(first, 'body'));
    }
    return unseen;
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setOffer(null);
    const next = copyOf(draft);
    const found = validateTemplates(next);
    setErrors(found);
    if (found.length > 0) {
      setStatus({ ok: false, text: t('errorSummary') });
      focus(fieldId(found[0]!.purpose, found[0]!.field));
      return;
    }
    if (holdsBack(next)) return setStatus({ ok: false, text: t('templatesNotSaved') });
    setBusy(true);
    try {
      await storeTemplates(() => next);
      setStatus({ ok: true, text: t('templatesSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('saveFailedNothingChanged', [errorText(error)]) });
    } finally {
      setBusy(false);
    }
  }

  /** Back to the suggested text for `purposes`, saved at once, with the way back offered. */
  async function reset(purposes: readonly Purpose[], message: string) {
    const defaults = defaultTemplates();
    const before = copyOf(draft);
    setBusy(true);
    setOffer(null);
    try {
      const previous = await storeTemplates((current) => {
        const next = { ...current };
        for (const purpose of purposes) next[purpose] = defaults[purpose];
        return next;
      });
      for (const purpose of purposes) {
        setDraft(purpose, { ...defaults[purpose] });
        setHints(purpose, []);
      }
      setErrors((all) => all.filter((error) => !purposes.includes(error.purpose)));
      setStatus(null);
      setOffer({
        message,
        undo: async () => {
          await restoreTemplates(previous);
          // The fields come back as they were, unsaved edits included.
          for (const purpose of purposes) setDraft(purpose, { ...before[purpose] });
          setStatus({ ok: true, text: t('templatesUndone') });
        },
      });
    } catch (error) {
      setStatus({ ok: false, text: t('saveFailedNothingChanged', [errorText(error)]) });
    } finally {
      setBusy(false);
    }
  }

  const anyHints = () => PURPOSES.some((purpose) => hints[purpose].length > 0);

  return (
    <form class="templates-form" noValidate onSubmit={(event) => void save(event)}>
      <For each={PURPOSES}>
        {(purpose) => (
          <TemplateFields
            purpose={purpose}
            value={draft[purpose]}
            errors={errors().filter((error) => error.purpose === purpose)}
            hints={hints[purpose]}
            busy={busy()}
            onInput={(field, value) => edit(purpose, field, value)}
            onReset={() =>
              void reset([purpose], t('templatesResetOneDone', [t(PURPOSE_LABEL[purpose])]))
            }
          />
        )}
      </For>
      <div class="form-actions">
        <button type="submit" disabled={busy()}>
          {anyHints() ? t('saveAnyway') : t('save')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy()}
          onClick={() => void reset(PURPOSES, t('templatesResetAllDone'))}
        >
          {t('templatesResetAll')}
        </button>
        <SaveStatus status={status()} />
      </div>
      <UndoBar
        offer={offer()}
        onDone={() => setOffer(null)}
        onError={(message) =>
          setStatus({ ok: false, text: t('saveFailedNothingChanged', [message]) })
        }
      />
    </form>
  );
}
