/**
 * Regenerates lexicon-stems.ts, the stems of every lexicon word and stop word in both languages, after
 * an edit of lexicon.ts or stop-words.ts:
 *
 *   npx tsx src/knowledge/text/write-lexicon-stems.ts
 *
 * test/knowledge/text.test.ts fails while the table is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexiconStemTable } from './lexicon-stem-table.js';

const target = fileURLToPath(new URL('./lexicon-stems.ts', import.meta.url));
writeFileSync(target, lexiconStemTable());
process.stdout.write(`wrote ${target}\n`);
