import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Category, Language } from '../triage/index.js';
import { answerFromFiche, type FicheAnswer } from './answer.js';
import type { Fiche, StaffGroup } from './fiche.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** Why the deterministic answer was used instead of the model's. */
export type FallbackReason = 'no_model' | 'error' | 'timeout' | 'no_citation';

export type ComposedAnswer =
  | {
      source: 'llm';
      lang: Language;
      /** The model's reply, grounded in the fiches it cites. */
      text: string;
      /** Slugs of the fiches the reply cites, in order of first citation; never empty. */
      cited: string[];
      /** The deterministic answer from the first cited fiche (feedback question, escalation team). */
      fiche: FicheAnswer;
    }
  | { source: 'fiche'; lang: Language; fiche: FicheAnswer; fallback: FallbackReason };

export interface ComposeOptions {
  knowledge: KnowledgeBase;
  question: string;
  model?: BaseChatModel;
  /** Time budget of the model call; past it the fiche answer is used. */
  timeoutMs: number;
  lang?: Language;
  /** Fiches given to the model (default 3). */
  k?: number;
  /**
   * The kind of problem the message was read as: a fiche of that kind scoring close to the best comes first
   * ("l'imprimante du poste de soins…" is a printer's problem, not the shared station's).
   */
  category?: Category;
  /** The staff groups of the person asking: only fiches written for them or for everyone are offered (see SearchOptions). */
  readers?: readonly StaffGroup[];
}

/** How far below the best score a fiche of the message's category may be and still come first. */
const SAME_CATEGORY_MARGIN = 0.1;
/**
 * The same for a kind of problem that is one device's (a phone, a printer, a medical device): the device named
 * ("my DECT… battery icon blinks orange") says more than the symptoms, which other machines share. A credential
 * refused is alike: "PACS keeps saying wrong password" is a password's problem, not the imaging viewer's.
 */
const SAME_DEVICE_MARGIN = 0.25;
const DEVICE_CATEGORIES: ReadonlySet<Category> = new Set(['phone', 'printer', 'biomedical', 'access']);

/**
 * Answers a question from the knowledge base, through the chat model when there is one. The model
 * only sees the steps of the top fiches and must cite them as [slug]; an error, a timeout or a
 * reply citing no given fiche falls back to the fiche's own steps. Undefined when no fiche answers.
 *
 * ```ts
 * const reply = await composeAnswer({ knowledge, question: 'mdp expiré', model, timeoutMs: 4000 });
 * if (reply?.source === 'llm') show(reply.text); else if (reply) show(reply.fiche.steps);
 * ```
 */
export async function composeAnswer(options: ComposeOptions): Promise<ComposedAnswer | undefined> {
  const { knowledge, question, model } = options;
  const result = knowledge.search(question, {
    k: options.k ?? 3,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.readers ? { readers: options.readers } : {}),
  });
  const lang = result.lang;
  if (!result.answerable || result.results.length === 0) return undefined;
  const hits = sameCategoryFirst(result.results, options.category, (hit) => knowledge.fiche(hit.slug, hit.lang)?.category);
  const fiches = hits.map((hit) => knowledge.fiche(hit.slug, hit.lang)).filter((f): f is Fiche => f !== undefined);
  const deterministic = answerFromFiche(knowledge, hits[0]!.slug, lang)!;
  if (!model) return { source: 'fiche', lang, fiche: deterministic, fallback: 'no_model' };

  const outcome = await callWithTimeout(model, groundedPrompt(question, fiches, lang), options.timeoutMs);
  if (outcome.kind !== 'ok') return { source: 'fiche', lang, fiche: deterministic, fallback: outcome.kind };
  const cited = citedSlugs(outcome.text, fiches.map((f) => f.id));
  if (cited.length === 0) return { source: 'fiche', lang, fiche: deterministic, fallback: 'no_citation' };
  return { source: 'llm', lang, text: outcome.text.trim(), cited, fiche: answerFromFiche(knowledge, cited[0]!, lang)! };
}

/** The hits with the best one of `category` moved first, when it scores within the margin of the best. */
function sameCategoryFirst<Hit extends { score: number }>(hits: readonly Hit[], category: Category | undefined, categoryOf: (hit: Hit) => Category | undefined): Hit[] {
  const best = hits[0];
  if (!category || !best || categoryOf(best) === category) return [...hits];
  const margin = DEVICE_CATEGORIES.has(category) ? SAME_DEVICE_MARGIN : SAME_CATEGORY_MARGIN;
  const match = hits.find((hit) => categoryOf(hit) === category && hit.score >= best.score - margin);
  return match ? [match, ...hits.filter((hit) => hit !== match)] : [...hits];
}

const INSTRUCTIONS: Record<Language, string> = {
  fr: `Tu es le support informatique de niveau 1 du Centre hospitalier de Valmont. Réponds en français, brièvement, uniquement à partir des fiches ci-dessous. Donne les étapes utiles numérotées. Cite chaque fiche utilisée sous la forme [slug]. Si aucune fiche ne convient, dis-le sans inventer. Ne demande jamais de mot de passe ni de code PIN.`,
  en: `You are the level-1 IT help desk of Valmont hospital (CHV). Answer in English, briefly, only from the guides below. Give the useful steps, numbered. Cite each guide you use as [slug]. If no guide fits, say so without inventing. Never ask for a password or a PIN.`,
};

/** The messages sent to the model: instructions, the fiches' steps, then the question. */
export function groundedPrompt(question: string, fiches: readonly Fiche[], lang: Language): [SystemMessage, HumanMessage] {
  const context = fiches
    .map((fiche) => [`[${fiche.id}] ${fiche.title}`, ...fiche.steps.map((step, i) => `${i + 1}. ${step}`)].join('\n'))
    .join('\n\n');
  return [new SystemMessage(`${INSTRUCTIONS[lang]}\n\n${context}`), new HumanMessage(question)];
}

/** Known slugs cited as [slug] in a reply, in order of first citation. */
export function citedSlugs(text: string, known: readonly string[]): string[] {
  const cited: string[] = [];
  for (const match of text.matchAll(/\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md)?\]/g)) {
    const slug = match[1]!;
    if (known.includes(slug) && !cited.includes(slug)) cited.push(slug);
  }
  return cited;
}

type CallOutcome = { kind: 'ok'; text: string } | { kind: 'error' } | { kind: 'timeout' };

async function callWithTimeout(model: BaseChatModel, messages: [SystemMessage, HumanMessage], timeoutMs: number): Promise<CallOutcome> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CallOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'timeout' });
    }, timeoutMs);
  });
  const call = model
    .invoke(messages, { signal: controller.signal })
    .then((message): CallOutcome => ({ kind: 'ok', text: typeof message.content === 'string' ? message.content : message.text }))
    .catch((): CallOutcome => (controller.signal.aborted ? { kind: 'timeout' } : { kind: 'error' }));
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
