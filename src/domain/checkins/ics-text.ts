/** The pieces of RFC 5545 text every part of the .ics export is written with. */

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

// Control characters are not allowed in TEXT or parameter values (RFC 5545 3.1, 3.3.11),
// except the horizontal tab; line breaks are handled before these are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;
const LINE_BREAK = /\r\n|\r|\n/g;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .split(LINE_BREAK)
    .map((line) =>
      line.replace(CONTROL, '').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,'),
    )
    .join('\\n');
}

/**
 * A parameter value such as CN: double quotes and carets in RFC 6868's caret encoding, and
 * the whole value quoted when it holds a character that would end it (; : ,).
 */
export function paramValue(value: string): string {
  const clean = value
    .replace(LINE_BREAK, ' ')
    .replace(CONTROL, '')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'");
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * A content line folded to lines of at most 75 octets (the continuation's leading space
 * included), never inside a UTF-8 sequence, each ended by CRLF.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.map((folded) => `${folded}\r\n`).join('');
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An instant as a UTC DATE-TIME, '20261103T143000Z'. */
export function utcDateTime(at: number): string {
  const d = new Date(at);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** A local date 'yyyy-MM-dd' and time 'HH:mm' as a local DATE-TIME, '20261103T143000'. */
export function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** A UTC offset in minutes as RFC 5545 writes it: '+0100', '-0330', '+004430' for seconds. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const seconds = Math.round(Math.abs(minutes) * 60);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return `${sign}${pad(h)}${pad(m)}${s === 0 ? '' : pad(s)}`;
}
