import { createSignal, Show } from 'solid-js';
import { addMinutes } from 'date-fns';
import { now } from '../../clock';
import { recordTransition } from '../../db/activity';
import { snoozeKind } from '../../db/meta';
import { updateSettings } from '../../db/settings';
import { NUDGE_SNOOZE_MINUTES } from '../../domain/pause';
import type { NudgeKind } from '../../domain/types';
import { t } from '../../i18n';
import { NUDGE_KIND_LABEL } from '../../text/nudge-kinds';
import { NUDGE_WHY } from '../../text/nudge-why';
import { errorText } from '../shared/format';
import { Status } from '../shared/status-line';
import { write } from '../shared/write';

const END_OF_DAY: readonly NudgeKind[] = ['wrap-up', 'boundary', 'hours-limit'];

/**
 * Shown when a notification was clicked: why it came, and everything it offers (Firefox
 * notifications have no buttons), including turning that kind of nudge off.
 */
export function NudgeBanner(props: { kind: NudgeKind }) {
  const [done, setDone] = createSignal<string | null>(null);
  const [muted, setMuted] = createSignal(false);

  async function act(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      setDone(message);
    } catch (error) {
      setDone(t('actionFailed', [errorText(error)]));
    }
  }

  async function setMute(on: boolean) {
    const { kind } = props;
    await act(
      async () => {
        await write('settings', (db) =>
          updateSettings(db, (current) => ({
            ...current,
            mutedKinds: on
              ? [...new Set([...current.mutedKinds, kind])]
              : current.mutedKinds.filter((other) => other !== kind),
          })),
        );
        setMuted(on);
      },
      t(on ? 'bannerMuted' : 'bannerUnmuted'),
    );
  }

  const why = () => NUDGE_WHY[props.kind];
  return (
    <aside class="card nudge-banner" aria-labelledby="banner-heading">
      <h2 id="banner-heading">{t('bannerHeading', [t(NUDGE_KIND_LABEL[props.kind])])}</h2>
      <Show when={why()}>{(key) => <p>{t(key())}</p>}</Show>
      <div class="form-actions">
        <Show when={END_OF_DAY.includes(props.kind)}>
          <button
            type="button"
            onClick={() =>
              void act(async () => {
                const at = (await now()).getTime();
                await write('activity', (db) => recordTransition(db, { at, state: 'clock-out' }));
              }, t('bannerDayEnded'))
            }
          >
            {t('actionEndDay')}
          </button>
        </Show>
        {/* Only boundary reminders repeat; a snooze of a one-time reminder would promise nothing. */}
        <Show when={props.kind === 'boundary'}>
          <button
            type="button"
            class="secondary"
            onClick={() =>
              void act(async () => {
                const { kind } = props;
                const until = addMinutes(await now(), NUDGE_SNOOZE_MINUTES).getTime();
                await write('activity', (db) => snoozeKind(db, kind, until));
              }, t('bannerSnoozed'))
            }
          >
            {t('actionSnoozeHour')}
          </button>
        </Show>
        <Show
          when={muted()}
          fallback={
            <button type="button" class="secondary" onClick={() => void setMute(true)}>
              {t('bannerTurnOff')}
            </button>
          }
        >
          <button type="button" class="secondary" onClick={() => void setMute(false)}>
            {t('undo')}
          </button>
        </Show>
      </div>
      <Status message={done()} />
    </aside>
  );
}
