import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { isSkipped } from '../../../domain/reflection-validation';
import type { Reflection } from '../../../domain/types';
import { t } from '../../../i18n';
import { Loading } from '../../shared/loading';
import { Alert } from '../../shared/status-line';
import { UndoBar } from '../../shared/undo-bar';
import { createReflectionActions } from './reflection-actions';
import { ReflectionForm } from './reflection-form';
import { editButtonId, editHeadingId, ReflectionRow } from './reflection-row';
import { ReflectionSettingsForm } from './reflection-settings';
import {
  createReflections,
  weekText,
  type ReflectionData,
  type Reflections,
} from './reflection-store';
import './reflection.css';

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

function ReflectionBody(props: { data: ReflectionData; reflections: Reflections }) {
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
  const focusRow = (reflection: Reflection) =>
    focusLater(() => document.getElementById(editButtonId(reflection)) ?? pastHeading);
  const actions = createReflectionActions(props, {
    // Read once, at the moment of focusing: whichever of the two is on the page then.
    thisWeek: () => focusLater(() => (untrack(thisWeek) ? thisWeekStatus : thisWeekHeading)),
    row: focusRow,
    past: () => focusLater(() => pastHeading),
  });
  const { changes } = actions;

  function startEdit(reflection: Reflection) {
    setEditing(reflection.id);
    focusLater(() => document.getElementById(editHeadingId(reflection)));
  }

  function cancelEdit(reflection: Reflection) {
    setEditing(null);
    focusRow(reflection);
  }

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
            onSave={actions.saveNew}
            onSkip={actions.skip}
          />
        }
      >
        {(done) => (
          <p class="status" tabindex="-1" ref={(element) => (thisWeekStatus = element)}>
            {isSkipped(done()) ? t('reflectionThisWeekSkipped') : t('reflectionThisWeekDone')}
          </p>
        )}
      </Show>
      <UndoBar
        offer={changes.offer()}
        onDone={() => changes.setOffer(null)}
        onError={changes.undoFailed}
      />
      <Alert message={changes.failure()} />
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
              <ReflectionRow
                reflection={reflection}
                editing={editing() === reflection.id}
                onEdit={() => startEdit(reflection)}
                onDelete={() => void actions.remove(reflection)}
                onSave={(changed, opened) =>
                  actions.saveEdit(changed, opened, () => setEditing(null))
                }
                onCancel={() => cancelEdit(reflection)}
              />
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
