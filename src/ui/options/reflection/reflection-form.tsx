import { createSignal, createUniqueId, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { now } from '../../../clock';
import {
  REFLECTION_ITEMS,
  validateReflection,
  type ReflectionError,
  type ReflectionField,
  type ReflectionItem,
} from '../../../domain/reflection-validation';
import type { Reflection } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { NoteField } from '../../shared/note-field';
import { createNoteGuard } from '../../shared/note-guard';
import { numberOrNull } from '../../shared/number-field';

const ERROR_TEXT: Record<ReflectionError['code'], MessageKey> = {
  'level-range': 'errorLevelRange',
  'text-too-long': 'errorTextTooLong',
  empty: 'reflectionErrorEmpty',
};

/** Each item's question, in the user's own words about their week. */
export const ITEM_QUESTION: Record<ReflectionItem, MessageKey> = {
  energy: 'reflectionEnergy',
  stress: 'reflectionStress',
  connected: 'reflectionConnected',
  supported: 'reflectionSupported',
};

const LEVELS = ['1', '2', '3', '4', '5'];

type Draft = Record<ReflectionItem, string> & { note: string };

function draftOf(reflection: Reflection | null): Draft {
  const level = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    energy: level(reflection?.energy),
    stress: level(reflection?.stress),
    connected: level(reflection?.connected),
    supported: level(reflection?.supported),
    note: reflection?.note ?? '',
  };
}

/**
 * A week's reflection: four 1–5 items, each of which may be left out, and a note with the
 * standing warning about client details. New for this week, or an edit of a saved one.
 */
export function ReflectionForm(props: {
  weekStart: string;
  initial: Reflection | null;
  onSave: (reflection: Reflection) => Promise<void>;
  /** Offered for this week only: nothing to fill in, and no nudge again this week. */
  onSkip?: () => Promise<void>;
  onCancel?: () => void;
}) {
  // The form edits its own copy from here on: the props only seed it.
  const [draft, setDraft] = createStore(untrack(() => draftOf(props.initial)));
  const [errors, setErrors] = createSignal<ReflectionError[]>([]);
  const note = createNoteGuard();
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // This week's form and a row's edit form can share the page: every id is this form's own.
  const uid = createUniqueId();
  const id = (part: string) => `reflection-${uid}-${part}`;
  const errorOf = (field: ReflectionField) => {
    const found = errors().find((error) => error.field === field);
    return found ? t(ERROR_TEXT[found.code]) : undefined;
  };

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setFailure(null);
    const reflection: Reflection = {
      id: props.initial?.id ?? crypto.randomUUID(),
      weekStart: props.weekStart,
      energy: numberOrNull(draft.energy),
      stress: numberOrNull(draft.stress),
      connected: numberOrNull(draft.connected),
      supported: numberOrNull(draft.supported),
      note: draft.note.trim(),
      createdAt: props.initial?.createdAt ?? (await now()).getTime(),
    };
    const found = validateReflection(reflection);
    setErrors(found);
    if (found.length > 0) return;
    if (note.holdsBack(reflection.note)) return;
    const save = props.onSave;
    await run(() => save(reflection));
  }

  return (
    <form class="reflection-form" noValidate onSubmit={(event) => void submit(event)}>
      <Show when={errors().length > 0}>
        <p class="alert" role="alert">
          {errorOf('form') ?? t('errorSummary')}
        </p>
      </Show>
      <For each={REFLECTION_ITEMS}>
        {(item) => (
          <fieldset
            class="reflection-scale"
            aria-describedby={`${id(`${item}-hint`)} ${id(`${item}-error`)}`}
          >
            <legend>{t(ITEM_QUESTION[item])}</legend>
            <p class="muted" id={id(`${item}-hint`)}>
              {t('reflectionScaleHint')}
            </p>
            <div class="scale-row">
              <span class="scale-end" aria-hidden="true">
                {t('reflectionScaleLow')}
              </span>
              <For each={LEVELS}>
                {(level) => (
                  <label class="scale-choice">
                    <input
                      type="radio"
                      name={id(item)}
                      value={level}
                      checked={draft[item] === level}
                      onChange={() => setDraft(item, level)}
                    />
                    {level}
                  </label>
                )}
              </For>
              <span class="scale-end" aria-hidden="true">
                {t('reflectionScaleHigh')}
              </span>
              <label class="scale-choice scale-unset">
                <input
                  type="radio"
                  name={id(item)}
                  value=""
                  checked={draft[item] === ''}
                  onChange={() => setDraft(item, '')}
                />
                {t('reflectionLevelUnset')}
              </label>
            </div>
            <p class="error" id={id(`${item}-error`)}>
              {errorOf(item)}
            </p>
          </fieldset>
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
        <button type="submit" disabled={busy()}>
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
              disabled={busy()}
              aria-describedby={id('skip-help')}
              onClick={() => {
                setFailure(null);
                void run(() => skip()());
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
      <Show when={failure()}>
        {(message) => (
          <p class="alert" role="alert">
            {t('saveFailedNothingChanged', [message()])}
          </p>
        )}
      </Show>
    </form>
  );
}
