import { Match, Switch } from 'solid-js';
import type { Settings } from '../../../domain/types';
import { t } from '../../../i18n';
import { Alert, Status } from '../../shared/status-line';

/** How the last save went, with the way back from it. */
export type Outcome =
  | { kind: 'idle' }
  | { kind: 'saved'; previous: Settings }
  | { kind: 'undone' }
  | { kind: 'failed'; message: string };

/** What the last save or undo came to: Saved with Undo, Undone, or why it failed. */
export function HoursOutcome(props: { outcome: Outcome; onUndo: (previous: Settings) => void }) {
  const saved = () => (props.outcome.kind === 'saved' ? props.outcome : undefined);
  const failed = () => (props.outcome.kind === 'failed' ? props.outcome : undefined);
  return (
    <Switch>
      <Match when={saved()}>
        {(current) => (
          <p class="status" role="status">
            {t('saved')}{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => props.onUndo(current().previous)}
            >
              {t('undo')}
            </button>
          </p>
        )}
      </Match>
      <Match when={props.outcome.kind === 'undone'}>
        <Status message={t('undone')} />
      </Match>
      <Match when={failed()}>
        {(current) => <Alert message={t('saveFailed', [current().message])} />}
      </Match>
    </Switch>
  );
}
