// One writer process for the concurrency check: creates N tickets and prints the numbers, one per line.
import { createStore } from '../src/db/index.js';
import { TicketRepository, loadRoutingConfig } from '../src/tickets/index.js';

const [url, schema, countText, workerId] = process.argv.slice(2);
const store = createStore(url!, schema ? { schema } : {});
const tickets = new TicketRepository(store, undefined, loadRoutingConfig('config/routing.yaml'));
const numbers: string[] = [];
let failures = 0;
for (let i = 0; i < Number(countText); i++) {
  try {
    const { ticket } = await tickets.create({
      requester: 'alice.martin@chv.fr',
      category: i % 5 === 0 ? 'request' : 'hardware',
      scope: 'single_user',
      urgency: 'medium',
      patient_care_impact: false,
      title: `Charge ${workerId}-${i}`,
      source: { channel: 'cli', activity_id: `worker-${workerId}-${i}` },
    });
    numbers.push(ticket.number);
  } catch (error) {
    failures++;
    process.stderr.write(`worker ${workerId}: ${(error as Error).message}\n`);
  }
}
await store.close();
process.stdout.write(JSON.stringify({ numbers, failures }) + '\n');
