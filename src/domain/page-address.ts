import { NUDGE_KINDS } from './nudge-key';
import type { BreakKind } from './nudge';
import type { NudgeKind } from './types';

/**
 * The options page's sections, in the order of its navigation; the id is the address's hash.
 */
export const SECTION_IDS = [
  'network',
  'connections',
  'check-ins',
  'hours',
  'work',
  'messages',
  'reflection',
  'insights',
  'data',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** One of Tend's pages and what its address asks of it: built and read here, and only here. */
export type PageAddress =
  /** The popup, with the composer open for a person. */
  | { page: 'popup'; compose?: string }
  /**
   * A section of the options page; `from` names the kind of nudge whose click opened it (a
   * banner says why it came), `log` a check-in occurrence to fill the connection log from.
   */
  | {
      page: 'options';
      section: SectionId;
      from?: NudgeKind;
      log?: { checkInId: string; date: string };
    }
  /** The break page, for a short or a long break, offered or started at once. */
  | { page: 'break'; kind: BreakKind; start?: boolean }
  /** The after-hours guard, standing in for the address `to`. */
  | { page: 'guard'; to: string };

// Every value encoded, so an id from a backup ('a&b#c') can never reach into the address.
function query(params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Tend's pages, as the extension's files name them. */
type PagePath = '/popup.html' | '/options.html' | '/break.html' | '/guard.html';

/** The path of a page's address, as runtime.getURL and a link take it: '/options.html#hours'. */
export function pageAddress(address: PageAddress): `${PagePath}${string}` {
  switch (address.page) {
    case 'popup':
      return `/popup.html${query({ compose: address.compose })}`;
    case 'options':
      return `/options.html${query({
        from: address.from,
        log: address.log?.checkInId,
        date: address.log?.date,
      })}#${address.section}`;
    case 'break':
      return breakAddress(address.kind, address.start);
    case 'guard':
      return `/guard.html${query({ to: address.to })}`;
  }
}

// The popup's own links, apart from pageAddress: its first script then carries two short
// builders rather than every page's address and the query writer.

/** A section of the options page with nothing else asked of it: '/options.html#hours'. */
export function sectionAddress(section: SectionId): `/options.html#${SectionId}` {
  return `/options.html#${section}`;
}

/** The break page for a short or a long break, offered or started at once (`start`). */
export function breakAddress(kind: BreakKind, start = false): `/break.html?${string}` {
  // Nothing to encode: the kind is one of two words.
  return `/break.html?kind=${kind}${start ? '&start=1' : ''}`;
}

/** The person the popup's address asks to write to (`?compose=<id>`), or null. */
export function composeOf(search: string): string | null {
  return new URLSearchParams(search).get('compose') || null;
}

/** The section an options address names (`#hours`), or the first one. */
export function sectionOf(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return SECTION_IDS.find((section) => section === id) ?? SECTION_IDS[0];
}

/** The kind of nudge whose click opened the options page (`?from=boundary`), or null. */
export function nudgeFromOf(search: string): NudgeKind | null {
  const from = new URLSearchParams(search).get('from');
  return NUDGE_KINDS.find((kind) => kind === from) ?? null;
}

/** The check-in occurrence the options page is asked to log (`?log=<id>&date=<date>`), or null. */
export function logOf(search: string): { checkInId: string; date: string } | null {
  const params = new URLSearchParams(search);
  const checkInId = params.get('log');
  const date = params.get('date');
  return checkInId && date ? { checkInId, date } : null;
}

/** What the break page's address asks for: a short or a long break, started at once or offered. */
export function breakOf(search: string): { kind: BreakKind; start: boolean } {
  const params = new URLSearchParams(search);
  return {
    kind: params.get('kind') === 'long' ? 'long' : 'short',
    start: params.get('start') === '1',
  };
}

/** The address the guard stands in for (`?to=`), or null. */
export function guardedOf(search: string): string | null {
  return new URLSearchParams(search).get('to');
}
