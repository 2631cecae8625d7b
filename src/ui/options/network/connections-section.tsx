import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { Interaction } from '../../../domain/types';
import { t, uiLanguage } from '../../../i18n';
import { errorText, listText } from '../../shared/format';
import { Loading } from '../../shared/loading';
import { DIRECTION_LABEL, KIND_LABEL, MODE_LABEL } from '../../shared/network-labels';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { checkInPreset } from './check-in-preset';
import { ConnectionForm } from './connection-form';
import { createNetwork, RECENT_DAYS, type Network, type NetworkData } from './network-store';

const PAGE = 50;

/** Log a connection, and the connections of the last 90 days with edit, delete and undo. */
export function ConnectionsSection() {
  const network = createNetwork();
  return (
    <>
      <h2 id="connections-heading">{t('sectionConnections')}</h2>
      <p class="muted">{t('connectionsIntro')}</p>
      <Loading>
        <Show when={network.data.latest}>
          {(data) => <ConnectionsBody data={data()} network={network} />}
        </Show>
      </Loading>
    </>
  );
}

function ConnectionsBody(props: { data: NetworkData; network: Network }) {
  // Arriving from a check-in's log prompt, the form starts filled in from that check-in.
  const [preset] = createResource(() => checkInPreset(location.search));
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [editing, setEditing] = createSignal<string | null>(null);
  const [limit, setLimit] = createSignal(PAGE);
  const active = createMemo(() => props.data.contacts.filter((contact) => !contact.archived));
  const names = createMemo(
    () => new Map(props.data.contacts.map((contact) => [contact.id, contact.name])),
  );
  const newestFirst = createMemo(() => [...props.data.interactions].reverse());
  const when = (at: number) =>
    new Intl.DateTimeFormat(uiLanguage(), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: props.data.settings.schedule.timeZone,
    }).format(at);
  const who = (interaction: Interaction) =>
    listText(interaction.contactIds.map((id) => names().get(id) ?? t('someoneDeleted')));

  async function remove(interaction: Interaction) {
    setFailure(null);
    // The last action's Undo must not stay clickable while this one is written: it would
    // undo the wrong thing.
    setOffer(null);
    try {
      const deleted = await props.network.removeInteraction(interaction.id);
      setOffer({
        message: t('connectionDeleted', [who(interaction)]),
        undo: () => props.network.log(deleted),
      });
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  async function logNew(interaction: Interaction) {
    setOffer(null);
    await props.network.log(interaction);
    setOffer({
      message: t('connectionLogged', [who(interaction)]),
      undo: async () => void (await props.network.removeInteraction(interaction.id)),
    });
  }

  async function saveEdit(changed: Interaction) {
    const { network } = props;
    const before = props.data.interactions.find((other) => other.id === changed.id);
    setOffer(null);
    await network.update(changed);
    setEditing(null);
    if (before) {
      setOffer({
        message: t('connectionSaved', [who(changed)]),
        undo: () => network.update(before),
      });
    }
  }

  return (
    <div class="connections">
      <Show when={!preset.loading} fallback={<p class="muted">{t('loading')}</p>}>
        <ConnectionForm
          initial={null}
          preset={preset() ?? null}
          contacts={active()}
          now={props.data.now}
          timeZone={props.data.settings.schedule.timeZone}
          onSave={logNew}
        />
      </Show>
      <UndoBar offer={offer()} onDone={() => setOffer(null)} onError={setFailure} />
      <Show when={failure()}>
        {(message) => (
          <p class="alert" role="alert">
            {t('actionFailed', [message()])}
          </p>
        )}
      </Show>
      <h3>{t('connectionsRecent', [String(RECENT_DAYS)])}</h3>
      <ol class="connection-list" aria-label={t('connectionsRecent', [String(RECENT_DAYS)])}>
        <For
          each={newestFirst().slice(0, limit())}
          fallback={<p class="muted">{t('noConnectionsYet')}</p>}
        >
          {(interaction) => (
            <li class="connection-row">
              <Show
                when={editing() === interaction.id}
                fallback={
                  <>
                    <span class="connection-when">{when(interaction.at)}</span>{' '}
                    <span class="connection-who">{who(interaction)}</span>{' '}
                    <span class="muted">
                      {t('connectionSummary', [
                        t(KIND_LABEL[interaction.kind]),
                        t(MODE_LABEL[interaction.mode]),
                        t(DIRECTION_LABEL[interaction.direction]),
                      ])}
                    </span>{' '}
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => setEditing(interaction.id)}
                    >
                      {t('edit')}
                      <span class="visually-hidden">
                        {' '}
                        {t('connectionOn', [who(interaction), when(interaction.at)])}
                      </span>
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => void remove(interaction)}
                    >
                      {t('delete')}
                      <span class="visually-hidden">
                        {' '}
                        {t('connectionOn', [who(interaction), when(interaction.at)])}
                      </span>
                    </button>
                  </>
                }
              >
                <ConnectionForm
                  initial={interaction}
                  contacts={props.data.contacts}
                  now={props.data.now}
                  timeZone={props.data.settings.schedule.timeZone}
                  onCancel={() => setEditing(null)}
                  onSave={saveEdit}
                />
              </Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={newestFirst().length > limit()}>
        <button type="button" class="secondary" onClick={() => setLimit((shown) => shown + PAGE)}>
          {t('showMore')}
        </button>
      </Show>
    </div>
  );
}
