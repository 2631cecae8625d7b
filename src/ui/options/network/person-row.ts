import { reachLink } from '../../../domain/network/reach-link';
import type { Contact, ReachKind, ReachWay, Role } from '../../../domain/types';
import { t, uiLanguage, type MessageKey } from '../../../i18n';
import { listText } from '../../shared/format';
import { REACH_LABEL, ROLE_LABEL } from '../../shared/network-labels';
import { sinceText } from '../../shared/relative-time';

// The network section opens with every row of a few hundred people in one frame, so a row is
// built by hand rather than by components: a clone of one skeleton that already holds what
// every row has (the classes, the buttons and their words), and then only what is this
// person's. As components, each row made a dozen reactive computations and set its parts
// and attributes one by one, most of the section's time to open (seed profile, 300 people).

/** What a row shows that may change while it is kept (fresh data, a day later, a new zone). */
export interface PersonRowState {
  due: boolean;
  now: number;
  timeZone: string;
}

/** What the row's buttons do. */
export interface PersonRowActions {
  onEdit: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onSnooze: (snoozed: boolean) => void;
}

/** A person's row, and how to show it again for a new state (the person stays the same). */
export interface PersonRowView {
  row: HTMLLIElement;
  show: (state: PersonRowState) => void;
}

const element = (tag: string, className: string, text?: string) => {
  const made = document.createElement(tag);
  if (className !== '') made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
};

/** The text node after the space in a button's unseen part, for the person's name. */
const unseenName = (button: Element) => button.lastChild!.lastChild as Text;

/** A button whose name is its word and, unseen, the person's name ("Edit Ana"). */
const actionButton = (word: string) => {
  const button = element('button', 'secondary', word) as HTMLButtonElement;
  button.type = 'button';
  button.append(element('span', 'visually-hidden', ' '));
  return button;
};

// The words are the page's language, which does not change while it is open.
let skeleton: HTMLLIElement | null = null;
function rowSkeleton(): HTMLLIElement {
  if (skeleton !== null) return skeleton;
  skeleton = element('li', 'person-row') as HTMLLIElement;
  const main = element('div', 'person-main');
  main.append(element('bdi', 'person-name'), element('span', 'muted'), element('span', 'muted'));
  const actions = element('div', 'person-actions');
  actions.append(actionButton(t('edit')), actionButton(t('archive')), actionButton(t('delete')));
  skeleton.append(main, element('div', 'person-reach'), actions);
  return skeleton;
}

const words = new Map<MessageKey, string>();
/** A catalogue word without substitutions, asked of the browser once per page. */
const word = (key: MessageKey) => {
  let text = words.get(key);
  if (text === undefined) words.set(key, (text = t(key)));
  return text;
};
const roleWord = (role: Role) => word(ROLE_LABEL[role]);
const reachWord = (kind: ReachKind) => word(REACH_LABEL[kind]);

let dateFormat: Intl.DateTimeFormat | null = null;
const mediumDate = (at: number) =>
  (dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' })).format(at);

/** A link to reach them when the way has one (its name says the value), or the value in words. */
function reachElement(way: ReachWay): Element {
  const result = reachLink(way);
  const named = t('reachWithValue', [reachWord(way.kind), way.value]);
  if (!result.ok || result.href === null) return element('span', '', named);
  const link = element('a', '', reachWord(way.kind)) as HTMLAnchorElement;
  link.href = result.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.setAttribute('aria-label', named);
  return link;
}

/** The name that a long name, cut short by the row's width, shows whole as a tooltip. */
export function showWholeName(event: Event) {
  const target = event.target;
  const name = target instanceof Element ? target.closest('.person-name') : null;
  // Set when the pointer comes to it, not for every row the list builds.
  if (name instanceof HTMLElement && name.title === '') name.title = name.textContent ?? '';
}

/**
 * One person in the network list: who, how to reach them, when last in touch, actions.
 * Nothing in it is reactive: a list of hundreds of rows shows fresh data by calling `show`
 * on each, rather than by a computation per row.
 */
export function personRow(
  contact: Contact,
  state: PersonRowState,
  on: PersonRowActions,
): PersonRowView {
  const row = rowSkeleton().cloneNode(true) as HTMLLIElement;
  const main = row.firstElementChild!;
  const reach = main.nextElementSibling!;
  const actions = reach.nextElementSibling!;
  const name = main.firstElementChild!;
  const roles = name.nextElementSibling!;
  const last = roles.nextElementSibling!;
  const edit = actions.firstElementChild!;
  const archive = edit.nextElementSibling!;
  const remove = archive.nextElementSibling!;
  name.textContent = contact.name;
  roles.textContent = listText(contact.roles.map(roleWord));
  unseenName(edit).appendData(contact.name);
  unseenName(archive).appendData(contact.name);
  unseenName(remove).appendData(contact.name);
  if (contact.archived) {
    row.classList.add('archived');
    archive.firstChild!.textContent = word('unarchive');
    roles.before(element('span', 'badge muted', word('archived')));
  }
  if (contact.reach.length === 0) reach.remove();
  else reach.append(...contact.reach.map(reachElement));

  // Due and snoozed show as badges before the archived one, and with a button to snooze.
  let shownState = '';
  let snoozed = false;
  let dated: Element[] = [];
  const show = ({ due, now, timeZone }: PersonRowState) => {
    last.textContent = t('lastContact', [sinceText(contact.lastContactAt, now, timeZone)]);
    const until =
      contact.snoozedUntil !== null && contact.snoozedUntil > now ? contact.snoozedUntil : null;
    const key = `${due} ${until}`;
    if (key === shownState) return;
    shownState = key;
    snoozed = until !== null;
    for (const old of dated) old.remove();
    dated = [];
    if (due) dated.push(element('span', 'badge', word('dueToReconnect')));
    if (until !== null) {
      dated.push(element('span', 'badge muted', t('snoozedUntil', [mediumDate(until)])));
    }
    name.after(...dated);
    if (due || until !== null) {
      const snooze = actionButton(until === null ? word('snoozeWeek') : word('unsnooze'));
      unseenName(snooze).appendData(contact.name);
      edit.before(snooze);
      dated.push(snooze);
    }
  };
  show(state);

  row.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button === edit) on.onEdit();
    else if (button === archive) on.onArchive();
    else if (button === remove) on.onDelete();
    else if (button !== null && dated.includes(button)) on.onSnooze(!snoozed);
  });
  return { row, show };
}
