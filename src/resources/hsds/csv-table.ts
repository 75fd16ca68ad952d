import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Fields } from './fields.js';
import type { Problem } from './records.js';

/** One data row of a CSV file, by its header's field names, with the line it ends on. */
export interface CsvRow {
  readonly fields: Fields;
  readonly line: number;
}

/**
 * Reads a CSV file with a header row. A row with the wrong number of fields or broken quoting
 * is reported at its line and left out; the parser carries on with the next row.
 */
export function readCsvTable(file: string, name = path.basename(file)): { rows: CsvRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = parse(readFileSync(file), {
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      problems.push({ file: name, line: typeof error?.lines === 'number' ? error.lines : undefined, reason: (error?.message ?? 'unreadable row').replace(/ at line \d+.*$/, '') });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...records] = parsed;
  if (!header) return { rows: [], problems };
  const columns = header.record.map((column) => column.trim().toLowerCase());
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    if (record.length !== columns.length) {
      problems.push({ file: name, line: info.lines, reason: `expected ${columns.length} fields, found ${record.length}` });
      continue;
    }
    rows.push({ fields: new Fields(Object.fromEntries(columns.map((column, i) => [column, record[i] ?? '']))), line: info.lines });
  }
  return { rows, problems };
}
