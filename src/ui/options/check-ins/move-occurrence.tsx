import { createSignal, createUniqueId, Show } from 'solid-js';
import type { Occurrence } from '../../../domain/checkins/occurrence';
import { t } from '../../../i18n';
import { instantOf, localInputValue } from '../network/connection-draft';

/** Moves one occurrence to another date and time; the rest of the series stays. */
export function MoveOccurrence(props: {
  occurrence: Occurrence;
  timeZone: string;
  onMove: (start: number) => Promise<void>;
}) {
  const [open, setOpen] = createSignal(false);
  const [value, setValue] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const id = createUniqueId();

  async function move(event: SubmitEvent) {
    event.preventDefault();
    const start = instantOf(value(), props.timeZone);
    if (!Number.isFinite(start)) return setError(t('errorWhenInvalid'));
    await props.onMove(start);
    setOpen(false);
  }

  return (
    <Show
      when={open()}
      fallback={
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setValue(localInputValue(props.occurrence.start, props.timeZone));
            setOpen(true);
          }}
        >
          {t('checkInMoveNext')}
        </button>
      }
    >
      <form class="form-row" noValidate onSubmit={(event) => void move(event)}>
        <label class="field">
          {t('checkInMoveTo')}
          <input
            type="datetime-local"
            name="move-to"
            value={value()}
            aria-describedby={`${id}-error`}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('checkInMove')}</button>
        <button type="button" class="secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
        <p class="error" id={`${id}-error`}>
          {error()}
        </p>
      </form>
    </Show>
  );
}
