import type { ReachWay } from '../types';

/** Why a way to reach someone cannot be saved or opened. */
export type ReachError =
  'reach-empty' | 'reach-bad-email' | 'reach-bad-phone' | 'reach-bad-link' | 'reach-too-long';

type ReachResult = { ok: true; href: string | null } | { ok: false; error: ReachError };

const MAX_VALUE = 2000;
const MAX_EMAIL = 254;
const MAX_LOCAL_PART = 64;

// Control characters (C0, DEL, C1) and invisible direction marks have no place in an
// address or a link, and are how hostile input hides a scheme ('\u0001javascript:').
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u;

// Deliberately narrower than RFC 5322: letters, digits and . _ + ' - before the @, so
// nothing a mail client reads as a header, a second recipient or a query can get in.
const LOCAL_PART = /^[\p{L}\p{M}\p{N}_+'-]+(?:\.[\p{L}\p{M}\p{N}_+'-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

// Digits with the separators people type; a '+' only in front.
const PHONE = /^\+?[0-9 ().-]+$/;
const MIN_DIGITS = 3;
const MAX_DIGITS = 20;

function emailHref(value: string): string | null {
  if (value.length > MAX_EMAIL) return null;
  const parts = value.split('@');
  if (parts.length !== 2) return null;
  const [local = '', domain = ''] = parts;
  const labels = domain.split('.');
  const valid =
    local.length <= MAX_LOCAL_PART &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label));
  // The '@' stays literal, as RFC 6068 wants; each side is encoded on its own.
  return valid ? `mailto:${encodeURIComponent(local)}@${encodeURIComponent(domain)}` : null;
}

function phoneHref(scheme: 'tel:' | 'sms:', value: string): string | null {
  if (!PHONE.test(value)) return null;
  // '+44 (0)20 …' is how UK numbers are often written: the (0) is dialled only without
  // the country code, so keeping it would call a wrong number.
  const dialled = value.startsWith('+') ? value.replace(/\(0\)/g, '') : value;
  const digits = dialled.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  return `${scheme}${value.startsWith('+') ? '+' : ''}${digits}`;
}

function httpsHref(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  // https only: no javascript:, data:, file: or custom app schemes, and no credentials that
  // make 'https://bank.example@evil.example' look like somewhere it is not.
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Checks a way to reach someone and gives the link that opens it (null for in person). */
export function reachLink(way: ReachWay): ReachResult {
  const value = way.value.trim();
  if (value.length > MAX_VALUE) return { ok: false, error: 'reach-too-long' };
  // In person the value is a place (or nothing): text to show, never a link.
  if (way.kind === 'in-person') return { ok: true, href: null };
  if (value === '') return { ok: false, error: 'reach-empty' };
  const hidden = HIDDEN.test(value);
  switch (way.kind) {
    case 'email': {
      const href = hidden ? null : emailHref(value);
      return href ? { ok: true, href } : { ok: false, error: 'reach-bad-email' };
    }
    case 'phone':
    case 'sms': {
      const href = hidden ? null : phoneHref(way.kind === 'phone' ? 'tel:' : 'sms:', value);
      return href ? { ok: true, href } : { ok: false, error: 'reach-bad-phone' };
    }
    case 'chat':
    case 'video':
    case 'web': {
      const href = hidden ? null : httpsHref(value);
      return href ? { ok: true, href } : { ok: false, error: 'reach-bad-link' };
    }
  }
}
