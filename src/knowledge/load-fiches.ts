import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGES, type Language } from '../triage/index.js';
import type { Fiche, FicheProblem } from './fiche.js';
import { parseFiche } from './parse-fiche.js';

export interface LoadedFiches {
  /** Valid fiches, sorted by language then id. */
  fiches: Fiche[];
  /** Every fiche that could not be used, with its path and line: none is skipped silently. */
  problems: FicheProblem[];
}

/**
 * Reads knowledge/<lang>/<slug>.md for lang fr and en. A file whose id is not its file name, or
 * whose lang is not its folder, is reported and left out.
 *
 * ```ts
 * const { fiches, problems } = await loadFiches(loadConfig().knowledgeDir);
 * ```
 */
export async function loadFiches(dir: string): Promise<LoadedFiches> {
  const fiches: Fiche[] = [];
  const problems: FicheProblem[] = [];
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    problems.push({ file: dir, line: 0, message: `knowledge folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return { fiches, problems };
  }
  for (const entry of entries.filter((name) => name.endsWith('.md') && name !== 'README.md')) {
    problems.push({ file: path.join(dir, entry), line: 1, message: 'fiche outside a language folder: move it to fr/ or en/' });
  }
  for (const lang of LANGUAGES) {
    if (!entries.includes(lang)) continue;
    const folder = path.join(dir, lang);
    const files = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
    for (const name of files) {
      const file = path.join(folder, name);
      const result = parseFiche(await readFile(file, 'utf8'), file);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      const own = checkPlace(result.fiche, name.slice(0, -'.md'.length), lang, file);
      if (own.length > 0) problems.push(...own);
      else fiches.push(result.fiche);
    }
  }
  return { fiches, problems };
}

function checkPlace(fiche: Fiche, fileSlug: string, folderLang: Language, file: string): FicheProblem[] {
  const problems: FicheProblem[] = [];
  if (fiche.id !== fileSlug) problems.push({ file, line: 2, message: `id "${fiche.id}" differs from the file name "${fileSlug}.md"` });
  if (fiche.lang !== folderLang) problems.push({ file, line: 3, message: `lang "${fiche.lang}" differs from the folder "${folderLang}/"` });
  return problems;
}
