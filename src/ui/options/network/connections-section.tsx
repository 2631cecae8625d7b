import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { Interaction } from '../../../domain/types';
import { t, uiLanguage } from '../../../i18n';
import { plural } from '../../../plural';
import { listText } from '../../shared/format';
import { Loading } from '../../shared/loading';
import { Alert } from '../../shared/status-line';
import { UndoBar } from '../../shared/undo-bar';
import { createUndoable } from '../../shared/undoable';
import { checkInPreset } from './check-in-preset';
import { ConnectionForm } from './connection-form';
import { ConnectionRow } from './connection-row';
import { createNetwork, RECENT_DAYS, type Network, type NetworkData } from './network-store';
import { isolated } from '../../../text/isolate';

const PAGE = 50;

/** Log a connection, and the connections of the last 90 days with edit, delete and undo. */
export function ConnectionsSection() {
  // One more than a page: "Show more" is there from the first frame when there are more.
  const network = createNetwork({ newestFirst: PAGE + 1 });
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
  const changes = createUndoable();
  const [editing, setEditing] = createSignal<string | null>(null);
  const [limit, setLimit] = createSignal(PAGE);
  const active = createMemo(() => props.data.contacts.filter((contact) => !contact.archived));
  const names = createMemo(
    () => new Map(props.data.contacts.map((contact) => [contact.id, contact.name])),
  );
  const newestFirst = createMemo(() => [...props.data.interactions].reverse());
  const zone = () => props.data.settings.schedule.timeZone;
  // One formatter for the whole list: building one per row took most of its first render.
  const whenFormat = createMemo(
    () =>
      new Intl.DateTimeFormat(uiLanguage(), {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: zone(),
      }),
  );
  const when = (at: number) => whenFormat().format(at);
  const who = (interaction: Interaction) =>
    listText(
      interaction.contactIds.map((id) => {
        const name = names().get(id);
        return name === undefined ? t('someoneDeleted') : isolated(name);
      }),
    );

  function remove(interaction: Interaction) {
    const { network } = props;
    const message = t('connectionDeleted', [who(interaction)]);
    return changes.attempt(async () => {
      const deleted = await network.removeInteraction(interaction.id);
      changes.setOffer({
        message,
        undo: () => network.log(deleted),
      });
    });
  }

  async function logNew(interaction: Interaction) {
    changes.setOffer(null);
    await props.network.log(interaction);
    changes.setOffer({
      message: t('connectionLogged', [who(interaction)]),
      undo: async () => void (await props.network.removeInteraction(interaction.id)),
    });
  }

  async function saveEdit(changed: Interaction, opened: Interaction | null) {
    const { network } = props;
    const before = props.data.interactions.find((other) => other.id === changed.id);
    changes.setOffer(null);
    await network.update(changed, opened);
    setEditing(null);
    if (before) {
      changes.setOffer({
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
          timeZone={zone()}
          onSave={logNew}
        />
      </Show>
      <UndoBar
        offer={changes.offer()}
        onDone={() => changes.setOffer(null)}
        onError={changes.undoFailed}
      />
      <Alert message={changes.failure()} />
      <h3>{plural('connectionsRecent', RECENT_DAYS)}</h3>
      <ol class="connection-list" aria-label={plural('connectionsRecent', RECENT_DAYS)}>
        <For
          each={newestFirst().slice(0, limit())}
          fallback={<p class="muted">{t('noConnectionsYet')}</p>}
        >
          {(interaction) => (
            <ConnectionRow
              interaction={interaction}
              editing={editing() === interaction.id}
              when={when(interaction.at)}
              who={who(interaction)}
              contacts={props.data.contacts}
              now={props.data.now}
              timeZone={zone()}
              onEdit={() => setEditing(interaction.id)}
              onDelete={() => void remove(interaction)}
              onSave={saveEdit}
              onCancel={() => setEditing(null)}
            />
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
