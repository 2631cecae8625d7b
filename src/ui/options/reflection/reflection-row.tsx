import { For, Show } from 'solid-js';
import {
  isSkipped,
  REFLECTION_ITEMS,
  type ReflectionItem,
} from '../../../domain/reflection-validation';
import type { Reflection } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { ReflectionForm } from './reflection-form';
import { weekText } from './reflection-store';

const ITEM_SHORT: Record<ReflectionItem, MessageKey> = {
  energy: 'reflectionEnergyShort',
  stress: 'reflectionStressShort',
  connected: 'reflectionConnectedShort',
  supported: 'reflectionSupportedShort',
};

/** The id of a row's Edit button, where the focus returns once that row's form closes. */
export const editButtonId = (reflection: Reflection) => `reflection-edit-${reflection.id}`;
/** The id of the heading of a row's open form, where the focus goes when it opens. */
export const editHeadingId = (reflection: Reflection) => `reflection-editing-${reflection.id}`;

const summary = (reflection: Reflection) =>
  REFLECTION_ITEMS.map((item) => {
    const value = reflection[item];
    return value === null
      ? t('reflectionItemUnset', [t(ITEM_SHORT[item])])
      : t('reflectionItemValue', [t(ITEM_SHORT[item]), String(value)]);
  });

/** One past week's reflection: what was said, with Edit and Delete; or its edit form. */
export function ReflectionRow(props: {
  reflection: Reflection;
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onSave: (changed: Reflection, opened: Reflection | null) => Promise<void>;
  onCancel: () => void;
}) {
  const week = () => t('reflectionWeekOf', [weekText(props.reflection.weekStart)]);
  return (
    <li class="reflection-row">
      <Show
        when={props.editing}
        fallback={
          <>
            <p class="reflection-week">{week()}</p>
            <Show
              when={!isSkipped(props.reflection)}
              fallback={<p class="muted">{t('reflectionSkippedLabel')}</p>}
            >
              <ul class="reflection-items">
                <For each={summary(props.reflection)}>{(line) => <li>{line}</li>}</For>
              </ul>
              <Show when={props.reflection.note}>
                <p class="reflection-note">{props.reflection.note}</p>
              </Show>
            </Show>
            <div class="form-actions">
              <button
                type="button"
                class="secondary"
                id={editButtonId(props.reflection)}
                onClick={() => props.onEdit()}
              >
                {t('edit')}
                <span class="visually-hidden"> {week()}</span>
              </button>
              <button type="button" class="secondary" onClick={() => props.onDelete()}>
                {t('delete')}
                <span class="visually-hidden"> {week()}</span>
              </button>
            </div>
          </>
        }
      >
        <h4 id={editHeadingId(props.reflection)} tabindex="-1">
          {week()}
        </h4>
        <ReflectionForm
          weekStart={props.reflection.weekStart}
          initial={props.reflection}
          onSave={props.onSave}
          onCancel={() => props.onCancel()}
        />
      </Show>
    </li>
  );
}
