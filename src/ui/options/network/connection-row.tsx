import { Show } from 'solid-js';
import type { Contact, Interaction } from '../../../domain/types';
import { t } from '../../../i18n';
import { DIRECTION_LABEL, KIND_LABEL, MODE_LABEL } from '../../shared/network-labels';
import { ConnectionForm } from './connection-form';
import { Isolating } from '../../shared/isolating';

/** One logged connection: when, who, what kind, with Edit and Delete; or its edit form. */
export function ConnectionRow(props: {
  interaction: Interaction;
  editing: boolean;
  /** The connection's moment and people as the list names them. */
  when: string;
  who: string;
  contacts: Contact[];
  now: number;
  timeZone: string;
  onEdit: () => void;
  onDelete: () => void;
  onSave: (changed: Interaction, opened: Interaction | null) => Promise<void>;
  onCancel: () => void;
}) {
  const named = () => t('connectionOn', [props.who, props.when]);
  return (
    <li class="connection-row">
      <Show
        when={props.editing}
        fallback={
          <>
            {/* The words and the two buttons keep apart: Edit and Delete stay together. */}
            <div class="connection-main">
              <span class="connection-when">{props.when}</span>{' '}
              <span class="connection-who">
                <Isolating text={props.who} />
              </span>{' '}
              <span class="muted">
                {t('connectionSummary', [
                  t(KIND_LABEL[props.interaction.kind]),
                  t(MODE_LABEL[props.interaction.mode]),
                  t(DIRECTION_LABEL[props.interaction.direction]),
                ])}
              </span>{' '}
            </div>
            <div class="row-actions">
              <button type="button" class="secondary" onClick={() => props.onEdit()}>
                {t('edit')}
                <span class="visually-hidden">
                  {' '}
                  <Isolating text={named()} />
                </span>
              </button>
              <button type="button" class="secondary" onClick={() => props.onDelete()}>
                {t('delete')}
                <span class="visually-hidden">
                  {' '}
                  <Isolating text={named()} />
                </span>
              </button>
            </div>
          </>
        }
      >
        <ConnectionForm
          initial={props.interaction}
          contacts={props.contacts}
          now={props.now}
          timeZone={props.timeZone}
          onCancel={() => props.onCancel()}
          onSave={props.onSave}
        />
      </Show>
    </li>
  );
}
