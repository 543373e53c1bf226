/**
 * A small CSV reader: `;` or `,` (whichever the header uses), fields in double quotes that may
 * hold the delimiter, line breaks and doubled quotes (`""`), CRLF or LF, an optional UTF-8 BOM.
 * Each record keeps the line of the file it starts on, so an error can point at it.
 */
export interface CsvRecord {
  /** The line of the file (from 1, the header) where this record starts. */
  line: number;
  /** The cells, by the header's column names (trimmed, in lower case). */
  values: Record<string, string>;
}

export class CsvError extends Error {
  constructor(readonly line: number, message: string) {
    super(`linha ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/** The delimiter of the header line: the one of `;` and `,` it has more of outside quotes. */
function delimiterOf(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === '\n') break;
  }
  return semicolons >= commas ? ';' : ',';
}

/** Every row of the file as cells, each with the line it starts on. */
export function parseRows(text: string, delimiter = delimiterOf(text)): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    cells.push(cell);
    // A blank line is no record.
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else cell += char;
  }
  if (quoted) throw new CsvError(start, 'aspas abertas e não fechadas até o fim do arquivo.');
  if (cell !== '' || cells.length) endRow();
  return rows;
}

/** The records of a CSV whose first line names the columns. */
export function parseCsv(text: string): { columns: string[]; records: CsvRecord[] } {
  const [header, ...rows] = parseRows(text);
  if (!header) throw new CsvError(1, 'o arquivo está vazio.');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const records = rows.map(({ line, cells }) => {
    if (cells.length > columns.length) throw new CsvError(line, `${cells.length} colunas, mas o cabeçalho tem ${columns.length}.`);
    return { line, values: Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()])) };
  });
  return { columns, records };
}
