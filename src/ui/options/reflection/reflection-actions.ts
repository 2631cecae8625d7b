import { now } from '../../../clock';
import type { Reflection } from '../../../domain/types';
import { t } from '../../../i18n';
import { createUndoable } from '../../shared/undoable';
import { weekText, type ReflectionData, type Reflections } from './reflection-store';

/** Where the focus goes after each change, once the button pressed has gone. */
export interface ReflectionFocus {
  /** This week's form, or the line saying it is done. */
  thisWeek: () => void;
  /** A past week's row, by its Edit button. */
  row: (reflection: Reflection) => void;
  /** The heading of the past weeks. */
  past: () => void;
}

/** A week that was skipped: nothing said, and the nudge stays away. */
function skippedWeek(weekStart: string, createdAt: number): Reflection {
  return {
    id: crypto.randomUUID(),
    weekStart,
    energy: null,
    stress: null,
    connected: null,
    supported: null,
    note: '',
    createdAt,
  };
}

/**
 * What the reflection section does to the reflections, each with its Undo: save this
 * week's, skip it, change or delete a past one. Every change moves the focus on.
 */
export function createReflectionActions(
  props: { data: ReflectionData; reflections: Reflections },
  focus: ReflectionFocus,
) {
  const changes = createUndoable();
  // Undoing a save takes the week back to its form.
  const offerRemoval = (stored: Reflection, message: string) =>
    changes.setOffer({
      message,
      undo: async () => {
        await props.reflections.remove(stored.id);
        focus.thisWeek();
      },
    });

  return {
    changes,
    async saveNew(reflection: Reflection, opened: Reflection | null) {
      changes.setOffer(null);
      const stored = await props.reflections.save(reflection, opened);
      offerRemoval(stored, t('reflectionSaved', [weekText(stored.weekStart)]));
      focus.thisWeek();
    },
    async skip() {
      changes.setOffer(null);
      const { weekStart } = props.data;
      // Opened as a week with none: one saved elsewhere meanwhile is not skipped over.
      const skipped = skippedWeek(weekStart, (await now()).getTime());
      const stored = await props.reflections.save(skipped, null);
      offerRemoval(stored, t('reflectionSkippedStatus'));
      focus.thisWeek();
    },
    /** Saves an edit of a past week; `closed` once written, before the Undo is offered. */
    async saveEdit(changed: Reflection, opened: Reflection | null, closed: () => void) {
      const before = props.data.reflections.find((one) => one.id === changed.id);
      changes.setOffer(null);
      await props.reflections.save(changed, opened);
      closed();
      if (before) {
        changes.setOffer({
          message: t('reflectionChanged', [weekText(changed.weekStart)]),
          undo: async () => {
            await props.reflections.save(before);
            focus.row(before);
          },
        });
      }
      focus.row(changed);
    },
    remove: (reflection: Reflection) =>
      changes.attempt(async () => {
        const deleted = await props.reflections.remove(reflection.id);
        if (deleted) {
          changes.setOffer({
            message: t('reflectionDeleted', [weekText(deleted.weekStart)]),
            undo: async () => {
              await props.reflections.save(deleted);
              focus.row(deleted);
            },
          });
        }
        focus.past();
      }),
  };
}
