import type { MessageTemplate } from '../types';

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

// Spanish, as social workers write it in Spain and Latin America. The same note may mix both
// languages, so every pattern is always checked.
const MES =
  '(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?:iembre)?)?|set(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?)\\.?(?![\\p{L}])';
const DIA = '\\d{1,2}(?:\\.?º|°)?';
// '3 de mayo de 1990', '1.º de enero del 1990', 'mayo 3 de 1990': with its year, as above.
const FECHA_EN_PALABRAS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${DIA}\\s+(?:de\\s+)?${MES},?\\s+(?:del?\\s+)?${YEAR}|${MES}\\s+${DIA},?\\s+(?:del?\\s+)?${YEAR})(?!\\d)`,
  'iu',
);
// 'fecha de nacimiento', 'F. nac.', and 'nació', 'nacido' or 'nacida' followed by a date or a
// year; 'nació la semana pasada' stays quiet.
const PALABRAS_NACIMIENTO = new RegExp(
  `(?<![\\p{L}])(?:fecha\\s+(?:de\\s+)?nac(?:imiento|\\.|(?![\\p{L}]))|f\\.\\s?(?:de\\s+)?nac(?:\\.|(?![\\p{L}]))|naci(?:d[oa]|ó)\\s+(?:el\\s+|en\\s+)?(?:${YEAR}(?!\\d)|${DIA}\\s+(?:de\\s+)?${MES}|\\d{1,2}[/.-]\\d{1,2}))`,
  'iu',
);

// 'expediente 12345', 'n.º de expediente: 2024/0012', 'exp. 88231', 'caso n.º 4471',
// 'historia clínica 123456': a record word, an optional 'n.º', 'núm.' or '#', then an
// identifier as in English. 'el expediente de 2019' stays quiet.
// 'n.º', 'nº', 'no.', 'núm.', 'número'; a bare 'no' is the word no.
const NUMERO = '(?:n\\.?\\s?[º°]\\.?|no\\.|núm(?:ero)?\\.?)';
const NUMERO_DE_REGISTRO = new RegExp(
  `(?<![\\p{L}])(?:expediente|exp(?:\\.|(?![\\p{L}]))|caso|historia\\s+clínica|registro|ficha|folio|referencia)\\s*(?:${NUMERO}\\s*)?[:#]?\\s*(?:[a-z]{1,5}[-/]?)?\\d(?:[-/]?\\d){2,}(?!\\d)`,
  'iu',
);

// Spain's DNI ('12345678Z', '12.345.678-Z') and NIE ('X1234567L'); Chile's RUT
// ('12.345.678-5'); Mexico's CURP ('GODE561231HDFRRN09'); Spain's social security number
// ('28/12345678/90'). The letter sets are the real ones, so words and codes rarely fit.
const DNI = /(?<![\p{L}\p{N}])\d{2}\.?\d{3}\.?\d{3}-?[TRWAGMYFPDXBNJZSQVHLCKE](?![\p{L}\p{N}])/iu;
const NIE = /(?<![\p{L}\p{N}])[XYZ]-?\d{7}-?[TRWAGMYFPDXBNJZSQVHLCKE](?![\p{L}\p{N}])/iu;
const RUT = /(?<![\p{L}\p{N}.])\d{1,2}\.\d{3}\.\d{3}-[\dK](?![\p{L}\p{N}])/iu;
const CURP = /(?<![\p{L}\p{N}])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![\p{L}\p{N}])/iu;
const NUMERO_SEGURIDAD_SOCIAL = /(?<!\d)\d{2}([/ -])\d{7,8}\1\d{2}(?!\d)/;
// The documents by name: 'necesita su DNI', 'número de la Seguridad Social', 'n.º de
// pasaporte'. 'Trabaja en la Seguridad Social' and 'renovar el pasaporte' stay quiet.
const PALABRAS_IDENTIDAD = new RegExp(
  `(?<![\\p{L}])(?:dni|nie|nif|nuss|curp|cédula|cedula|(?:${NUMERO}|número)\\s+(?:de\\s+)?(?:(?:la|el)\\s+)?(?:seguridad\\s+social|afiliación|pasaporte)|pasaporte\\s+${NUMERO})(?![\\p{L}])`,
  'iu',
);

