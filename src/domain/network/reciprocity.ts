import { tz } from '@date-fns/tz';
import { subDays } from 'date-fns';
import type { Contact, Interaction } from '../types';

/** How many logged connections the user gave support in, received it in, or both. */
export interface Flow {
  gave: number;
  received: number;
  both: number;
}

/** Whether support flows both ways, mostly one way, or there is too little to say. */
export type FlowBalance = 'balanced' | 'mostly-giving' | 'mostly-receiving' | 'too-few';

/** How support flowed with one person, and a next step when it only flows one way. */
export interface PersonReciprocity {
  contactId: string;
  flow: Flow;
  balance: FlowBalance;
  suggestion: 'thank-them' | 'ask-for-support' | null;
}

// Two connections say nothing about a pattern; three may.
const MIN_CONNECTIONS = 3;
// One way means at least 4 in 5 of all connections went that way; those that went both
// ways count against it, being the opposite of one way. Whole numbers, no float rounding.
function isMostly(share: number, n: number): boolean {
  return share * 5 >= n * 4;
}

function total(flow: Flow): number {
  return flow.gave + flow.received + flow.both;
}

/** Whether a flow goes both ways, mostly one way, or is too little to say. */
export function balanceOf(flow: Flow): FlowBalance {
  const n = total(flow);
  if (n < MIN_CONNECTIONS) return 'too-few';
  if (isMostly(flow.gave, n)) return 'mostly-giving';
  if (isMostly(flow.received, n)) return 'mostly-receiving';
  return 'balanced';
}

// Someone who always supports the user deserves thanks; someone the user always supports
// could be asked for support in return.
function suggestionFor(balance: FlowBalance): PersonReciprocity['suggestion'] {
  if (balance === 'mostly-receiving') return 'thank-them';
  if (balance === 'mostly-giving') return 'ask-for-support';
  return null;
}

// One collator for every comparison: localeCompare with a locale builds one per comparison,
// and sorting the people of the network section's card was most of its time (300 people).
const english = new Intl.Collator('en');

// How far one way a flow goes, 0 for one that is not one way, so the most lopsided come first.
function lopsidedness(person: PersonReciprocity): number {
  if (person.suggestion === null) return 0;
  return Math.max(person.flow.gave, person.flow.received) / total(person.flow);
}

/**
 * Support given and received over the last `days` calendar days up to `now` (counted in
 * `timeZone`, UTC by default), overall and for each active person with a connection in
 * that time: one-way flows first, most lopsided first, then the most connections, then name.
 */
export function reciprocity(
  interactions: readonly Pick<Interaction, 'at' | 'direction' | 'contactIds'>[],
  contacts: Contact[],
  now: Date,
  days = 90,
  timeZone = 'UTC',
): { overall: Flow & { balance: FlowBalance }; people: PersonReciprocity[] } {
  const to = now.getTime();
  // The same wall-clock time `days` days ago, whatever the machine's own zone is.
  const from = subDays(now, days, { in: tz(timeZone) }).getTime();
  const overall: Flow = { gave: 0, received: 0, both: 0 };
  const flows = new Map<string, Flow>();
  for (const interaction of interactions) {
    // Written so that an instant that is not a number falls outside too.
    if (!(interaction.at >= from && interaction.at <= to)) continue;
    overall[interaction.direction] += 1;
    // A person named twice in one connection counts once.
    const ids = interaction.contactIds;
    for (const id of ids.length === 1 ? ids : new Set(ids)) {
      const flow = flows.get(id) ?? { gave: 0, received: 0, both: 0 };
      flow[interaction.direction] += 1;
      flows.set(id, flow);
    }
  }

  const names = new Map<string, string>();
  const people: PersonReciprocity[] = [];
  for (const contact of contacts) {
    const flow = flows.get(contact.id);
    if (contact.archived || !flow) continue;
    const balance = balanceOf(flow);
    names.set(contact.id, contact.name);
    people.push({ contactId: contact.id, flow, balance, suggestion: suggestionFor(balance) });
  }
  people.sort(
    (a, b) =>
      lopsidedness(b) - lopsidedness(a) ||
      total(b.flow) - total(a.flow) ||
      english.compare(names.get(a.contactId) ?? '', names.get(b.contactId) ?? '') ||
      english.compare(a.contactId, b.contactId),
  );
  return { overall: { ...overall, balance: balanceOf(overall) }, people };
}
