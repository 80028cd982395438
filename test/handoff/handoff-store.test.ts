import { expect, it } from 'vitest';
import { HandoffStore } from '../../src/bot/handoff/index.js';
import { TicketRepository } from '../../src/tickets/index.js';
import { describeEachDialect } from '../support/dialects.js';
import { seedMinimalDirectory, ticketBody } from '../support/minimal-directory.js';

describeEachDialect('the handoff table under concurrent take-overs', (ctx) => {
  it('lets exactly one of two simultaneous take-overs win, 100 times out of 100', async () => {
    await seedMinimalDirectory(ctx.store);
    const tickets = new TicketRepository(ctx.store);
    const { ticket } = await tickets.create(ticketBody());
    const handoffs = new HandoffStore(ctx.store);
    const wins = [0, 0];
    for (let run = 0; run < 100; run++) {
      const handoff = await handoffs.open({ ticketId: ticket.id, userConversationKey: `msteams:a:${run}`, reason: 'user_asked', at: new Date().toISOString() });
      const results = await Promise.all([
        handoffs.take(handoff.id, { ref: 'a@chv.fr', name: 'A' }, new Date().toISOString()),
        handoffs.take(handoff.id, { ref: 'b@chv.fr', name: 'B' }, new Date().toISOString()),
      ]);
      expect(results.filter(Boolean), `run ${run}`).toHaveLength(1);
      const row = (await handoffs.byId(handoff.id))!;
      expect(row.agent_ref).toBe(results[0] ? 'a@chv.fr' : 'b@chv.fr');
      wins[results[0] ? 0 : 1]! += 1;
      // Ending is also once only, and an ended handoff can no longer be taken.
      expect(await handoffs.end(handoff.id, new Date().toISOString())).toBe(true);
      expect(await handoffs.end(handoff.id, new Date().toISOString())).toBe(false);
      expect(await handoffs.take(handoff.id, { ref: 'c@chv.fr', name: 'C' }, new Date().toISOString())).toBe(false);
    }
    console.log(`handoff store [${ctx.target.name}]: 100/100 single owners (a won ${wins[0]}, b won ${wins[1]})`);
  });
});
