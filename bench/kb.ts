/**
 * Retrieval benchmark: quality of Triage's fiche search against LangChain's BM25Retriever and
 * MiniSearch on the same fiches and question sets, then build time and query latency with the
 * shipped fiches and with 1,000 and 5,000 fiches synthesised from them.
 *
 *   npm run bench:kb                 # full run
 *   npm run bench:kb -- --quick      # skips 5,000 fiches
 *
 * Build times are measured in a fresh process per size (cold start: what a restart costs).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document } from '@langchain/core/documents';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import MiniSearch from 'minisearch';
import {
  KnowledgeBase,
  bestThreshold,
  evaluate,
  loadFiches,
  parseQuestionSet,
  type EvalQuestion,
  type EvalReport,
  type Fiche,
  type Ranking,
} from '../src/knowledge/index.js';

const SETS = [
  { name: 'dev set', file: 'test/fixtures/kb-questions.jsonl' },
  { name: 'held-out set (never tuned on)', file: 'test/fixtures/kb-holdout.jsonl' },
];
const SIZES = [1000, 5000];
const self = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Synthetic fiches: recombined titles, keywords and section lines of the shipped ones.

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], share: number, next: () => number): T[] {
  return items.filter(() => next() < share);
}

/** `total` fiches: the shipped ones plus synthetic pairs (fr + en) until the count is reached. */
export function synthesise(shipped: readonly Fiche[], total: number, seed = 7): Fiche[] {
  const next = random(seed);
  const bySlug = new Map<string, Fiche[]>();
  for (const fiche of shipped) bySlug.set(fiche.id, [...(bySlug.get(fiche.id) ?? []), fiche]);
  const slugs = [...bySlug.keys()].sort();
  const pick = () => slugs[Math.floor(next() * slugs.length)]!;
  const out = [...shipped];
  for (let i = 0; out.length < total; i++) {
    const [a, b, c] = [slugs[i % slugs.length]!, pick(), pick()];
    for (const lang of ['fr', 'en'] as const) {
      if (out.length >= total) break;
      const [fa, fb, fc] = [a, b, c].map((slug) => bySlug.get(slug)!.find((f) => f.lang === lang) ?? bySlug.get(slug)![0]!);
      const titleA = fa!.title.split(' ');
      const titleB = fb!.title.split(' ');
      const mix = (key: keyof Fiche['sections']) => {
        const lines = [
          ...sample(fa!.sections[key].split('\n'), 0.6, next),
          ...sample(fb!.sections[key].split('\n'), 0.3, next),
          ...sample(fc!.sections[key].split('\n'), 0.2, next),
        ].filter((line) => line.trim() !== '');
        return lines.length > 0 ? lines.join('\n') : fa!.sections[key];
      };
      const whatToDo = mix('whatToDo');
      out.push({
        ...fa!,
        id: `synthetic-${i}`,
        lang,
        title: [...titleA.slice(0, Math.ceil(titleA.length / 2)), ...titleB.slice(Math.floor(titleB.length / 2))].join(' '),
        keywords: [...sample(fa!.keywords, 0.5, next), ...sample(fb!.keywords, 0.3, next), ...sample(fc!.keywords, 0.2, next)],
        sections: { symptoms: mix('symptoms'), whatToDo, doNot: mix('doNot'), whenToCall: mix('whenToCall') },
        steps: whatToDo.split('\n').filter((line) => /^\d+\./.test(line)).map((line) => line.replace(/^\d+\.\s*/, '')),
        links: [],
        path: `synthetic/${lang}/synthetic-${i}.md`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Systems under test.

interface System {
  name: string;
  rank(question: EvalQuestion): Ranking & { topScore: number };
  prepare?(questions: readonly EvalQuestion[]): Promise<void>;
}

function triage(knowledge: KnowledgeBase): System {
  return {
    name: 'Triage (ours)',
    rank(question) {
      // No language hint: the search detects it, as it does for staff messages.
      const result = knowledge.search(question.q, { k: 5 });
      return { answerable: result.answerable, slugs: result.results.map((h) => h.slug), topScore: result.confidence };
    },
  };
}

function ficheText(fiche: Fiche): string {
  return [fiche.title, fiche.keywords.join(', '), ...Object.values(fiche.sections)].join('\n');
}

function dedupe(slugs: string[]): string[] {
  return [...new Set(slugs)].slice(0, 5);
}

async function bm25(fiches: readonly Fiche[], sameLanguageOnly: boolean): Promise<System> {
  const docs = fiches.map((f) => new Document({ pageContent: ficheText(f), metadata: { slug: f.id, lang: f.lang } }));
  const byLang = { fr: docs.filter((d) => d.metadata.lang === 'fr'), en: docs.filter((d) => d.metadata.lang === 'en') };
  const retrievers = {
    all: BM25Retriever.fromDocuments(docs, { k: 10, includeScore: true }),
    fr: BM25Retriever.fromDocuments(byLang.fr, { k: 10, includeScore: true }),
    en: BM25Retriever.fromDocuments(byLang.en, { k: 10, includeScore: true }),
  };
  const cache = new Map<string, Document[]>();
  const system = {
    name: `BM25Retriever${sameLanguageOnly ? ' (given the language)' : ''}`,

    rank(question: EvalQuestion) {
      const found = cache.get(`${question.id}`) ?? [];
      const slugs = dedupe(found.map((d) => d.metadata.slug as string));
      return { answerable: true, slugs, topScore: (found[0]?.metadata.bm25Score as number | undefined) ?? 0 };
    },
    async prepare(questions: readonly EvalQuestion[]) {
      for (const q of questions) {
        const retriever = sameLanguageOnly ? retrievers[q.lang] : retrievers.all;
        cache.set(`${q.id}`, await retriever.invoke(q.q));
      }
    },
  };
  return system;
}

function miniSearch(fiches: readonly Fiche[], sameLanguageOnly: boolean): System {
  const index = new MiniSearch<{ id: string; slug: string; lang: string; title: string; keywords: string; body: string }>({
    fields: ['title', 'keywords', 'body'],
    storeFields: ['slug', 'lang'],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2, keywords: 1.5 } },
  });
  index.addAll(
    fiches.map((f) => ({
      id: `${f.lang}/${f.id}`,
      slug: f.id,
      lang: f.lang,
      title: f.title,
      keywords: f.keywords.join(', '),
      body: Object.values(f.sections).join('\n'),
    })),
  );
  return {
    name: `MiniSearch fuzzy 0.2 + prefix${sameLanguageOnly ? ' (given the language)' : ''}`,
    rank(question) {
      const found = index.search(question.q, sameLanguageOnly ? { filter: (r) => r.lang === question.lang } : {});
      return { answerable: true, slugs: dedupe(found.map((r) => r.slug as string)), topScore: found[0]?.score ?? 0 };
    },
  };
}

/** Scores a system; for baselines, abstention comes from the top-score threshold best for them. */
function score(system: System, questions: readonly EvalQuestion[], ownAbstention: boolean): { report: EvalReport; threshold?: number } {
  const rankings = new Map(questions.map((q) => [q.id, system.rank(q)] as const));
  const threshold = ownAbstention
    ? undefined
    : bestThreshold(questions.map((q) => ({ topScore: rankings.get(q.id)!.topScore, answerable: q.expected !== null })));
  const report = evaluate(questions, (q) => {
    const r = rankings.get(q.id)!;
    return { slugs: r.slugs, answerable: threshold === undefined ? r.answerable : r.topScore >= threshold && r.slugs.length > 0 };
  });
  return threshold === undefined ? { report } : { report, threshold };
}

// ---------------------------------------------------------------------------------------------
// Latency.

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

interface Latency {
  p50: number;
  p99: number;
  n: number;
  /** The same percentiles in CPU time of this process (all its threads, GC and compiler included). */
  cpuP50: number;
  cpuP99: number;
  /**
   * p99 over the questions of each question's median time across rounds: the cost of the heaviest
   * questions, without the pauses a busy machine adds at random.
   */
  medianP99: number;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function latency(run: (q: EvalQuestion) => unknown, questions: readonly EvalQuestion[], rounds: number): Latency {
  const times: number[] = [];
  const cpu: number[] = [];
  const perQuestion = questions.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    questions.forEach((q, i) => {
      const startCpu = cpuMs();
      const start = performance.now();
      run(q);
      const elapsed = performance.now() - start;
      times.push(elapsed);
      perQuestion[i]!.push(elapsed);
      cpu.push(cpuMs() - startCpu);
    });
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const medians = perQuestion.map((list) => percentile([...list].sort((a, b) => a - b), 0.5)).sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    n: times.length,
    cpuP50: percentile(cpu, 0.5),
    cpuP99: percentile(cpu, 0.99),
    medianP99: percentile(medians, 0.99),
  };
}

async function latencyAsync(run: (q: EvalQuestion) => Promise<unknown>, questions: readonly EvalQuestion[]): Promise<Pick<Latency, 'p50' | 'p99' | 'n'>> {
  const times: number[] = [];
  for (const q of questions) {
    const start = performance.now();
    await run(q);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), n: times.length };
}

/** Child mode: cold build and query latency of our index at one size, as one JSON line. */
async function child(size: number): Promise<void> {
  const { fiches } = await loadFiches('knowledge');
  const all = size <= fiches.length ? fiches : synthesise(fiches, size);
  const questions = parseQuestionSet(readFileSync(SETS[0]!.file, 'utf8'));
  const startCpu = cpuMs();
  const start = performance.now();
  const knowledge = new KnowledgeBase(all);
  const buildMs = performance.now() - start;
  const buildCpuMs = cpuMs() - startCpu;
  const first = latency((q) => knowledge.search(q.q, { k: 5 }), questions, 1);
  const warm = latency((q) => knowledge.search(q.q, { k: 5 }), questions, 10);
  const report = score(triage(knowledge), questions, true).report;
  process.stdout.write(`${JSON.stringify({ size: all.length, buildMs, buildCpuMs, first, warm, hitAt1: report.all.hitAt1, abstention: report.negatives.abstention })}\n`);
}

// ---------------------------------------------------------------------------------------------

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const ms = (x: number) => x.toFixed(3).padStart(7);

function table(rows: { name: string; report: EvalReport; threshold?: number }[]): string {
  const head = `${'system'.padEnd(44)} ${'hit@1'.padStart(5)} ${'hit@3'.padStart(5)} ${'MRR'.padStart(5)} ${'abst'.padStart(5)} ${'f-abs'.padStart(5)} ${'miss1'.padStart(5)} | ${'fr@1'.padStart(5)} ${'fr@3'.padStart(5)} ${'frFA'.padStart(5)} | ${'en@1'.padStart(5)} ${'en@3'.padStart(5)} ${'enFA'.padStart(5)}`;
  const lines = rows.map(({ name, report: r, threshold }) =>
    [
      `${name}${threshold === undefined ? '' : ` [thr ${threshold.toFixed(2)}]`}`.padEnd(44),
      pct(r.all.hitAt1), pct(r.all.hitAt3), pct(r.all.mrr), pct(r.negatives.abstention), pct(r.all.falseAbstention), String(r.all.rank1Misses).padStart(5), '|',
      pct(r.byLang.fr.hitAt1), pct(r.byLang.fr.hitAt3), pct(r.byLang.fr.falseAbstention), '|',
      pct(r.byLang.en.hitAt1), pct(r.byLang.en.hitAt3), pct(r.byLang.en.falseAbstention),
    ].join(' '),
  );
  return [head, ...lines].join('\n');
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) return child(Number(process.argv[childAt + 1]));
  const quick = process.argv.includes('--quick');
  const verbose = process.argv.includes('--misses');

  const { fiches, problems } = await loadFiches('knowledge');
  if (problems.length > 0) console.log(`warning: ${problems.length} malformed fiche(s) left out (run triage kb lint)`);
  const knowledge = new KnowledgeBase(fiches);
  console.log(`bench:kb — ${fiches.length} shipped fiches (${new Set(fiches.map((f) => f.id)).size} slugs), node ${process.version}`);
  console.log('All values in %. abst = must-not-answer refused; f-abs = answerable refused; miss1 = rank-1 misses.');
  console.log('Baselines abstain below the top-score threshold [thr] that is best for them on that set.\n');

  for (const set of SETS) {
    const questions = parseQuestionSet(readFileSync(set.file, 'utf8'), set.file);
    const answerable = questions.filter((q) => q.expected !== null);
    const count = (lang: string) => answerable.filter((q) => q.lang === lang).length;
    console.log(`== ${set.name}: ${set.file} — ${answerable.length} answerable (${count('fr')} fr, ${count('en')} en), ${questions.length - answerable.length} must-not-answer`);
    const rows: { name: string; report: EvalReport; threshold?: number }[] = [];
    const ours = score(triage(knowledge), questions, true);
    rows.push({ name: 'Triage (ours)', ...ours });
    for (const sameLanguageOnly of [false, true]) {
      const b = await bm25(fiches, sameLanguageOnly);
      await b.prepare?.(questions);
      rows.push({ name: b.name, ...score(b, questions, false) });
      const m = miniSearch(fiches, sameLanguageOnly);
      rows.push({ name: m.name, ...score(m, questions, false) });
    }
    console.log(table(rows));
    const baselineMisses = Math.min(...rows.slice(1).map((r) => r.report.all.rank1Misses));
    console.log(`rank-1 misses: ours ${ours.report.all.rank1Misses}, best baseline ${baselineMisses} → ratio ${(ours.report.all.rank1Misses / Math.max(1, baselineMisses)).toFixed(2)} (goal ≤ 0.50)`);
    if (verbose) for (const miss of ours.report.misses) console.log(`  miss ${miss.id} ${JSON.stringify(miss.q)} expected ${miss.expected} got ${miss.got.join(', ')}${miss.answerable ? '' : ' (abstained)'}`);
    console.log('');
  }

  console.log(`== Triage index: cold build (fresh process) and query latency, dev-set questions (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs)`);
  console.log(`${'fiches'.padStart(6)} ${'build ms'.padStart(9)} ${'cpu ms'.padStart(7)} | ${'1st p50'.padStart(7)} ${'1st p99'.padStart(7)} | ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'cpu p50'.padStart(7)} ${'cpu p99'.padStart(7)} ${'med p99'.padStart(7)} ${'queries'.padStart(7)} | hit@1  abst (dev set; extra fiches are near-duplicate distractors)`);
  for (const size of [fiches.length, ...SIZES.filter((s) => !quick || s <= 1000)]) {
    const run = spawnSync(process.execPath, [...process.execArgv, self, '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) {
      console.log(`${String(size).padStart(6)} failed: ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`);
      continue;
    }
    const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as { size: number; buildMs: number; buildCpuMs: number; first: Latency; warm: Latency; hitAt1: number; abstention: number };
    console.log(
      `${String(r.size).padStart(6)} ${r.buildMs.toFixed(0).padStart(9)} ${r.buildCpuMs.toFixed(0).padStart(7)} | ${ms(r.first.p50)} ${ms(r.first.p99)} | ${ms(r.warm.p50)} ${ms(r.warm.p99)} ${ms(r.warm.cpuP50)} ${ms(r.warm.cpuP99)} ${ms(r.warm.medianP99)} ${String(r.warm.n).padStart(7)} | ${pct(r.hitAt1)} ${pct(r.abstention)}`,
    );
  }
  console.log('(build: wall and CPU time of the first build in a fresh process, lexicon and stemmer start-up included;\n 1st = first pass over the questions right after the build; p50/p99 = 10 further passes, wall and CPU time;\n med p99 = p99 over the questions of each one\'s median wall time across the 10 passes.)\n');

  console.log('== Baselines at the same sizes (in this process; BM25Retriever has no index: it scores every document per query)');
  const questions = parseQuestionSet(readFileSync(SETS[0]!.file, 'utf8'));
  console.log(`${'fiches'.padStart(6)} ${'system'.padEnd(30)} ${'build ms'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'queries'.padStart(7)}`);
  for (const size of [fiches.length, ...SIZES.filter((s) => !quick || s <= 1000)]) {
    const all = size <= fiches.length ? fiches : synthesise(fiches, size);
    // Baselines get slow with size: fewer questions at 5,000 fiches keep the run short.
    const subset = size > 1000 ? questions.slice(0, 40) : questions;
    let start = performance.now();
    const m = miniSearch(all, false);
    const miniBuild = performance.now() - start;
    const mini = latency((q) => m.rank(q), subset, size > 1000 ? 1 : 3);
    console.log(`${String(all.length).padStart(6)} ${'MiniSearch'.padEnd(30)} ${miniBuild.toFixed(0).padStart(9)} ${ms(mini.p50)} ${ms(mini.p99)} ${String(mini.n).padStart(7)}`);
    start = performance.now();
    const retriever = BM25Retriever.fromDocuments(all.map((f) => new Document({ pageContent: ficheText(f), metadata: { slug: f.id } })), { k: 5 });
    const bm25Build = performance.now() - start;
    const b = await latencyAsync((q) => retriever.invoke(q.q), subset);
    console.log(`${String(all.length).padStart(6)} ${'BM25Retriever'.padEnd(30)} ${bm25Build.toFixed(0).padStart(9)} ${ms(b.p50)} ${ms(b.p99)} ${String(b.n).padStart(7)}`);
  }
}

// Run only as a script (the synthesiser is importable).
if (process.argv[1] && path.resolve(process.argv[1]) === self) await main();
