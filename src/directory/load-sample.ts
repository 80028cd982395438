import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../db/index.js';
import { CodedError } from '../errors.js';
import { importDirectory, type ImportedFile } from './import-directory.js';
import { formatIssue } from './issues.js';
import type { DirectorySources } from './parse-files.js';
import { SAMPLE_FILES } from './sample-hospital/index.js';

const SAMPLE_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sample-hospital');

/** The shipped CSV files of the fictional Centre hospitalier de Valmont, ready for importDirectory. */
export async function readSampleHospital(): Promise<DirectorySources> {
  const sources: DirectorySources = {};
  for (const { kind, file } of SAMPLE_FILES) {
    sources[kind] = { name: file, text: await readFile(path.join(SAMPLE_FOLDER, file), 'utf8') };
  }
  return sources;
}

/**
 * Imports the sample hospital (idempotent: a second load reports every row unchanged). The shipped files
 * are valid, so an issue here means they were edited by hand: it throws `validation_failed` listing them.
 */
export async function loadSampleHospital(store: Store): Promise<ImportedFile[]> {
  const result = await importDirectory(store, await readSampleHospital());
  if (!result.ok) {
    const report = result.issues.slice(0, 20).map(formatIssue).join('\n  ');
    throw new CodedError('validation_failed', `the sample hospital files are invalid:\n  ${report}`, { issues: result.issues.length });
  }
  return result.files;
}

/** True when the directory holds no user, location or asset (a fresh database). */
export async function isDirectoryEmpty(store: Store): Promise<boolean> {
  const [user, location, asset] = await Promise.all([
    store.db.selectFrom('users').select('id').limit(1).executeTakeFirst(),
    store.db.selectFrom('locations').select('id').limit(1).executeTakeFirst(),
    store.db.selectFrom('assets').select('id').limit(1).executeTakeFirst(),
  ]);
  return !user && !location && !asset;
}
