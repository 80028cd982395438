import { writeTransaction, type Store } from '../db/index.js';
import { CodedError } from '../errors.js';
import { checkReferences } from './check-references.js';
import { sortIssues, type DirectoryIssue } from './issues.js';
import { DIRECTORY_FILE_KINDS, parseDirectoryFiles, type DirectoryFileKind, type DirectorySources } from './parse-files.js';
import { loadSnapshot } from './snapshot.js';
import { writeDirectory, type ImportCounts } from './write-directory.js';

/** The outcome for one imported file. */
export interface ImportedFile extends ImportCounts {
  kind: DirectoryFileKind;
  file: string;
}

/** Either every file was imported, or nothing was written and `issues` says why. */
export type DirectoryImportResult = { ok: true; files: ImportedFile[] } | { ok: false; issues: DirectoryIssue[] };

/**
 * Imports any subset of the directory CSV files, all or nothing. Every file is validated first
 * (rows, duplicates, then references against the files and the stored directory, manager cycles); any
 * issue means nothing is written. Otherwise all rows are upserted by natural key (location code, user
 * e-mail, asset tag, application code, team code) in one transaction; importing the same files again
 * reports every row unchanged. Rows absent from a file are never deleted.
 *
 * ```ts
 * const result = await importDirectory(store, { users: { name: 'users.csv', text } });
 * if (!result.ok) console.error(result.issues.map(formatIssue).join('\n'));
 * ```
 */
export async function importDirectory(store: Store, sources: DirectorySources): Promise<DirectoryImportResult> {
  if (!DIRECTORY_FILE_KINDS.some((kind) => sources[kind])) {
    throw new CodedError('validation_failed', 'nothing to import: give at least one directory file');
  }
  const { parsed, issues } = parseDirectoryFiles(sources);
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  // References are checked inside the write transaction, so they are checked against what is committed.
  return writeTransaction(store, async (trx) => {
    const snapshot = await loadSnapshot(trx);
    const referenceIssues = checkReferences(parsed, snapshot);
    if (referenceIssues.length > 0) return { ok: false, issues: sortIssues(referenceIssues) };
    const counts = await writeDirectory(trx, parsed, snapshot);
    const files = DIRECTORY_FILE_KINDS.filter((kind) => counts[kind]).map((kind) => ({
      kind,
      file: parsed.names[kind]!,
      ...counts[kind]!,
    }));
    return { ok: true, files };
  });
}
