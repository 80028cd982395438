// `npm run bench`: every throughput and latency figure of the product, printed in one run.
import { benchFoundation } from './foundation.js';

const pgUrl = process.env.TEST_PG_URL || undefined;
await benchFoundation(pgUrl);
