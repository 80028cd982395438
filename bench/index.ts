// `npm run bench`: every throughput and latency figure of the product, printed in one run.
import { benchBotTurns } from './bot-turns.js';
import { benchFoundation } from './foundation.js';
import { benchSla } from './sla.js';

const pgUrl = process.env.TEST_PG_URL || undefined;
await benchFoundation(pgUrl);
await benchBotTurns(); // saturation: turns/s against the echo bot
await benchBotTurns({ thinkMs: 1000 }); // 50 people chatting: per-turn latency
await benchSla();
