import { createSignal, createUniqueId, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { now } from '../../../clock';
import {
  REFLECTION_ITEMS,
  validateReflection,
  type ReflectionError,
  type ReflectionField,
} from '../../../domain/reflection-validation';
import type { Reflection } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { NoteField } from '../../shared/note-field';
import { createNoteGuard } from '../../shared/note-guard';
import { ConflictChoice, type FieldLabels } from '../../shared/edit-conflict';
import { createCheckedSave, createSaving } from '../../shared/saving';
import { Alert } from '../../shared/status-line';
import { reflectionDraft, reflectionFrom } from './reflection-draft';
import { ReflectionScale } from './reflection-scale';

const ERROR_TEXT: Record<ReflectionError['code'], MessageKey> = {
  'level-range': 'errorLevelRange',
  'text-too-long': 'errorTextTooLong',
  empty: 'reflectionErrorEmpty',
};

// What a reflection's form names, for saying what another tab changed.
const REFLECTION_FIELDS: FieldLabels<Reflection> = [
  ['energy', 'reflectionEnergy'],
  ['stress', 'reflectionStress'],
  ['connected', 'reflectionConnected'],
  ['supported', 'reflectionSupported'],
  ['note', 'reflectionNoteLabel'],
];

/**
 * A week's reflection: four 1–5 items, each of which may be left out, and a note with the
 * standing warning about client details. New for this week, or an edit of a saved one. The
 * save carries the week's reflection as the form opened it: saved elsewhere since, it asks.
 */
export function ReflectionForm(props: {
  weekStart: string;
  initial: Reflection | null;
  onSave: (reflection: Reflection, opened: Reflection | null) => Promise<void>;
  /** Offered for this week only: nothing to fill in, and no nudge again this week. */
  onSkip?: () => Promise<void>;
  onCancel?: () => void;
}) {
  // The form edits its own copy from here on: the props only seed it.
  const [draft, setDraft] = createStore(untrack(() => reflectionDraft(props.initial)));
  const [errors, setErrors] = createSignal<ReflectionError[]>([]);
  const note = createNoteGuard();
  const saving = createSaving();
  const checked = createCheckedSave(
    saving,
    untrack(() => props.initial),
    (reflection, opened) => props.onSave(reflection, opened),
  );
  // This week's form and a row's edit form can share the page: every id is this form's own.
  const uid = createUniqueId();
  const id = (part: string) => `reflection-${uid}-${part}`;
  const errorOf = (field: ReflectionField) => {
    const found = errors().find((error) => error.field === field);
    return found ? t(ERROR_TEXT[found.code]) : undefined;
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    saving.clear();
    const reflection = reflectionFrom(draft, {
      id: props.initial?.id ?? crypto.randomUUID(),
      weekStart: props.weekStart,
      createdAt: props.initial?.createdAt ?? (await now()).getTime(),
    });
    const found = validateReflection(reflection);
    setErrors(found);
    if (found.length > 0) return;
    if (note.holdsBack(reflection.note)) return;
    await checked.save(reflection);
  }

  return (
    <form class="reflection-form" noValidate onSubmit={(event) => void submit(event)}>
      <Alert message={errors().length > 0 ? (errorOf('form') ?? t('errorSummary')) : null} />
      <For each={REFLECTION_ITEMS}>
        {(item) => (
          <ReflectionScale
            item={item}
            value={draft[item]}
            error={errorOf(item)}
            id={id}
            onChange={(level) => setDraft(item, level)}
          />
        )}
      </For>
      <NoteField
        id={id('note')}
        label={t('reflectionNoteLabel')}
        value={draft.note}
        hints={note.hints()}
        error={errorOf('note')}
        onInput={(value) => {
          setDraft('note', value);
          note.clear();
        }}
      />
      <div class="form-actions">
        <button type="submit" disabled={saving.busy()}>
          {note.hints().length > 0
            ? t('saveAnyway')
            : props.initial
              ? t('save')
              : t('reflectionSave')}
        </button>
        <Show when={props.onSkip}>
          {(skip) => (
            <button
              type="button"
              class="secondary"
              disabled={saving.busy()}
              aria-describedby={id('skip-help')}
              onClick={() => {
                saving.clear();
                checked.forget();
                void saving.run(() => skip()());
              }}
            >
              {t('reflectionSkip')}
            </button>
          )}
        </Show>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="secondary" onClick={() => cancel()()}>
              {t('cancel')}
            </button>
          )}
        </Show>
      </div>
      <Show when={props.onSkip}>
        <p class="muted" id={id('skip-help')}>
          {t('reflectionSkipHelp')}
        </p>
      </Show>
      <Alert message={saving.failure()} />
      <ConflictChoice
        conflict={saving.conflict()}
        what="reflections"
        opened={checked.opened()}
        labels={REFLECTION_FIELDS}
        onKeepTheirs={() => props.onCancel?.()}
        onUseMine={checked.hasMine() ? () => void checked.useMine() : undefined}
      />
    </form>
  );
}
