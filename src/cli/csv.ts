/**
 * Reading a spreadsheet saved as CSV, with csv-parse (RFC 4180: quoted cells
 * with separators, quotes ("") and line breaks).
 *
 * - The separator is found from the header line: a comma, a semicolon (what
 *   Excel writes in locales that use a decimal comma) or a tab.
 * - A UTF-8 byte order mark is dropped; lines may end in CRLF, LF or CR.
 * - Broken quoting is never guessed at: it is a CsvReadError naming the row
 *   (as a spreadsheet numbers them: the header is row 1, and a cell with line
 *   breaks stays in one row) and the column.
 */
import { parse, CsvError as ParseError } from 'csv-parse/sync';

export type Delimiter = ',' | ';' | '\t';

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** The file's CSV cannot be read at `row` (1 = the header), in the cell at index `column`. */
export class CsvReadError extends Error {
  constructor(
    readonly row: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`row ${row}: ${reason}`);
  }
}

export interface CsvTable {
  /** Every row, the header first. A blank line is a row with one empty cell, so row numbers match the file. */
  records: string[][];
  delimiter: Delimiter;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The header line split with `delimiter`, leniently: it is only used to choose the separator. */
function headerCells(line: string, delimiter: Delimiter): string[] {
  try {
    return parse(line, { delimiter, relax_quotes: true, relax_column_count: true, to: 1 })[0] ?? [];
  } catch {
    return line.split(delimiter);
  }
}

/**
 * The separator of a CSV file, from its first line: the one that makes the
 * most cells of that line into known column names (`known` counts them); if
 * none does, the one found most often on it. A comma when in doubt.
 */
export function detectDelimiter(text: string, known: (header: string[]) => number): Delimiter {
  const firstLine = stripBom(text).split(/\r\n|\n|\r/, 1)[0] ?? '';
  let best: Delimiter = ',';
  let bestKnown = -1;
  let bestCount = -1;
  for (const d of CANDIDATES) {
    const score = known(headerCells(firstLine, d));
    const count = firstLine.split(d).length - 1;
    if (score > bestKnown || (score === bestKnown && count > bestCount)) {
      best = d;
      bestKnown = score;
      bestCount = count;
    }
  }
  return best;
}

const FIX_QUOTES = 'Put quotes round the whole cell, and write a quote inside a cell as two quotes ("")';

function reasonFor(err: ParseError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opens in this cell and is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `there is text after the closing quote. ${FIX_QUOTES}`;
    case 'INVALID_OPENING_QUOTE':
      return `there is a quote in the middle of the cell. ${FIX_QUOTES}`;
    default:
      return `the CSV cannot be read here (${err.message})`;
  }
}

/** Reads CSV text into rows of cells (cells are trimmed). Throws CsvReadError where the CSV is broken. */
export function readCsv(text: string, known: (header: string[]) => number): CsvTable {
  const body = stripBom(text);
  const delimiter = detectDelimiter(body, known);
  try {
    const records = parse(body, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    });
    return { records, delimiter };
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    // csv-parse counts the rows it finished before the broken one.
    const done = typeof err['records'] === 'number' ? err['records'] : 0;
    const column = typeof err['column'] === 'number' ? err['column'] : 0;
    throw new CsvReadError(done + 1, column, reasonFor(err));
  }
}
