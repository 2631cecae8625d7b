import { createUniqueId, onMount, Show } from 'solid-js';
import { EditConflict, sameData } from '../../db/edit-conflict';
import { t, type MessageKey } from '../../i18n';
import type { DataChange } from '../../messages';
import { refreshHere } from './data-changed';
import { listText } from './format';

/** A record's fields a person knows by name, with the form's own label for each. */
export type FieldLabels<T> = readonly (readonly [keyof T, MessageKey])[];

/**
 * What changed elsewhere, in words: each labelled field that differs between what the form
 * opened and theirs, with its new text where it is text ('Name is now “Samuel”').
 */
export function otherChangeText<T extends object>(
  opened: T | null,
  theirs: T,
  labels: FieldLabels<T>,
): string {
  const changed = labels
    .filter(([field]) => !sameData(opened?.[field], theirs[field]))
    .map(([field, label]) => {
      const now = theirs[field];
      return typeof now === 'string' && now !== ''
        ? t('conflictFieldNow', [t(label), now])
        : t('conflictFieldChanged', [t(label)]);
    });
  return changed.length > 0 ? listText(changed) : t('conflictOtherDetails');
}

/**
 * A save refused because the record changed elsewhere since the form opened: what changed
 * there, and the user's choice. The focus comes to the first choice, so a keyboard user is
 * where the decision is; nothing is written until they choose. Keep theirs closes the form
 * (`onKeepTheirs`) and this page's lists of `what` show theirs.
 */
export function ConflictChoice<T extends object>(props: {
  conflict: EditConflict | null;
  what: DataChange;
  opened: T | null;
  labels: FieldLabels<T>;
  onKeepTheirs: () => void;
  /** Absent when there is nothing of the user's to save (a skip refused). */
  onUseMine?: () => void;
}) {
  return (
    <Show when={props.conflict} keyed>
      {(conflict) => (
        <ConflictQuestion
          {...props}
          theirs={conflict.theirs as T | null}
          onKeepTheirs={() => {
            props.onKeepTheirs();
            refreshHere(props.what);
          }}
        />
      )}
    </Show>
  );
}

function ConflictQuestion<T extends object>(props: {
  theirs: T | null;
  opened: T | null;
  labels: FieldLabels<T>;
  onKeepTheirs: () => void;
  onUseMine?: () => void;
}) {
  const id = createUniqueId();
  let first: HTMLButtonElement | undefined;
  onMount(() => first?.focus());
  const what = () =>
    props.theirs === null
      ? t('conflictDeleted')
      : t('conflictChanged', [otherChangeText(props.opened, props.theirs, props.labels)]);
  return (
    <div class="conflict" role="group" aria-labelledby={id}>
      <p class="alert" role="alert" id={id}>
        {what()}
      </p>
      <p class="muted">{props.theirs === null ? t('conflictDeletedHelp') : t('conflictHelp')}</p>
      <div class="form-actions">
        <button
          type="button"
          ref={(element) => (first = element)}
          onClick={() => props.onKeepTheirs()}
        >
          {t('conflictKeepTheirs')}
        </button>
        <Show when={props.onUseMine}>
          {(useMine) => (
            <button type="button" class="secondary" onClick={() => useMine()()}>
              {t('conflictUseMine')}
            </button>
          )}
        </Show>
      </div>
    </div>
  );
}
