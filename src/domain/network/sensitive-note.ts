/** A kind of client-identifying detail a note seems to contain. */
export type SensitiveHint = 'date-of-birth' | 'case-number' | 'id-number' | 'street-address';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';

// Full dates only: a day and a month alone ('12 March', 'Tuesday') or a year alone ('since
// 2019') are ordinary in notes, while a date with its year is what a date of birth looks like.
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;
const ISO_DATE = new RegExp(
  `(?<!\\d)${YEAR}([/.-])(0?[1-9]|1[0-2])\\1(0?[1-9]|[12]\\d|3[01])(?!\\d)`,
);
const WORDED_DATE = new RegExp(
  `\\b(?:${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}|${MONTH}\\.?\\s+${DAY},?\\s+${YEAR})\\b`,
  'i',
);
const BIRTH_WORDS = new RegExp(
  `\\b(?:d\\.?o\\.?b\\b|date\\s+of\\s+birth|birth\\s*date|born\\s+(?:on\\s+|in\\s+)?(?:${YEAR}\\b|${DAY}\\s+(?:of\\s+)?${MONTH}\\b|${MONTH}\\s+\\d{1,2}\\b))`,
  'i',
);

// A record keyword, an optional 'no.', 'number' or '#', then an identifier with at least three
// digits; a letter prefix must be joined to it ('ABC-123456') so 'file from 2019' stays quiet.
const RECORD_NUMBER =
  /\b(?:case|record|file|client|ref(?:erence)?|mrn|nhs)\s*(?:no\.?|nr\.?|num(?:ber)?\.?|#|id)?\s*[:#]?\s*(?:[a-z]{1,5}[-/]?)?\d(?:[-/]?\d){2,}(?!\d)/i;
// Six or more digits standing alone: minutes, counts and years never get that long.
const LONG_NUMBER = /(?<![\p{L}\p{N}])\d{6,}(?![\p{L}\p{N}])/u;

const SSN = /(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)/;
const UK_NI = /\b[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b/i;
const ID_WORDS =
  /\b(?:ssn|social\s+security\s+(?:number|no\b)|national\s+insurance\s+(?:number|no\b)|ni\s+number|passport\s+(?:number|no\b))/i;

// 'Street' or 'street', but never 'STREET' matched by a case-insensitive flag (see below).
const STREET_WORD =
  'street st road rd lane ln avenue ave drive dr boulevard blvd court ct way place pl close crescent terrace'
    .split(' ')
    .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
    .join('|');
// A house number, one to three capitalised name words, and a street word. The pattern is
// case-sensitive because with the 'i' flag \p{Lu} matches any letter, and capitals are what
// keep '2 blocks down the road' or 'a 2 hour drive' ordinary sentences.
const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?,?\\s+((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,3})(?:${STREET_WORD})\\b`,
  'gu',
);
// '10 Family Court' is where a hearing is, not where someone lives.
const COURT_NAMES =
  /\b(?:crown|family|county|magistrates'?|high|youth|supreme|district|probate|circuit)\s+$/i;

function isDayAndMonth(first: number, second: number): boolean {
  const fits = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;
  // Day-month and month-day orders are both in use; either reading will do.
  return fits(first, second) || fits(second, first);
}

function hasDateOfBirth(text: string): boolean {
  const numeric = [...text.matchAll(NUMERIC_DATE)].some((match) =>
    isDayAndMonth(Number(match[1]), Number(match[3])),
  );
  return numeric || ISO_DATE.test(text) || WORDED_DATE.test(text) || BIRTH_WORDS.test(text);
}

function hasStreetAddress(text: string): boolean {
  return [...text.matchAll(STREET)].some((match) => {
    const street = match[0].toLowerCase();
    const isCourt = /\b(?:court|ct)$/.test(street);
    return !(isCourt && COURT_NAMES.test(match[1] ?? ''));
  });
}

const CHECKS: readonly [SensitiveHint, (text: string) => boolean][] = [
  ['date-of-birth', hasDateOfBirth],
  ['case-number', (text) => RECORD_NUMBER.test(text) || LONG_NUMBER.test(text)],
  ['id-number', (text) => SSN.test(text) || UK_NI.test(text) || ID_WORDS.test(text)],
  ['street-address', hasStreetAddress],
];

/**
 * Heuristic hints that a note holds client-identifying details (a date of birth, a case or
 * record number, an ID number, a street address), each once, in that order; they warn, and
 * will sometimes be wrong both ways.
 */
export function sensitiveHints(text: string): SensitiveHint[] {
  return CHECKS.filter(([, check]) => check(text)).map(([hint]) => hint);
}
