import { parseArgs } from 'node:util';

export interface UnderstandBenchArgs {
  file: string;
  showMistakes: boolean;
  rounds: number;
}

export const DEFAULT_SET = 'test/fixtures/incident-reports.jsonl';

/** `[file.jsonl] [--mistakes] [--rounds N]`, in any order. */
export function parseUnderstandArgs(argv: string[]): UnderstandBenchArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { mistakes: { type: 'boolean', default: false }, rounds: { type: 'string', default: '20' } },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds expects a positive integer');
  if (positionals.length > 1) throw new Error(`one labelled set at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  return { file: positionals[0] ?? DEFAULT_SET, showMistakes: values.mistakes, rounds };
}
