import { addDays } from 'date-fns/addDays';
import { now } from '../../clock';
import { snoozeContact } from '../../db/contacts';
import { PERSON_SNOOZE_DAYS } from '../../domain/pause';
import { t } from '../../i18n';
import { isolated } from '../../text/isolate';
import type { UndoOffer } from '../shared/undo-bar';
import { writeAndPlan } from '../shared/write';
import type { OverdueView, PopupView } from './load-today';

/**
 * Puts `person` off reconnect nudges for a week ("not this week"): the view the background
 * planned after it, and the undo bar's offer, whose undo hands `undone` the view after it.
 * In the popup's data chunk: a usual open snoozes no one.
 */
export async function snoozePerson(
  person: OverdueView,
  undone: (view: PopupView | null) => void,
): Promise<{ view: PopupView | null; offer: UndoOffer }> {
  const at = await now();
  const until = addDays(at, PERSON_SNOOZE_DAYS).getTime();
  const { view } = await writeAndPlan('contacts', (db) =>
    snoozeContact(db, person.id, until, at.getTime()),
  );
  const offer = {
    message: t('reachOutSnoozed', [isolated(person.name)]),
    undo: async () => {
      const undoAt = (await now()).getTime();
      const after = await writeAndPlan('contacts', (db) =>
        snoozeContact(db, person.id, person.snoozedUntil, undoAt),
      );
      undone(after.view);
    },
  };
  return { view, offer };
}
