import { createSignal, For, Show } from 'solid-js';
import { updateSettings } from '../../../db/settings';
import type { NudgeKind } from '../../../domain/types';
import { t } from '../../../i18n';
import { errorText } from '../../shared/format';
import { NUDGE_KIND_LABEL } from '../../../text/nudge-kinds';
import { write } from '../../shared/write';
import { Alert } from '../../shared/status-line';

/** The kinds of nudge turned off (from a notification or a page), each with a way back on. */
export function MutedKinds(props: { initial: NudgeKind[] }) {
  // The list edits its own copy from here on.
  const [muted, setMuted] = createSignal<NudgeKind[]>(props.initial);
  const [failure, setFailure] = createSignal<string | null>(null);

  async function turnOn(kind: NudgeKind) {
    try {
      const saved = await write('settings', (db) =>
        updateSettings(db, (current) => ({
          ...current,
          mutedKinds: current.mutedKinds.filter((other) => other !== kind),
        })),
      );
      setMuted(saved.mutedKinds);
    } catch (error) {
      setFailure(t('actionFailed', [errorText(error)]));
    }
  }

  return (
    <section aria-labelledby="muted-heading" class="muted-kinds">
      <h3 id="muted-heading">{t('mutedHeading')}</h3>
      <Show when={muted().length > 0} fallback={<p class="muted">{t('mutedNone')}</p>}>
        <ul>
          <For each={muted()}>
            {(kind) => (
              <li>
                {t(NUDGE_KIND_LABEL[kind])}{' '}
                <button type="button" class="secondary" onClick={() => void turnOn(kind)}>
                  {t('mutedTurnOn')}
                  <span class="visually-hidden"> {t(NUDGE_KIND_LABEL[kind])}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Alert message={failure()} />
    </section>
  );
}
