import { parse } from 'csv-parse/sync';
import type { DirectoryIssue } from './issues.js';

/** A data row of a CSV file: its values by column name and the line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvSpec {
  /** Every column the file may have. */
  columns: readonly string[];
  /** Columns that must be present in the header. */
  required: readonly string[];
}

/** Rows that could be read, and the problems found; header problems leave no rows. */
export interface CsvReadResult {
  rows: CsvRow[];
  issues: DirectoryIssue[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Reads a UTF-8, comma-separated CSV text with a header row (quoted fields and a BOM allowed, blank
 * lines skipped, values trimmed). Header problems and rows with the wrong number of fields are issues,
 * not exceptions, and the readable rows are still returned so every problem is reported at once; a malformed file (e.g. an unclosed quote) is one issue at the line it was detected.
 */
export function readCsv(file: string, text: string, spec: CsvSpec): CsvReadResult {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || 1;
    return { rows: [], issues: [{ file, line, message: `malformed CSV: ${(error as Error).message}` }] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], issues: [{ file, line: 1, message: 'empty file: a header row is required' }] };
  const headerLine = startLine(header);
  const issues: DirectoryIssue[] = [];
  const names = header.record.map((name) => name.toLowerCase());
  const seen = new Set<string>();
  for (const name of names) {
    if (!spec.columns.includes(name)) {
      issues.push({ file, line: headerLine, message: `unknown column "${name}" (expected: ${spec.columns.join(', ')})` });
    } else if (seen.has(name)) {
      issues.push({ file, line: headerLine, message: `column "${name}" appears twice` });
    }
    seen.add(name);
  }
  for (const name of spec.required) {
    if (!seen.has(name)) issues.push({ file, line: headerLine, message: `missing column "${name}"` });
  }
  if (issues.length > 0) return { rows: [], issues };

  const rows: CsvRow[] = [];
  for (const parsed of data) {
    const line = startLine(parsed);
    if (parsed.record.length !== names.length) {
      issues.push({ file, line, message: `expected ${names.length} fields, found ${parsed.record.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    names.forEach((name, index) => (values[name] = parsed.record[index]!));
    rows.push({ line, values });
  }
  return { rows, issues };
}

/** csv-parse counts lines up to the end of a record; a quoted value may span several lines. */
function startLine({ record, info }: ParsedRecord): number {
  const inner = record.reduce((count, value) => count + (value.match(/\n/g)?.length ?? 0), 0);
  return info.lines - inner;
}
