import type { Clock } from '../../clock.js';
import type { Notifier } from '../../channels/notifier/index.js';
import type { Store } from '../../db/index.js';
import type { Logger } from '../../log.js';
import type { RedactionPolicy } from '../../redaction/index.js';
import type { TicketRepository } from '../../tickets/index.js';
import type { Language } from '../../triage/index.js';
import type { ContractBook } from '../contracts/index.js';
import { ClockService } from './clock-service.js';
import { SlaDeadlineTeller } from './deadline-teller.js';
import { NoticeOutbox } from './outbox.js';
import { NoticeSender } from './notice-sender.js';
import { slaNoticePlanner } from './planner.js';
import { SlaWorker, type SlaWorkerOptions } from './worker.js';

export interface SlaLiveOptions {
  store: Store;
  tickets: TicketRepository;
  contracts: ContractBook;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  managersChannelId: string;
  redaction: RedactionPolicy;
  /** Language of what is posted in channels (default French). */
  channelLanguage?: Language;
  worker?: Pick<SlaWorkerOptions, 'workerId' | 'batchSize' | 'concurrency' | 'leaseMs' | 'maxAttempts' | 'maxBatchesPerTick'>;
}

/** The SLA clocks of the live product: clock service, notice planner (registered), worker, deadline teller. */
export interface SlaLive {
  clocks: ClockService;
  outbox: NoticeOutbox;
  worker: SlaWorker;
  deadlines: SlaDeadlineTeller;
}

/**
 * Connects the SLA clocks to the tickets: registers the notice planner on every ticket change and
 * builds the worker that sends due notices (not started: call `worker.start(ms)`).
 *
 * ```ts
 * const sla = createSlaLive({ store, tickets, contracts, notifier, clock, logger, managersChannelId, redaction });
 * sla.worker.start(config.sla.tickMs);
 * ```
 */
export function createSlaLive(options: SlaLiveOptions): SlaLive {
  const clocks = new ClockService(options.contracts);
  options.tickets.onChange(slaNoticePlanner(clocks, options.logger));
  const outbox = new NoticeOutbox(options.store);
  const leaseMs = options.worker?.leaseMs ?? 60_000;
  const sender = new NoticeSender({
    store: options.store,
    clocks,
    notifier: options.notifier,
    managersChannelId: options.managersChannelId,
    redaction: options.redaction,
    channelLanguage: options.channelLanguage,
    leaseMs,
  });
  const worker = new SlaWorker({ outbox, sender, clock: options.clock, logger: options.logger, ...options.worker, leaseMs });
  return { clocks, outbox, worker, deadlines: new SlaDeadlineTeller(options.store, clocks, options.clock) };
}
