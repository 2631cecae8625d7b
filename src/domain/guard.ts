import type { GuardSettings } from './types';
import type { Workday } from './workday';
import { HOUR_MS } from './time-units';

/** What the after-hours guard does with a page about to open. */
export type GuardDecision = 'allow' | 'guard';

/** Until when each guarded origin was opened anyway ("open it for 15 minutes"). */
export interface GuardOpenings {
  openUntil: Readonly<Record<string, number>>;
}

export interface GuardInput {
  settings: GuardSettings;
  /** The shifts around `now` (yesterday's, today's and tomorrow's, as the caller knows them). */
  workdays: readonly Workday[];
  passes: GuardOpenings;
  url: string;
  now: Date;
}

// Longer than any origin worth typing; a pasted wall of text is refused before parsing.
const MAX_INPUT = 2048;
// Room for a long case-system address with its query, and no more.
const MAX_TARGET = 8192;
// 'javascript:', 'data:', 'mailto:'…: a scheme without '//'. 'cms.example.org:8443' is a
// host and port, not a scheme, and is told apart by the digits after the colon.
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// After the URL parser: lower-case, punycoded labels of letters, digits and hyphens.
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

function validHost(hostname: string, typedScheme: boolean): boolean {
  if (IPV6.test(hostname)) return true;
  const labels = hostname.split('.');
  if (!labels.every((label) => HOST_LABEL.test(label))) return false;
  // A bare word ('cms') is more likely a slip than a site; an intranet name without dots
  // is accepted when typed with its scheme ('http://cms').
  return typedScheme || labels.length > 1 || hostname === 'localhost';
}

function webUrl(text: string): URL | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url;
}

/**
 * The origin of a work site as the user typed it ('cms.example.org',
 * 'https://cms.example.org/cases?id=3', 'http://127.0.0.1:8080'), or null for anything that
 * is not an http(s) site: other schemes, credentials, wildcards, garbage. Without a scheme,
 * https is assumed; http is kept when typed, for intranet and local systems.
 */
export function siteOrigin(input: string): string | null {
  const text = input.trim();
  if (text === '' || text.length > MAX_INPUT || /\s/.test(text)) return null;
  const typedScheme = HAS_SCHEME.test(text);
  if (!typedScheme && OTHER_SCHEME.test(text)) return null;
  const url = webUrl(typedScheme ? text : `https://${text}`);
  if (!url || url.username !== '' || url.password !== '') return null;
  if (!validHost(url.hostname, typedScheme)) return null;
  return url.origin;
}

/**
 * The host permission pattern that covers a guarded origin. Firefox match patterns cannot
 * name a port (bug 1362809), so the pattern is the whole host, in both browsers.
 */
export function sitePattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The patterns for a list of origins, each once. */
export function sitePatterns(origins: readonly string[]): string[] {
  return [...new Set(origins.map(sitePattern))];
}

/** The patterns of `removed` sites that none of the `kept` sites still needs. */
export function patternsToRelease(removed: readonly string[], kept: readonly string[]): string[] {
  const stillNeeded = new Set(sitePatterns(kept));
  return sitePatterns(removed).filter((pattern) => !stillNeeded.has(pattern));
}

/** The origin of a URL when it is an http(s) page, else null. */
export function pageOrigin(url: string): string | null {
  return webUrl(url)?.origin ?? null;
}

/** The guarded site a URL belongs to, or null when it is none of them. */
export function guardedOrigin(settings: GuardSettings, url: string): string | null {
  const origin = pageOrigin(url);
  return origin !== null && settings.sites.includes(origin) ? origin : null;
}

/** A guarded page the guard page may send the user on to. */
export interface GuardTarget {
  origin: string;
  /** The URL as the parser wrote it back, never the raw text it was given. */
  href: string;
}

/**
 * The page behind a guard page's `to` parameter, or null unless it is an http(s) URL of
 * one of the guarded sites, without credentials: the guard page never links elsewhere.
 */
export function guardTarget(settings: GuardSettings, to: string): GuardTarget | null {
  if (to.length > MAX_TARGET) return null;
  const url = webUrl(to);
  if (!url || url.username !== '' || url.password !== '') return null;
  return settings.sites.includes(url.origin) ? { origin: url.origin, href: url.href } : null;
}

/** True while `now` is inside one of the shifts. */
export function insideWorkday(workdays: readonly Workday[], now: Date): boolean {
  const at = now.getTime();
  return workdays.some(
    (workday) =>
      workday.startsAt <= at &&
      // On call, the work sites must open all evening: that is when a call comes in.
      (at < workday.endsAt || (workday.onCall === true && at < workday.endsAt + ON_CALL_MS)),
  );
}

// How long after the end of an on-call day the sites stay open: until the next morning.
const ON_CALL_MS = 16 * HOUR_MS;

/**
 * Whether opening `url` now shows the guard page: only for a guarded site, with the guard
 * on, outside every shift (before the start, after the end, a day off), and not opened
 * anyway within the last pass.
 */
export function guardDecision(input: GuardInput): GuardDecision {
  const { settings, workdays, passes, url, now } = input;
  if (!settings.enabled) return 'allow';
  const origin = guardedOrigin(settings, url);
  if (origin === null) return 'allow';
  if (insideWorkday(workdays, now)) return 'allow';
  const openUntil = Object.hasOwn(passes.openUntil, origin) ? passes.openUntil[origin] : undefined;
  if (openUntil !== undefined && now.getTime() < openUntil) return 'allow';
  return 'guard';
}
