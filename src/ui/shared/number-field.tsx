import { createUniqueId } from 'solid-js';

/**
 * The number typed in a field, NaN when it is empty so that validation refuses it
 * (Number('') would be 0 and pass as a value).
 */
export function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The number typed or chosen in a field that may stay empty: null when it is. */
export function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** A number as a field shows it; none is an empty field. */
export function numberText(value: number | null | undefined): string {
  return value == null ? '' : String(value);
}

/** A labelled number field with its own error line, described to screen readers. */
export function NumberField(props: {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  /** 'decimal' unless the field only takes whole numbers a phone keyboard should offer. */
  inputMode?: 'decimal' | 'numeric';
  /** The error line's id, when a page names it; one of its own otherwise. */
  errorId?: string;
  onInput: (value: string) => void;
}) {
  const ownId = `number-field-${createUniqueId()}-error`;
  const errorId = () => props.errorId ?? ownId;
  return (
    <div class="field-block">
      <label class="field">
        {props.label}
        <input
          type="number"
          name={props.name}
          inputMode={props.inputMode ?? 'decimal'}
          min={props.min}
          max={props.max}
          step={props.step ?? 1}
          value={props.value}
          disabled={props.disabled}
          aria-invalid={props.error !== undefined}
          aria-describedby={errorId()}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </label>
      <p class="error" id={errorId()}>
        {props.error}
      </p>
    </div>
  );
}
