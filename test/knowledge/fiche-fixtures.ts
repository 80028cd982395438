import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FicheSpec {
  id: string;
  lang: 'fr' | 'en';
  title?: string;
  keywords?: string[];
  category?: string;
  escalateTo?: string;
  steps?: string[];
  symptoms?: string;
  extraBody?: string;
}

const HEADINGS = {
  fr: ['Symptômes', 'Que faire', 'À ne pas faire', 'Quand appeler'],
  en: ['Symptoms', 'What to do', 'Do not', 'When to call'],
} as const;

/** The text of a well-formed fiche; tests break one thing at a time from here. */
export function ficheText(spec: FicheSpec): string {
  const [symptoms, todo, dont, call] = HEADINGS[spec.lang];
  const steps = spec.steps ?? (spec.lang === 'fr' ? ['Redémarrez le poste.', 'Appelez le 5000.'] : ['Restart the computer.', 'Call 5000.']);
  return [
    '---',
    `id: ${spec.id}`,
    `lang: ${spec.lang}`,
    `title: ${spec.title ?? `Fiche ${spec.id}`}`,
    `category: ${spec.category ?? 'hardware'}`,
    `keywords: [${(spec.keywords ?? ['pc']).join(', ')}]`,
    'audience: [all]',
    `escalate_to: ${spec.escalateTo ?? 'helpdesk-l1'}`,
    'updated: 2026-11-20',
    '---',
    '',
    `## ${symptoms}`,
    spec.symptoms ?? '- Something is wrong.',
    '',
    `## ${todo}`,
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    `## ${dont}`,
    '- Do not panic.',
    '',
    `## ${call}`,
    '- 5000.',
    ...(spec.extraBody ? ['', spec.extraBody] : []),
    '',
  ].join('\n');
}

/** Writes files (relative path → text) into a fresh temporary knowledge folder. */
export async function knowledgeDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'triage-kb-'));
  await mkdir(path.join(dir, 'fr'), { recursive: true });
  await mkdir(path.join(dir, 'en'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** A valid fr + en pair for a slug. */
export function pair(id: string, fr: Partial<FicheSpec> = {}, en: Partial<FicheSpec> = {}): Record<string, string> {
  return {
    [`fr/${id}.md`]: ficheText({ id, lang: 'fr', ...fr }),
    [`en/${id}.md`]: ficheText({ id, lang: 'en', ...en }),
  };
}
