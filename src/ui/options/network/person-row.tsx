import { For, Show } from 'solid-js';
import { reachLink } from '../../../domain/network/reach-link';
import type { Contact, ReachWay } from '../../../domain/types';
import { t, uiLanguage } from '../../../i18n';
import { listText } from '../../shared/format';
import { REACH_LABEL, ROLE_LABEL } from '../../shared/network-labels';
import { sinceText } from '../../shared/relative-time';

function ReachLink(props: { way: ReachWay }) {
  const link = () => reachLink(props.way);
  const href = () => {
    const result = link();
    return result.ok ? result.href : null;
  };
  return (
    <Show
      when={href()}
      fallback={
        <span>{t('reachWithValue', [t(REACH_LABEL[props.way.kind]), props.way.value])}</span>
      }
    >
      {(url) => (
        <a
          href={url()}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('reachWithValue', [t(REACH_LABEL[props.way.kind]), props.way.value])}
        >
          {t(REACH_LABEL[props.way.kind])}
        </a>
      )}
    </Show>
  );
}

/** One person in the network list: who, how to reach them, when last in touch, actions. */
export function PersonRow(props: {
  contact: Contact;
  due: boolean;
  now: number;
  timeZone: string;
  onEdit: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onSnooze: (snoozed: boolean) => void;
}) {
  const snoozedUntil = () =>
    props.contact.snoozedUntil !== null && props.contact.snoozedUntil > props.now
      ? props.contact.snoozedUntil
      : null;
  return (
    <li class="person-row" classList={{ archived: props.contact.archived }}>
      <div class="person-main">
        <bdi class="person-name" title={props.contact.name}>
          {props.contact.name}
        </bdi>
        <Show when={props.due}>
          <span class="badge">{t('dueToReconnect')}</span>
        </Show>
        <Show when={snoozedUntil()}>
          {(until) => (
            <span class="badge muted">
              {t('snoozedUntil', [
                new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(until()),
              ])}
            </span>
          )}
        </Show>
        <Show when={props.contact.archived}>
          <span class="badge muted">{t('archived')}</span>
        </Show>
        <span class="muted">
          {listText(props.contact.roles.map((role) => t(ROLE_LABEL[role])))}
        </span>
        <span class="muted">
          {t('lastContact', [sinceText(props.contact.lastContactAt, props.now, props.timeZone)])}
        </span>
      </div>
      <div class="person-reach">
        <For each={props.contact.reach}>{(way) => <ReachLink way={way} />}</For>
      </div>
      <div class="person-actions">
        <Show when={props.due || snoozedUntil() !== null}>
          <button
            type="button"
            class="secondary"
            onClick={() => props.onSnooze(snoozedUntil() === null)}
          >
            {snoozedUntil() === null ? t('snoozeWeek') : t('unsnooze')}
            <span class="visually-hidden"> {props.contact.name}</span>
          </button>
        </Show>
        <button type="button" class="secondary" onClick={() => props.onEdit()}>
          {t('edit')}
          <span class="visually-hidden"> {props.contact.name}</span>
        </button>
        <button type="button" class="secondary" onClick={() => props.onArchive()}>
          {props.contact.archived ? t('unarchive') : t('archive')}
          <span class="visually-hidden"> {props.contact.name}</span>
        </button>
        <button type="button" class="secondary" onClick={() => props.onDelete()}>
          {t('delete')}
          <span class="visually-hidden"> {props.contact.name}</span>
        </button>
      </div>
    </li>
  );
}
