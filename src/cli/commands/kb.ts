import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { loadConfig } from '../../config/index.js';
import { CodedError } from '../../errors.js';
import { createStore, migrateToLatest } from '../../db/index.js';
import {
  KyselyAnswerLog,
  answerFromFiche,
  evaluate,
  formatProblem,
  lintKnowledge,
  openKnowledgeBase,
  parseQuestionSet,
  type AnswerableMetrics,
  type KnowledgeBase,
} from '../../knowledge/index.js';
import { languageSchema, type Language } from '../../triage/index.js';
import { parseOptions } from '../args.js';
import { EXIT_FAILURE, usageError, type CliCommand, type CliContext } from '../command.js';
import { runJsonl } from '../jsonl.js';

const USAGE = `triage kb lint [--dir DIR]
       triage kb query --jsonl [--dir DIR]          (stdin: {"id","q","lang"?} per line)
       triage kb query "question" [--lang fr|en] [--dir DIR]
       triage kb eval FILE.jsonl [--misses] [--dir DIR]  (lines {"id","q","lang","expected": slug|null})
       triage kb stats [--since YYYY-MM-DD]
       triage kb suggestions [--since YYYY-MM-DD] [--limit N] [--json]   (draft fiches from resolved tickets)`;

const queryLine = z.object({
  id: z.union([z.string(), z.number()]),
  q: z.string(),
  lang: languageSchema.optional(),
});

export const command: CliCommand = {
  name: 'kb',
  summary: 'knowledge base: lint the fiches, query them, score a question set, deflection stats',
  usage: USAGE,
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (sub === 'lint') return lint(ctx, rest);
    if (sub === 'query') return query(ctx, rest);
    if (sub === 'stats') return stats(ctx, rest);
    if (sub === 'eval') return evaluateSet(ctx, rest);
    if (sub === 'suggestions') return (await import('./kb-suggestions.js')).command.run({ ...ctx, args: rest });
    throw usageError(`expected lint, query, eval, stats or suggestions\nusage: ${USAGE}`);
  },
};

async function lint(ctx: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { dir: { type: 'string' } }, USAGE);
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"\nusage: ${USAGE}`);
  const dir = values.dir ?? loadConfig(ctx.env).knowledgeDir;
  const report = await lintKnowledge(dir);
  for (const problem of report.problems) ctx.stdout.write(`${formatProblem(problem)}\n`);
  ctx.stderr.write(`kb lint: ${report.valid} valid fiches, ${report.problems.length} problem(s) in ${dir}\n`);
  return report.problems.length === 0 ? 0 : EXIT_FAILURE;
}

async function open(ctx: CliContext, dir: string | undefined): Promise<KnowledgeBase> {
  const { knowledge, problems } = await openKnowledgeBase(dir ?? loadConfig(ctx.env).knowledgeDir);
  for (const problem of problems) ctx.stderr.write(`warning: ${formatProblem(problem)} (fiche left out; run triage kb lint)\n`);
  return knowledge;
}

