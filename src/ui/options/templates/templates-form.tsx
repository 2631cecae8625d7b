import { createSignal, For } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { PURPOSES, type Purpose, type Templates } from '../../../domain/compose';
import {
  validateTemplates,
  type TemplateError,
  type TemplateField,
} from '../../../domain/templates-validation';
import { t } from '../../../i18n';
import { defaultTemplates, PURPOSE_LABEL } from '../../popup/default-templates';
import { createSaveStatus } from '../../shared/save-status';
import { SaveStatus } from '../../shared/status-line';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { fieldId, TemplateFields } from './template-fields';
import { createTemplateHints } from './template-hints';
import { resetTemplates, restoreTemplates, storeTemplates } from './templates-store';

const copyOf = (templates: Templates): Templates => structuredClone(unwrap(templates));

/**
 * The user's own suggested messages, one fieldset per purpose: validated, paused when one
 * looks like client data, saved in one write; a reset is saved at once and can be undone.
 */
export function TemplatesForm(props: { initial: Templates | null }) {
  // The form edits its own copy from here on.
  const [draft, setDraft] = createStore<Templates>(copyOf(props.initial ?? defaultTemplates()));
  const [errors, setErrors] = createSignal<TemplateError[]>([]);
  const hints = createTemplateHints();
  const [busy, setBusy] = createSignal(false);
  const status = createSaveStatus();
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);

  const focus = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

  function edit(purpose: Purpose, field: TemplateField, value: string) {
    setDraft(purpose, field, value);
    hints.clear(purpose);
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    // Saving already: the buttons are only aria-disabled, so that focus stays on them.
    if (busy()) return;
    setOffer(null);
    const next = copyOf(draft);
    const found = validateTemplates(next);
    setErrors(found);
    if (found.length > 0) {
      status.refused();
      focus(fieldId(found[0]!.purpose, found[0]!.field));
      return;
    }
    const held = hints.holdBack(next);
    if (held) {
      focus(fieldId(held, 'body'));
      return status.set({ ok: false, text: t('templatesNotSaved') });
    }
    setBusy(true);
    await status.save(() => storeTemplates(() => next), t('templatesSaved'));
    setBusy(false);
  }

  /** Back to the suggested text for `purposes`, saved at once, with the way back offered. */
  async function reset(purposes: readonly Purpose[], message: string) {
    if (busy()) return;
    const defaults = defaultTemplates();
    const before = copyOf(draft);
    setBusy(true);
    setOffer(null);
    try {
      const previous = await resetTemplates(purposes);
      for (const purpose of purposes) {
        setDraft(purpose, { ...defaults[purpose] });
        hints.clear(purpose);
      }
      setErrors((all) => all.filter((error) => !purposes.includes(error.purpose)));
      status.set(null);
      setOffer({
        message,
        undo: async () => {
          await restoreTemplates(previous);
          // The fields come back as they were, unsaved edits included.
          for (const purpose of purposes) setDraft(purpose, { ...before[purpose] });
          status.set({ ok: true, text: t('templatesUndone') });
        },
      });
    } catch (error) {
      status.failed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="templates-form" noValidate onSubmit={(event) => void save(event)}>
      <For each={PURPOSES}>
        {(purpose) => (
          <TemplateFields
            purpose={purpose}
            value={draft[purpose]}
            errors={errors().filter((error) => error.purpose === purpose)}
            hints={hints.hints[purpose]}
            busy={busy()}
            onInput={(field, value) => edit(purpose, field, value)}
            onReset={() =>
              void reset([purpose], t('templatesResetOneDone', [t(PURPOSE_LABEL[purpose])]))
            }
          />
        )}
      </For>
      <div class="form-actions">
        <button type="submit" aria-disabled={busy()}>
          {hints.any() ? t('saveAnyway') : t('save')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled={busy()}
          onClick={() => void reset(PURPOSES, t('templatesResetAllDone'))}
        >
          {t('templatesResetAll')}
        </button>
        <SaveStatus status={status.status()} />
      </div>
      <UndoBar
        offer={offer()}
        onDone={() => setOffer(null)}
        onError={(message) =>
          status.set({ ok: false, text: t('saveFailedNothingChanged', [message]) })
        }
      />
    </form>
  );
}