// 'calle Mayor 5', 'C/ Alcalá, 23', 'Avda. de la Constitución 12', 'plaza de España, n.º 1':
// a street word (either case), a capitalised name that may hold 'de', 'la' or 'del', and a
// number. Case-sensitive, as STREET is, so 'cruzamos la calle 2 veces' stays quiet.
const VIA = [
  'calle',
  'c/',
  'avenida',
  'avda\\.',
  'av\\.',
  'plaza',
  'pza\\.',
  'paseo',
  'pº',
  'camino',
  'carretera',
  'ctra\\.',
  'travesía',
  'pasaje',
  'glorieta',
  'jirón',
  'carrera',
  'diagonal',
  'transversal',
]
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join('|');
const NOMBRE = "(?:(?:de|del|la|las|los|el|y)\\s+)*\\p{Lu}[\\p{L}'’.-]*";
const CALLE = new RegExp(
  `(?<![\\p{L}])(?:${VIA})\\s*${NOMBRE}(?:\\s+${NOMBRE}){0,3},?\\s+(?:${NUMERO}\\s*)?\\d{1,5}(?!\\d|\\s*(?:min|h\\b|hora|vez|veces|año|semana|día|mes|persona|km|time))`,
  'u',
);
// Colombia's grid: 'Calle 45 # 12-30', 'carrera 7 n.º 45-10'.
const CALLE_NUMERADA = new RegExp(
  `(?<![\\p{L}])(?:${VIA})\\s+\\d{1,3}[A-Za-z]?\\s*(?:bis\\s*)?(?:#|${NUMERO}|No\\.?)\\s*\\d{1,3}[A-Za-z]?\\s*-\\s*\\d{1,3}(?!\\d)`,
  'u',
);

function isDayAndMonth(first: number, second: number): boolean {
  const fits = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;
  // Day-month and month-day orders are both in use; either reading will do.
  return fits(first, second) || fits(second, first);
}

function hasDateOfBirth(text: string): boolean {
  const numeric = [...text.matchAll(NUMERIC_DATE)].some((match) =>
    isDayAndMonth(Number(match[1]), Number(match[3])),
  );
  return (
    numeric ||
    [ISO_DATE, WORDED_DATE, BIRTH_WORDS, FECHA_EN_PALABRAS, PALABRAS_NACIMIENTO].some((pattern) =>
      pattern.test(text),
    )
  );
}

function hasIdNumber(text: string): boolean {
  return [
    SSN,
    UK_NI,
    ID_WORDS,
    DNI,
    NIE,
    RUT,
    CURP,
    NUMERO_SEGURIDAD_SOCIAL,
    PALABRAS_IDENTIDAD,
  ].some((pattern) => pattern.test(text));
}

function hasStreetAddress(text: string): boolean {
  return (
    [...text.matchAll(STREET)].some((match) => {
      const street = match[0].toLowerCase();
      const isCourt = /\b(?:court|ct)$/.test(street);
      return !(isCourt && COURT_NAMES.test(match[1] ?? ''));
    }) ||
    CALLE.test(text) ||
    CALLE_NUMERADA.test(text)
  );
}

const CHECKS: readonly [SensitiveHint, (text: string) => boolean][] = [
  ['date-of-birth', hasDateOfBirth],
  [
    'case-number',
    (text) => RECORD_NUMBER.test(text) || NUMERO_DE_REGISTRO.test(text) || LONG_NUMBER.test(text),
  ],
  ['id-number', hasIdNumber],
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

/**
 * Hints that a template holds client-identifying details, as for notes: a template is sent
 * again and again, so a client's case number in it would leave with every message.
 */
export function templateHints(template: MessageTemplate): SensitiveHint[] {
  // Checked apart, so nothing matches across the gap between the subject and the message.
  return [...new Set([...sensitiveHints(template.body), ...sensitiveHints(template.subject)])];
}
