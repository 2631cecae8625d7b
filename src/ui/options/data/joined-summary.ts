import { t } from '../../../i18n';
import type { LocalWrite } from '../../../sync/apply';

// Beyond this many names a list says how many more.
const NAMES_SHOWN = 5;

function names(list: string[]): string {
  if (list.length <= NAMES_SHOWN) return list.join(', ');
  const shown = list.slice(0, NAMES_SHOWN).join(', ');
  return t('syncJoinedMore', [shown, String(list.length - NAMES_SHOWN)]);
}

/**
 * What a first join brought, in the words the Undo offer shows: the people and check-ins by
 * name, added apart from changed, the connections counted, and whether the settings came.
 */
export function joinedSummary(joined: LocalWrite[]): string {
  const added = { people: [] as string[], checkIns: [] as string[] };
  const changed = { people: [] as string[], checkIns: [] as string[] };
  let connections = 0;
  let removed = 0;
  let settings = false;
  for (const write of joined) {
    if (write.record === null) {
      removed++;
      continue;
    }
    if (write.collection === 'contacts') {
      (write.before ? changed : added).people.push(write.record.name);
    } else if (write.collection === 'checkIns') {
      (write.before ? changed : added).checkIns.push(write.record.title);
    } else if (write.collection === 'interactions') connections++;
    else if (write.collection === 'settings') settings = true;
  }
  const parts = [t('syncJoined')];
  if (added.people.length > 0) parts.push(t('syncJoinedPeopleAdded', [names(added.people)]));
  if (changed.people.length > 0) parts.push(t('syncJoinedPeopleChanged', [names(changed.people)]));
  if (added.checkIns.length > 0) parts.push(t('syncJoinedCheckInsAdded', [names(added.checkIns)]));
  if (changed.checkIns.length > 0) {
    parts.push(t('syncJoinedCheckInsChanged', [names(changed.checkIns)]));
  }
  if (connections > 0) parts.push(t('syncJoinedConnections', [String(connections)]));
  if (removed > 0) parts.push(t('syncJoinedRemoved', [String(removed)]));
  if (settings) parts.push(t('syncJoinedSettings'));
  return parts.join(' ');
}
