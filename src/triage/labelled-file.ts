import { readFileSync } from 'node:fs';
import { labelledCaseSchema, type LabelledCase } from './evaluation.js';

/** A labelled set of staff messages (JSON lines), every line checked by the schema; errors name the line. */
export function readLabelledFile(file: string): LabelledCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = labelledCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}