async function query(ctx: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { jsonl: { type: 'boolean' }, lang: { type: 'string' }, dir: { type: 'string' } },
    USAGE,
  );
  const lang = values.lang === undefined ? undefined : languageSchema.safeParse(values.lang);
  if (lang && !lang.success) throw usageError(`--lang must be fr or en\nusage: ${USAGE}`);

  if (values.jsonl) {
    if (positionals.length > 0) throw usageError(`--jsonl reads questions from stdin, not arguments\nusage: ${USAGE}`);
    const knowledge = await open(ctx, values.dir);
    return runJsonl(ctx.stdin, ctx.stdout, (input) => {
      const parsed = queryLine.safeParse(input);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`);
        throw new Error(`expected {"id","q","lang"?}: ${problems.join('; ')}`);
      }
      const line = parsed.data;
      const result = knowledge.search(line.q, { k: 5, ...(line.lang ? { lang: line.lang } : {}) });
      return { id: line.id, answerable: result.answerable, results: result.results };
    });
  }

  const text = positionals.join(' ').trim();
  if (text === '') throw usageError(`give a question, or --jsonl\nusage: ${USAGE}`);
  const knowledge = await open(ctx, values.dir);
  const result = knowledge.search(text, { k: 5, ...(lang?.success ? { lang: lang.data } : {}) });
  ctx.stdout.write(readable(knowledge, result.answerable, result.lang, result.results));
  return 0;
}

const WORDS: Record<Language, { none: string; others: string; escalate: string }> = {
  fr: {
    none: "Aucune fiche ne répond à cette question. Pour un incident, décrivez-le ou appelez le support (5000).",
    others: 'Autres fiches proches',
    escalate: 'Si le problème persiste : équipe',
  },
  en: {
    none: 'No guide answers this question. For an incident, describe it or call the help desk (5000).',
    others: 'Other related guides',
    escalate: 'If the problem persists: team',
  },
};

function readable(knowledge: KnowledgeBase, answerable: boolean, lang: Language, results: { slug: string; lang: Language; score: number }[]): string {
  const words = WORDS[lang];
  const best = results[0];
  if (!answerable || !best) return `${words.none}\n`;
  const answer = answerFromFiche(knowledge, best.slug, lang)!;
  const lines = [`${answer.title}  [${answer.slug}, ${answer.lang}, score ${best.score}]`];
  if (answer.note) lines.push(answer.note);
  lines.push('', ...answer.steps.map((step, i) => `${i + 1}. ${step}`), '', answer.question, `${words.escalate} ${answer.escalate_to}`);
  const others = results.slice(1).map((hit) => `  - ${knowledge.ficheFor(hit.slug, lang)?.title ?? hit.slug} [${hit.slug}, score ${hit.score}]`);
  if (others.length > 0) lines.push('', `${words.others}:`, ...others);
  return `${lines.join('\n')}\n`;
}

async function evaluateSet(ctx: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { misses: { type: 'boolean' }, dir: { type: 'string' } }, USAGE);
  if (positionals.length !== 1) throw usageError(`give one question file\nusage: ${USAGE}`);
  const file = positionals[0]!;
  let questions;
  try {
    questions = parseQuestionSet(await readFile(file, 'utf8'), file);
  } catch (error) {
    throw new CodedError('validation_failed', (error as Error).message);
  }
  const knowledge = await open(ctx, values.dir);
  const report = evaluate(questions, (q) => {
    const result = knowledge.search(q.q, { k: 5 });
    return { answerable: result.answerable, slugs: result.results.map((hit) => hit.slug) };
  });
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (name: string, m: AnswerableMetrics) =>
    `${name.padEnd(4)} ${String(m.questions).padStart(4)} questions  hit@1 ${pct(m.hitAt1)}  hit@3 ${pct(m.hitAt3)}  MRR ${m.mrr.toFixed(3)}  refused ${pct(m.falseAbstention)}\n`;
  ctx.stdout.write(line('all', report.all) + line('fr', report.byLang.fr) + line('en', report.byLang.en));
  ctx.stdout.write(`must-not-answer: ${report.negatives.questions} questions, refused ${pct(report.negatives.abstention)}\n`);
  if (values.misses) {
    for (const miss of report.misses) {
      ctx.stdout.write(`miss ${miss.id} ${JSON.stringify(miss.q)} expected ${miss.expected ?? 'no answer'}, got ${miss.got.join(', ') || 'nothing'}${miss.answerable ? '' : ' (refused)'}\n`);
    }
  }
  return 0;
}

async function stats(ctx: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { since: { type: 'string' } }, USAGE);
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"\nusage: ${USAGE}`);
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since))) throw usageError(`--since must be a date (YYYY-MM-DD)\nusage: ${USAGE}`);
  const store = createStore(loadConfig(ctx.env).databaseUrl);
  try {
    const migration = await migrateToLatest(store);
    if (migration.error) {
      ctx.stderr.write(`${store.location}: ${migration.error}\n`);
      return EXIT_FAILURE;
    }
    const since = values.since === undefined ? undefined : new Date(values.since).toISOString();
    const rows = await new KyselyAnswerLog(store).deflection(since ? { since } : {});
    if (rows.length === 0) {
      ctx.stdout.write('no answer recorded yet\n');
      return 0;
    }
    ctx.stdout.write(`${'fiche'.padEnd(28)} ${'answers'.padStart(7)} ${'helpful'.padStart(7)} ${'not'.padStart(5)} ${'rate'.padStart(6)}\n`);
    for (const row of rows) {
      const rate = row.rate === null ? '-' : `${Math.round(row.rate * 100)}%`;
      ctx.stdout.write(`${row.slug.padEnd(28)} ${String(row.answers).padStart(7)} ${String(row.helpful).padStart(7)} ${String(row.notHelpful).padStart(5)} ${rate.padStart(6)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
