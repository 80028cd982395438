import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase, evaluate, loadFiches, parseQuestionSet, type EvalReport } from '../../src/knowledge/index.js';

/*
 * Quality goals of issue 3 on the development question set (test/fixtures/kb-questions.jsonl),
 * searched without a language hint, as staff messages are. Timing is measured by `npm run bench:kb`.
 */
let report: EvalReport;

beforeAll(async () => {
  const { fiches, problems } = await loadFiches('knowledge');
  expect(problems).toEqual([]);
  const knowledge = new KnowledgeBase(fiches);
  const questions = parseQuestionSet(readFileSync('test/fixtures/kb-questions.jsonl', 'utf8'));
  report = evaluate(questions, (q) => {
    const result = knowledge.search(q.q, { k: 5 });
    return { answerable: result.answerable, slugs: result.results.map((hit) => hit.slug) };
  });
});

const misses = () => report.misses.map((m) => `${m.id} ${JSON.stringify(m.q)} → ${m.got.join(', ')}${m.answerable ? '' : ' (abstained)'}`).join('\n');

describe('the development question set', () => {
  it('has at least 150 answerable questions, 40 in English, and 30 that must not be answered', () => {
    expect(report.all.questions).toBeGreaterThanOrEqual(150);
    expect(report.byLang.en.questions).toBeGreaterThanOrEqual(40);
    expect(report.negatives.questions).toBeGreaterThanOrEqual(30);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`puts the right fiche first for ≥ 90% of ${lang} questions and in the top 3 for ≥ 97%`, () => {
      expect(report.byLang[lang].hitAt1, misses()).toBeGreaterThanOrEqual(0.9);
      expect(report.byLang[lang].hitAt3, misses()).toBeGreaterThanOrEqual(0.97);
    });
  }

  it('refuses ≥ 90% of greetings, off-topic questions and gibberish', () => {
    expect(report.negatives.abstention, misses()).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses at most 5% of the questions a fiche answers', () => {
    expect(report.all.falseAbstention, misses()).toBeLessThanOrEqual(0.05);
  });
});
