// `npm run bench`: every throughput and latency figure of the product, printed in one run.
import { benchBotTurns } from './bot-turns.js';
import { benchFoundation } from './foundation.js';
import { benchSla } from './sla.js';
import { benchOutageStorm } from './storm.js';

const pgUrl = process.env.TEST_PG_URL || undefined;
await benchFoundation(pgUrl);
await benchBotTurns(); // saturation: turns/s against the echo bot
await benchBotTurns({ thinkMs: 1000 }); // 50 people chatting: per-turn latency
await benchOutageStorm({
  users: Number(process.env.STORM_USERS ?? 20_000), // a whole hospital, one message each
  seconds: Number(process.env.STORM_SECONDS ?? 60),
});
await benchSla();
