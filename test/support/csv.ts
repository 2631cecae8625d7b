import Papa from 'papaparse';
import { expect } from 'vitest';
import { CSV_BOM } from '../../src/domain/csv';

/** Reads a file as a spreadsheet would: a real RFC 4180 parser, strict about line ends. */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(CSV_BOM.length), {
    delimiter: ',',
    newline: '\r\n',
  });
  expect(parsed.errors).toEqual([]);
  // Every record ends in CRLF, so the parser sees one empty line after the last.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}
