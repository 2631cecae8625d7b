// storage.sync's quotas, the same in Chrome and Firefox (Firefox has no write rate limit);
// sources in docs/sync.md. A write over any of them fails whole.
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_ITEMS = 512;
export const MAX_WRITE_OPERATIONS_PER_MINUTE = 120;
export const MAX_WRITE_OPERATIONS_PER_HOUR = 1_800;

/** What Tend allows itself: the limits less a margin, for a clock that drifts a little. */
export const OWN_WRITES_PER_MINUTE = 100;
export const OWN_WRITES_PER_HOUR = 1_500;

/** The prefix of Tend's keys in the sync area; a later format takes `tend2.`. */
export const PREFIX = 'tend1.';

// eslint-disable-next-line no-control-regex -- every ASCII character, control ones too
const ASCII = /^[\x00-\x7f]*$/;

/** Bytes of a string in UTF-8: never fewer than the browsers count. */
export function utf8Length(text: string): number {
  if (ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// Chrome measures the JSON its own writer makes (base::JSONWriter), which writes a number
// too big for a 32-bit integer (a timestamp) as a double with '.0' added: 2 bytes more.
const LONG_INTEGER = /(?<![\d.])\d{10,}(?![\d.eE])/g;

/** The size of an item whose value is `json`, as the quotas measure it, or a little more. */
export const jsonBytes = (key: string, json: string) =>
  utf8Length(key) + utf8Length(json) + 2 * (json.match(LONG_INTEGER)?.length ?? 0);

/** An item's size as the quotas measure it: its key plus its value's JSON. */
export const itemBytes = (key: string, value: unknown) =>
  jsonBytes(key, JSON.stringify(value) ?? '');
