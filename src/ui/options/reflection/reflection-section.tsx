import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { now } from '../../../clock';
import {
  isSkipped,
  REFLECTION_ITEMS,
  type ReflectionItem,
} from '../../../domain/reflection-validation';
import type { Reflection } from '../../../domain/types';
import { t, type MessageKey } from '../../../i18n';
import { errorText } from '../../shared/format';
import { Loading } from '../../shared/loading';
import { UndoBar, type UndoOffer } from '../../shared/undo-bar';
import { ReflectionForm } from './reflection-form';
import { ReflectionSettingsForm } from './reflection-settings';
import {
  createReflections,
  weekText,
  type ReflectionData,
  type Reflections,
} from './reflection-store';
import './reflection.css';

const ITEM_SHORT: Record<ReflectionItem, MessageKey> = {
  energy: 'reflectionEnergyShort',
  stress: 'reflectionStressShort',
  connected: 'reflectionConnectedShort',
  supported: 'reflectionSupportedShort',
};

/** The weekly reflection: this week's form, the reflections so far, and when Tend asks. */
export function ReflectionSection() {
  const reflections = createReflections();
  return (
    <>
      <h2 id="reflection-heading">{t('sectionReflection')}</h2>
      <p class="muted">{t('reflectionIntro')}</p>
      <Loading>
        <Show when={reflections.data.latest}>
          {(data) => <ReflectionBody data={data()} reflections={reflections} />}
        </Show>
      </Loading>
    </>
  );
}

// The id of a row's Edit button, where the focus returns once that row's form closes.
const editButtonId = (reflection: Reflection) => `reflection-edit-${reflection.id}`;
// The id of the heading of a row's open form, where the focus goes when it opens.
const editHeadingId = (reflection: Reflection) => `reflection-editing-${reflection.id}`;

