import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { createStore, migrateToLatest, type Store } from '../../src/db/index.js';
import { KyselyAnswerLog, MemoryAnswerLog, type AnswerLog } from '../../src/knowledge/index.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

const implementations: [string, (clock: ManualClock) => Promise<AnswerLog>][] = [
  ['in memory', async (clock) => new MemoryAnswerLog(clock)],
  [
    'kb_answers on SQLite',
    async (clock) => {
      const store = createStore('sqlite::memory:');
      stores.push(store);
      expect((await migrateToLatest(store)).error).toBeUndefined();
      return new KyselyAnswerLog(store, clock);
    },
  ],
];

for (const [name, open] of implementations) {
  describe(`answer log (${name})`, () => {
    it('records an answer, then the feedback with its time', async () => {
      const clock = new ManualClock('2026-11-28T08:00:00.000Z');
      const log = await open(clock);
      const id = await log.recordAnswer({ slug: 'password-reset', lang: 'fr', userRef: 'aad:42', conversationId: 'conv-1' });
      clock.advance(90_000);
      expect(await log.recordFeedback(id, true)).toBe(true);
      expect(await log.get(id)).toEqual({
        id,
        slug: 'password-reset',
        lang: 'fr',
        userRef: 'aad:42',
        conversationId: 'conv-1',
        answeredAt: '2026-11-28T08:00:00.000Z',
        helpful: true,
        feedbackAt: '2026-11-28T08:01:30.000Z',
      });
      expect(await log.recordFeedback(9999, false)).toBe(false);
    });

    it('reports deflection per fiche: answers, helpful, not helpful, rate', async () => {
      const clock = new ManualClock('2026-11-01T08:00:00.000Z');
      const log = await open(clock);
      const ids = [];
      for (const slug of ['printer-offline', 'printer-offline', 'printer-offline', 'dpi-slow', 'wifi-connect']) {
        ids.push(await log.recordAnswer({ slug, lang: 'fr' }));
        clock.advance(3_600_000);
      }
      await log.recordFeedback(ids[0]!, true);
      await log.recordFeedback(ids[1]!, false);
      await log.recordFeedback(ids[2]!, true);
      await log.recordFeedback(ids[3]!, false);
      expect(await log.deflection()).toEqual([
        { slug: 'printer-offline', answers: 3, helpful: 2, notHelpful: 1, noFeedback: 0, rate: 0.667 },
        { slug: 'dpi-slow', answers: 1, helpful: 0, notHelpful: 1, noFeedback: 0, rate: 0 },
        { slug: 'wifi-connect', answers: 1, helpful: 0, notHelpful: 0, noFeedback: 1, rate: null },
      ]);
      expect((await log.deflection({ since: '2026-11-01T10:30:00.000Z' })).map((r) => r.slug)).toEqual(['dpi-slow', 'wifi-connect']);
    });
  });
}
