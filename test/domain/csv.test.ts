import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from '../../src/domain/csv';
import { parseCsv } from '../support/csv';
import { seeded } from '../support/seeded';

const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  ',',
  '"',
  "'",
  '\r',
  '\n',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  ';',
  'ë',
  'Ł',
  '山田',
  '😀',
  '👩🏽‍⚕️',
  'ß',
  'é',
  '\u00a0',
  'x,y',
  '""',
];

function randomText(random: () => number): string {
  const length = Math.floor(random() * 12);
  let text = '';
  for (let i = 0; i < length; i += 1) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

describe('the CSV writer', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const text = toCsv(['Name', 'Note'], [['Ana', 'fine']]);
    expect(text).toBe('\uFEFFName,Note\r\nAna,fine\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, and they read back whole', () => {
    const rows = [
      ['Smith, Jo', 'She said "hi"', 'line one\nline two', 'one\r\ntwo', 'cr\ronly'],
      ['  padded  ', ' ', '', 'plain', '"'],
    ];
    const text = toCsv(['a', 'b', 'c', 'd', 'e'], rows);
    expect(text).toContain('"Smith, Jo","She said ""hi""","line one\nline two"');
    expect(parseCsv(text)).toEqual([['a', 'b', 'c', 'd', 'e'], ...rows]);
  });

  it('leaves plain fields unquoted, spaces kept', () => {
    expect(toCsv(['x'], [['  padded  ']])).toBe('\uFEFFx\r\n  padded  \r\n');
  });

  it('keeps names in any script and emoji as they are', () => {
    const rows = [['Zoë Ł 山田', '👩🏽‍⚕️ peer group 🌱', 'Ærøskøbing — café']];
    expect(parseCsv(toCsv(['who', 'what', 'where'], rows))).toEqual([
      ['who', 'what', 'where'],
      ...rows,
    ]);
  });

  it('writes UTF-8 that a byte-level reader decodes to the same names', async () => {
    const text = toCsv(['name'], [['Zoë Ł 山田 😀']]);
    const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
    // EF BB BF: the UTF-8 byte order mark Excel looks for.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes))).toEqual([
      ['name'],
      ['Zoë Ł 山田 😀'],
    ]);
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    const risky = [
      '=1+1',
      '+44 20 7946 0000',
      '-2',
      '@SUM(A1)',
      '\t=cmd',
      '\r=cmd',
      '=HYPERLINK("http://x","y")',
    ];
    const parsed = parseCsv(
      toCsv(
        ['note'],
        risky.map((note) => [note]),
      ),
    );
    expect(parsed.slice(1).map(([note]) => note)).toEqual(risky.map((note) => `'${note}`));
  });

  it('leaves text alone where the formula sign is not first', () => {
    const safe = ['a=b', ' =1', '1+1', "'quoted", 'e-mail'];
    const parsed = parseCsv(
      toCsv(
        ['note'],
        safe.map((note) => [note]),
      ),
    );
    expect(parsed.slice(1).map(([note]) => note)).toEqual(safe);
  });

  it('writes numbers as numbers, negative ones included, and nothing as an empty field', () => {
    const cells: CsvCell[] = [3, -2, 7.5, 0, null, Number.NaN];
    expect(toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [cells])).toBe(
      '\uFEFFa,b,c,d,e,f\r\n3,-2,7.5,0,,\r\n',
    );
  });

  it('reads back any text, formula-like text with its apostrophe in front', () => {
    const random = seeded(20261123);
    for (let round = 0; round < 300; round += 1) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        Array.from({ length: 3 }, () => randomText(random)),
      );
      const expected = rows.map((row) =>
        row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
      );
      expect(parseCsv(toCsv(['one', 'two', 'three'], rows))).toEqual([
        ['one', 'two', 'three'],
        ...expected,
      ]);
    }
  });
});
