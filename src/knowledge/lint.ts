import type { FicheProblem } from './fiche.js';
import { loadFiches } from './load-fiches.js';

export interface LintReport {
  problems: FicheProblem[];
  /** How many fiches were read without problem. */
  valid: number;
}

/**
 * Checks the whole knowledge base: each fiche parses and validates, ids are unique, every id
 * exists in both languages, and internal links point to a fiche of the same language.
 *
 * ```ts
 * const { problems } = await lintKnowledge('./knowledge');
 * for (const p of problems) console.log(formatProblem(p));
 * ```
 */
export async function lintKnowledge(dir: string): Promise<LintReport> {
  const { fiches, problems } = await loadFiches(dir);
  const bySlug = new Map<string, Set<string>>();
  for (const fiche of fiches) {
    const langs = bySlug.get(fiche.id) ?? new Set<string>();
    if (langs.has(fiche.lang)) problems.push({ file: fiche.path, line: 2, message: `duplicate id "${fiche.id}" in ${fiche.lang}` });
    langs.add(fiche.lang);
    bySlug.set(fiche.id, langs);
  }
  for (const fiche of fiches) {
    const other = fiche.lang === 'fr' ? 'en' : 'fr';
    if (!bySlug.get(fiche.id)?.has(other)) {
      problems.push({ file: fiche.path, line: 2, message: `no ${other} version: ${other}/${fiche.id}.md is missing` });
    }
    for (const link of fiche.links) {
      if (!bySlug.get(link.slug)?.has(fiche.lang)) {
        problems.push({ file: fiche.path, line: link.line, message: `link to "${link.slug}.md" does not resolve: no ${fiche.lang} fiche with that id` });
      }
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, valid: fiches.length };
}

export function formatProblem(problem: FicheProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
