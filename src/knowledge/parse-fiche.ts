import { parseDocument } from 'yaml';
import {
  SECTION_HEADINGS,
  SECTION_KEYS,
  frontMatterSchema,
  type Fiche,
  type FicheLink,
  type FicheProblem,
  type SectionKey,
} from './fiche.js';

export type ParseResult = { ok: true; fiche: Fiche } | { ok: false; problems: FicheProblem[] };

const LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;

/**
 * Parses the text of one fiche: YAML front matter (zod-checked) then the four `## ` sections in
 * order. Problems carry the 1-based line they are about; nothing throws.
 *
 * ```ts
 * const result = parseFiche(text, 'knowledge/fr/password-reset.md');
 * if (!result.ok) for (const p of result.problems) console.log(`${p.file}:${p.line}: ${p.message}`);
 * ```
 */
export function parseFiche(text: string, file: string): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: FicheProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });

  if (lines[0]?.trim() !== '---') {
    problem(1, 'missing front matter: the file must start with a line "---"');
    return { ok: false, problems };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) {
    problem(1, 'front matter is not closed by a line "---"');
    return { ok: false, problems };
  }

  const document = parseDocument(lines.slice(1, end).join('\n'));
  if (document.errors.length > 0) {
    for (const error of document.errors) problem(1 + (error.linePos?.[0]?.line ?? 1), `invalid YAML: ${firstLine(error.message)}`);
    return { ok: false, problems };
  }
  const parsed = frontMatterSchema.safeParse(document.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const keyLine = typeof key === 'string' ? lines.slice(1, end).findIndex((l) => l.startsWith(`${key}:`)) : -1;
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      problem(keyLine >= 0 ? keyLine + 2 : 1, `front matter ${where}${issue.message}`);
    }
    return { ok: false, problems };
  }
  const meta = parsed.data;

  const headings = SECTION_HEADINGS[meta.lang];
  const byHeading = new Map(SECTION_KEYS.map((key) => [headings[key].toLowerCase(), key] as const));
  const found: { key: SectionKey; line: number; body: string[] }[] = [];
  let current: (typeof found)[number] | undefined;
  const links: FicheLink[] = [];
  for (let index = end + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const key = byHeading.get(heading[1]!.toLowerCase());
      if (!key) {
        problem(index + 1, `unexpected section "${heading[1]}" (expected ${SECTION_KEYS.map((k) => `"${headings[k]}"`).join(', ')})`);
        current = undefined;
        continue;
      }
      if (found.some((section) => section.key === key)) problem(index + 1, `section "${headings[key]}" appears twice`);
      current = { key, line: index + 1, body: [] };
      found.push(current);
      continue;
    }
    for (const match of line.matchAll(LINK)) {
      const target = match[2]!;
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto:, tel: are not fiche links
      const slug = /^(?:\.\/)?([a-z0-9-]+)\.md$/.exec(target)?.[1];
      if (!slug) problem(index + 1, `link "${target}" is not a fiche link of the form other-slug.md`);
      else links.push({ slug, line: index + 1 });
    }
    if (current) current.body.push(line);
    else if (line.trim() !== '') problem(index + 1, 'text before the first section');
  }

  const sections = {} as Record<SectionKey, string>;
  for (const key of SECTION_KEYS) {
    const section = found.find((s) => s.key === key);
    if (!section) {
      problem(end + 2, `missing section "## ${headings[key]}"`);
      continue;
    }
    sections[key] = section.body.join('\n').trim();
    if (sections[key] === '') problem(section.line, `section "${headings[key]}" is empty`);
  }
  const order = found.map((s) => SECTION_KEYS.indexOf(s.key));
  const misplaced = found.find((s, i) => i > 0 && order[i]! < order[i - 1]!);
  if (misplaced) problem(misplaced.line, `section "${headings[misplaced.key]}" is out of order (expected ${SECTION_KEYS.map((k) => headings[k]).join(', ')})`);

  const steps = sections.whatToDo ? numberedSteps(sections.whatToDo) : [];
  const whatToDo = found.find((s) => s.key === 'whatToDo');
  if (whatToDo && sections.whatToDo && steps.length === 0) {
    problem(whatToDo.line, `section "${headings.whatToDo}" has no numbered step ("1. ...")`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    fiche: {
      id: meta.id,
      lang: meta.lang,
      title: meta.title,
      category: meta.category,
      keywords: meta.keywords,
      audience: meta.audience,
      escalateTo: meta.escalate_to,
      updated: meta.updated,
      sections,
      steps,
      links,
      path: file,
    },
  };
}

/** Items of a numbered markdown list; indented continuation lines join their item. */
export function numberedSteps(text: string): string[] {
  const steps: string[] = [];
  let inStep = false;
  for (const line of text.split('\n')) {
    const item = /^\s{0,3}\d+[.)]\s+(.*)$/.exec(line);
    if (item) {
      steps.push(item[1]!.trim());
      inStep = true;
    } else if (inStep && /^\s+\S/.test(line) && !/^\s*[-*]\s/.test(line)) {
      steps[steps.length - 1] += ` ${line.trim()}`;
    } else if (inStep && /^\s+[-*]\s/.test(line)) {
      steps[steps.length - 1] += `\n${line.trimEnd()}`;
    } else {
      inStep = false;
    }
  }
  return steps.map((step) => step.replace(LINK, '$1'));
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}