function ReflectionBody(props: { data: ReflectionData; reflections: Reflections }) {
  const [offer, setOffer] = createSignal<UndoOffer | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [editing, setEditing] = createSignal<string | null>(null);
  const thisWeek = createMemo(() =>
    props.data.reflections.find((one) => one.weekStart === props.data.weekStart),
  );
  let thisWeekHeading: HTMLHeadingElement | undefined;
  let thisWeekStatus: HTMLParagraphElement | undefined;
  let pastHeading: HTMLHeadingElement | undefined;

  // Every action here removes the button that was pressed (the form gives way, a row goes, an
  // Undo bar closes): the focus moves to what took its place, so keyboard users keep their
  // place and screen readers hear what changed.
  const focusLater = (target: () => HTMLElement | null | undefined) =>
    queueMicrotask(() => target()?.focus());
  // Read once, at the moment of focusing: whichever of the two is on the page then.
  const focusThisWeek = () =>
    focusLater(() => (untrack(thisWeek) ? thisWeekStatus : thisWeekHeading));
  const focusRow = (reflection: Reflection) =>
    focusLater(() => document.getElementById(editButtonId(reflection)) ?? pastHeading);

  async function saveNew(reflection: Reflection) {
    setOffer(null);
    const stored = await props.reflections.save(reflection);
    setOffer({
      message: t('reflectionSaved', [weekText(stored.weekStart)]),
      undo: async () => {
        await props.reflections.remove(stored.id);
        focusThisWeek();
      },
    });
    focusThisWeek();
  }

  async function skip() {
    setOffer(null);
    const { weekStart } = props.data;
    const stored = await props.reflections.save({
      id: crypto.randomUUID(),
      weekStart,
      energy: null,
      stress: null,
      connected: null,
      supported: null,
      note: '',
      createdAt: (await now()).getTime(),
    });
    setOffer({
      message: t('reflectionSkippedStatus'),
      undo: async () => {
        await props.reflections.remove(stored.id);
        focusThisWeek();
      },
    });
    focusThisWeek();
  }

  async function saveEdit(changed: Reflection) {
    const before = props.data.reflections.find((one) => one.id === changed.id);
    setOffer(null);
    await props.reflections.save(changed);
    setEditing(null);
    if (before) {
      setOffer({
        message: t('reflectionChanged', [weekText(changed.weekStart)]),
        undo: async () => {
          await props.reflections.save(before);
          focusRow(before);
        },
      });
    }
    focusRow(changed);
  }

  function startEdit(reflection: Reflection) {
    setEditing(reflection.id);
    focusLater(() => document.getElementById(editHeadingId(reflection)));
  }

  function cancelEdit(reflection: Reflection) {
    setEditing(null);
    focusRow(reflection);
  }

  async function remove(reflection: Reflection) {
    setFailure(null);
    // The last action's Undo must not stay clickable while this one is written.
    setOffer(null);
    try {
      const deleted = await props.reflections.remove(reflection.id);
      if (deleted) {
        setOffer({
          message: t('reflectionDeleted', [weekText(deleted.weekStart)]),
          undo: async () => {
            await props.reflections.save(deleted);
            focusRow(deleted);
          },
        });
      }
      focusLater(() => pastHeading);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  const summary = (reflection: Reflection) =>
    REFLECTION_ITEMS.map((item) => {
      const value = reflection[item];
      return value === null
        ? t('reflectionItemUnset', [t(ITEM_SHORT[item])])
        : t('reflectionItemValue', [t(ITEM_SHORT[item]), String(value)]);
    });

  return (
    <div class="reflection">
      <h3 tabindex="-1" ref={(element) => (thisWeekHeading = element)}>
        {t('reflectionThisWeekHeading', [weekText(props.data.weekStart)])}
      </h3>
      <Show
        when={thisWeek()}
        fallback={
          <ReflectionForm
            weekStart={props.data.weekStart}
            initial={null}
            onSave={saveNew}
            onSkip={skip}
          />
        }
      >
        {(done) => (
          <p class="status" tabindex="-1" ref={(element) => (thisWeekStatus = element)}>
            {isSkipped(done()) ? t('reflectionThisWeekSkipped') : t('reflectionThisWeekDone')}
          </p>
        )}
      </Show>
      <UndoBar offer={offer()} onDone={() => setOffer(null)} onError={setFailure} />
      <Show when={failure()}>
        {(message) => (
          <p class="alert" role="alert">
            {t('actionFailed', [message()])}
          </p>
        )}
      </Show>
      <h3 tabindex="-1" ref={(element) => (pastHeading = element)}>
        {t('reflectionPastHeading')}
      </h3>
      <Show
        when={props.data.reflections.length > 0}
        fallback={<p class="muted">{t('reflectionEmpty')}</p>}
      >
        <ol class="reflection-list" aria-label={t('reflectionListLabel')}>
          <For each={props.data.reflections}>
            {(reflection) => (
              <li class="reflection-row">
                <Show
                  when={editing() === reflection.id}
                  fallback={
                    <>
                      <p class="reflection-week">
                        {t('reflectionWeekOf', [weekText(reflection.weekStart)])}
                      </p>
                      <Show
                        when={!isSkipped(reflection)}
                        fallback={<p class="muted">{t('reflectionSkippedLabel')}</p>}
                      >
                        <ul class="reflection-items">
                          <For each={summary(reflection)}>{(line) => <li>{line}</li>}</For>
                        </ul>
                        <Show when={reflection.note}>
                          <p class="reflection-note">{reflection.note}</p>
                        </Show>
                      </Show>
                      <div class="form-actions">
                        <button
                          type="button"
                          class="secondary"
                          id={editButtonId(reflection)}
                          onClick={() => startEdit(reflection)}
                        >
                          {t('edit')}
                          <span class="visually-hidden">
                            {' '}
                            {t('reflectionWeekOf', [weekText(reflection.weekStart)])}
                          </span>
                        </button>
                        <button
                          type="button"
                          class="secondary"
                          onClick={() => void remove(reflection)}
                        >
                          {t('delete')}
                          <span class="visually-hidden">
                            {' '}
                            {t('reflectionWeekOf', [weekText(reflection.weekStart)])}
                          </span>
                        </button>
                      </div>
                    </>
                  }
                >
                  <h4 id={editHeadingId(reflection)} tabindex="-1">
                    {t('reflectionWeekOf', [weekText(reflection.weekStart)])}
                  </h4>
                  <ReflectionForm
                    weekStart={reflection.weekStart}
                    initial={reflection}
                    onSave={saveEdit}
                    onCancel={() => cancelEdit(reflection)}
                  />
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <ReflectionSettingsForm
        initial={props.data.settings.reflection}
        schedule={props.data.settings.schedule}
        onSaved={(reflection) => props.reflections.showSettings(reflection)}
      />
    </div>
  );
}
