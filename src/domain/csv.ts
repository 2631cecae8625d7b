/**
 * A small RFC 4180 writer for the CSV exports: what a spreadsheet opens as the user expects,
 * with names in any script and text that can never run as a formula.
 */

/** One cell: text the user wrote or Tend words, a number Tend computed, or nothing. */
export type CsvCell = string | number | null;

/** Byte order mark: without it Excel reads a CSV file in the machine's legacy code page. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 ends every record with CRLF, and spreadsheets on every system read it. */
const LINE_END = '\r\n';

// A cell that starts with one of these may be read as a formula ('=HYPERLINK(…)', '+1-2',
// '@SUM(…)') by Excel, LibreOffice or Google Sheets; a tab or CR can hide such a start.
const FORMULA_START = /^[=+\-@\t\r]/;

// RFC 4180: a field holding a separator, a quote or a line break is quoted.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Text as a spreadsheet will show it: a leading apostrophe before what could start a
 * formula, so notes and names never run as one (the OWASP advice for CSV injection). The
 * apostrophe stays visible in the cell; a stray mark is better than a note that runs code.
 * Numbers Tend writes itself are not text and keep their sign.
 */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: quoted with its quotes doubled where RFC 4180 asks for it. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralised(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: a byte order mark, the header row, then one record per row, each ending
 * in CRLF.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const records = [header, ...rows].map((row) => row.map(csvField).join(',') + LINE_END);
  return CSV_BOM + records.join('');
}
