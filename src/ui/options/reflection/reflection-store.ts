import { createResource, onCleanup, untrack } from 'solid-js';
import { now } from '../../../clock';
import { deleteReflection, listReflections, saveReflection } from '../../../db/reflections';
import { loadSettings } from '../../../db/settings';
import { weekStartOf } from '../../../domain/rules/reflection';
import { MINUTE_MS } from '../../../domain/time-units';
import type { Reflection, ReflectionSettings, Settings } from '../../../domain/types';
import { uiLanguage } from '../../../i18n';
import { keepSame, onChangeElsewhere } from '../../shared/data-changed';
import { read } from '../../shared/read';
import { write } from '../../shared/write';

export interface ReflectionData {
  settings: Settings;
  /** The Monday of the week it is now, in the schedule's zone. */
  weekStart: string;
  /** Every reflection, newest week first. */
  reflections: Reflection[];
}

const loadReflections = (): Promise<ReflectionData> =>
  read(async (db) => {
    const [settings, reflections, current] = await Promise.all([
      loadSettings(db),
      listReflections(db),
      now(),
    ]);
    return {
      settings,
      weekStart: weekStartOf(settings.schedule.timeZone, current.getTime()),
      reflections,
    };
  });

const newestFirst = (a: Reflection, b: Reflection) => b.weekStart.localeCompare(a.weekStart);

/** A week's Monday as the user reads a date ('23 Nov 2026'), whatever the machine's zone. */
export function weekText(weekStart: string): string {
  // A local date has no zone; noon UTC names the same day everywhere.
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${weekStart}T12:00:00Z`),
  );
}

/**
 * The reflections as the options page edits them: each change is written in its own
 * transaction, then shown, and the background is told so it replans (a week that has its
 * reflection gets no nudge). A delete returns what undo needs.
 */
export function createReflections() {
  const [data, { mutate, refetch }] = createResource(loadReflections);
  // Reflections written in another tab or window show here too; the rows that did not change
  // stay as they are (an edit form open in one keeps its text).
  onChangeElsewhere(['reflections', 'import', 'settings'], () => {
    // Read once, as the change comes in: an event, not a tracked scope.
    const shown = untrack(() => data.latest);
    if (!shown) return void refetch();
    loadReflections().then(
      (fresh) => mutate({ ...fresh, reflections: keepSame(shown.reflections, fresh.reflections) }),
      (error: unknown) => console.warn('Tend: a change made elsewhere was not read', error),
    );
  });

  // A page left open over the weekend: "this week" moves on when the user comes back to it,
  // and each minute while it is open, not only when it is reloaded.
  async function followTheWeek() {
    const current = data.latest;
    if (!current) return;
    const weekStart = weekStartOf(current.settings.schedule.timeZone, (await now()).getTime());
    const latest = data.latest;
    if (latest && weekStart !== latest.weekStart) mutate({ ...latest, weekStart });
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible') void followTheWeek();
  };
  document.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(() => void followTheWeek(), MINUTE_MS);
  onCleanup(() => {
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
  });

  function show(change: (list: Reflection[]) => Reflection[]) {
    const current = data.latest;
    if (current) mutate({ ...current, reflections: change(current.reflections).sort(newestFirst) });
  }

  return {
    data,
    /** Saves a form; `opened` is the week's reflection as it opened it (null: none). */
    save: async (reflection: Reflection, opened?: Reflection | null): Promise<Reflection> => {
      const stored = await write('reflections', (db) => saveReflection(db, reflection, opened));
      show((list) => [...list.filter((one) => one.weekStart !== stored.weekStart), stored]);
      return stored;
    },
    remove: async (id: string): Promise<Reflection | null> => {
      const deleted = await write('reflections', (db) => deleteReflection(db, id));
      show((list) => list.filter((one) => one.id !== id));
      return deleted;
    },
    /** Shows reminder settings saved by the settings form. */
    showSettings: (reflection: ReflectionSettings) => {
      const current = data.latest;
      if (current) mutate({ ...current, settings: { ...current.settings, reflection } });
    },
  };
}

export type Reflections = ReturnType<typeof createReflections>;
