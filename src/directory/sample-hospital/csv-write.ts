import type { CsvRecord } from './build.js';

/** RFC 4180 text: header row, comma separated, fields quoted only when they must be, LF line ends. */
export function toCsv(columns: readonly string[], records: readonly CsvRecord[]): string {
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [columns.join(','), ...records.map((record) => columns.map((column) => cell(record[column] ?? '')).join(','))];
  return lines.join('\n') + '\n';
}
