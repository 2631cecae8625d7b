import { createSignal, Show, type Component } from 'solid-js';
import { t } from '../../i18n';
import { Alert, failureText } from './failure';
import type { PopupView } from './load-today';
import type { QuickLogPickerProps } from './quick-log-picker';
import { QuickLogRow } from './quick-log-row';

interface Opened {
  Picker: Component<QuickLogPickerProps>;
  people: QuickLogPickerProps['people'];
}

/**
 * Logs a connection in two clicks, person then kind. The popup opens with a button in place
 * of the list: the names (hundreds, some long) are read from the database, and the picker's
 * code fetched, only when the user asks for them.
 */
export function QuickLog(props: { onChanged: (planned: PopupView | null) => void }) {
  const [opened, setOpened] = createSignal<Opened | null>(null);
  const [opening, setOpening] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);

  async function open() {
    if (opening()) return;
    setOpening(true);
    setFailure(null);
    try {
      const [{ QuickLogPicker }, { peopleToLog, read }] = await Promise.all([
        import('./quick-log-picker'),
        import('./popup-data'),
      ]);
      setOpened({ Picker: QuickLogPicker, people: await read(peopleToLog) });
    } catch (error) {
      setFailure(await failureText(error));
    } finally {
      setOpening(false);
    }
  }

  return (
    <section class="quick-log" aria-labelledby="quick-log-heading">
      <Show
        when={opened()}
        fallback={
          <QuickLogRow>
            {/* Only aria-disabled while the list loads: focus stays on the button. */}
            <button
              type="button"
              class="secondary quick-log-open"
              aria-disabled={opening()}
              onClick={() => void open()}
            >
              {t('quickLogPick')}
            </button>
          </QuickLogRow>
        }
      >
        {(current) => {
          const { Picker, people } = current();
          return (
            <div data-passing>
              <Picker people={people} onChanged={props.onChanged} />
            </div>
          );
        }}
      </Show>
      <Alert message={failure()} />
    </section>
  );
}
