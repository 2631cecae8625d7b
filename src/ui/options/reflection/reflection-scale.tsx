import { For } from 'solid-js';
import type { ReflectionItem } from '../../../domain/reflection-validation';
import { t, type MessageKey } from '../../../i18n';

/** Each item's question, in the user's own words about their week. */
const ITEM_QUESTION: Record<ReflectionItem, MessageKey> = {
  energy: 'reflectionEnergy',
  stress: 'reflectionStress',
  connected: 'reflectionConnected',
  supported: 'reflectionSupported',
};

const LEVELS = ['1', '2', '3', '4', '5'];

/** One item of the reflection on its 1–5 scale, which may be left out. */
export function ReflectionScale(props: {
  item: ReflectionItem;
  /** The level chosen, '' for none. */
  value: string;
  error: string | undefined;
  /** The id of one of the form's parts: each form on the page has its own. */
  id: (part: string) => string;
  onChange: (level: string) => void;
}) {
  return (
    <fieldset
      class="reflection-scale"
      aria-describedby={`${props.id(`${props.item}-hint`)} ${props.id(`${props.item}-error`)}`}
    >
      <legend>{t(ITEM_QUESTION[props.item])}</legend>
      <p class="muted" id={props.id(`${props.item}-hint`)}>
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
                name={props.id(props.item)}
                value={level}
                checked={props.value === level}
                onChange={() => props.onChange(level)}
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
            name={props.id(props.item)}
            value=""
            checked={props.value === ''}
            onChange={() => props.onChange('')}
          />
          {t('reflectionLevelUnset')}
        </label>
      </div>
      <p class="error" id={props.id(`${props.item}-error`)}>
        {props.error}
      </p>
    </fieldset>
  );
}
