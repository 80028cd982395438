import { z } from 'zod';
import { categorySchema, languageSchema, type Category, type Language } from '../triage/index.js';

/**
 * Who a fiche is written for: everyone, or staff groups (config/audiences.yaml says which job roles form each).
 * `medtech`: the laboratory's and the pharmacy's technicians, on the other side of the results and dispensing chain.
 */
export const AUDIENCES = ['all', 'care', 'medical', 'medtech', 'administrative', 'managers', 'it'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** A group of staff: an audience other than `all`. */
export type StaffGroup = Exclude<Audience, 'all'>;

/** Support team codes a fiche may escalate to (the writers' list, exact strings). */
export const ESCALATION_TEAMS = [
  'helpdesk-l1', 'helpdesk-outsourced', 'dpi-vendor-l2', 'pacs-vendor-l2', 'lab-vendor-l2', 'apps-l2',
  'infra-l2', 'identity-access', 'proximity', 'telecom', 'biomedical', 'security',
] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug');
// YAML reads an unquoted 2026-11-20 as a Date; accept both and keep the ISO day.
const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
);

/** The YAML front matter of a fiche, as written at the top of knowledge/<lang>/<slug>.md. */
export const frontMatterSchema = z.strictObject({
  id: slug,
  lang: languageSchema,
  title: z.string().trim().min(3),
  category: categorySchema,
  keywords: z.array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1))).min(1),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  escalate_to: z.enum(ESCALATION_TEAMS),
  updated: isoDay,
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The four body sections, by their role; headings differ by language. */
export const SECTION_KEYS = ['symptoms', 'whatToDo', 'doNot', 'whenToCall'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_HEADINGS: Record<Language, Record<SectionKey, string>> = {
  fr: { symptoms: 'Symptômes', whatToDo: 'Que faire', doNot: 'À ne pas faire', whenToCall: 'Quand appeler' },
  en: { symptoms: 'Symptoms', whatToDo: 'What to do', doNot: 'Do not', whenToCall: 'When to call' },
};

/** A link to another fiche of the same language, `[title](other-slug.md)`. */
export interface FicheLink {
  slug: string;
  line: number;
}

/** A parsed, valid fiche. */
export interface Fiche {
  id: string;
  lang: Language;
  title: string;
  category: Category;
  keywords: string[];
  audience: FrontMatter['audience'];
  escalateTo: FrontMatter['escalate_to'];
  updated: string;
  /** Text of each section, without its heading. */
  sections: Record<SectionKey, string>;
  /** The numbered steps of "Que faire" / "What to do", markdown links kept as their text. */
  steps: string[];
  links: FicheLink[];
  /** Path the fiche was read from (for messages). */
  path: string;
}

/** One problem found in a fiche: where, and what an author must fix. */
export interface FicheProblem {
  file: string;
  line: number;
  message: string;
}
