import { createUniqueId } from 'solid-js';

/** A labelled whole-number field with its own error line, described to screen readers. */
export function NumberField(props: {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  onInput: (value: string) => void;
}) {
  const errorId = `number-field-${createUniqueId()}-error`;
  return (
    <div class="field-block">
      <label class="field">
        {props.label}
        <input
          type="number"
          name={props.name}
          inputMode="decimal"
          min={props.min}
          max={props.max}
          step={props.step ?? 1}
          value={props.value}
          disabled={props.disabled}
          aria-invalid={props.error !== undefined}
          aria-describedby={errorId}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </label>
      <p class="error" id={errorId}>
        {props.error}
      </p>
    </div>
  );
}
