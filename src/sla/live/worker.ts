import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import type { NoticeRow } from './notice-kinds.js';
import type { NoticeOutbox } from './outbox.js';
import type { NoticeSender } from './notice-sender.js';

export interface SlaWorkerOptions {
  outbox: NoticeOutbox;
  sender: NoticeSender;
  clock: Clock;
  logger: Logger;
  /** Identifies this worker's claims (default: host, pid and a random suffix). */
  workerId?: string;
  /** Notices claimed per batch (default 200). */
  batchSize?: number;
  /** Batches per tick at most, so one tick cannot run for ever behind a backlog (default 50). */
  maxBatchesPerTick?: number;
  /** Tickets whose notices are sent at the same time (default 8); one ticket's notices go in order. */
  concurrency?: number;
  /** A `sending` claim older than this is taken as interrupted (default 60 s; longer than any send). */
  leaseMs?: number;
  /** Attempts before a notice is given up as failed (default 5); retries wait 30 s × attempts. */
  maxAttempts?: number;
}

export interface TickReport {
  claimed: number;
  sent: number;
  skipped: number;
  deferred: number;
  failed: number;
  abandoned: number;
  recovered: { requeued: number; abandoned: number };
}

/**
 * Sends the due SLA notices of the outbox. `tick(now)` recovers interrupted claims, then claims due
 * notices batch by batch (marked `sending` and committed before anything is sent), sends them and
 * marks each one sent. `start(intervalMs)` runs ticks on a timer, never two at once.
 *
 * Delivery is at most once per claim: a claim interrupted by a crash is sent again only when that
 * can merely update the countdown card in place (see NoticeOutbox.recoverInterrupted), so no notice
 * is ever posted twice; an interrupted post is marked failed rather than risk a duplicate.
 */
export class SlaWorker {
  readonly workerId: string;
  private readonly batchSize: number;
  private readonly maxBatches: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly options: SlaWorkerOptions) {
    this.workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.batchSize = options.batchSize ?? 200;
    this.maxBatches = options.maxBatchesPerTick ?? 50;
    this.concurrency = options.concurrency ?? 8;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  async tick(now: Date = this.options.clock.now()): Promise<TickReport> {
    const report: TickReport = { claimed: 0, sent: 0, skipped: 0, deferred: 0, failed: 0, abandoned: 0, recovered: { requeued: 0, abandoned: 0 } };
    report.recovered = await this.options.outbox.recoverInterrupted(now, this.leaseMs);
    for (let batch = 0; batch < this.maxBatches; batch++) {
      const rows = await this.options.outbox.claimDue(now, this.workerId, this.batchSize);
      report.claimed += rows.length;
      await this.sendAll(rows, report);
      if (rows.length < this.batchSize) break;
    }
    return report;
  }

  /** Ticks every `intervalMs` until `stop()`; a tick that outlasts the interval delays the next one. */
  start(intervalMs: number): void {
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      const started = Date.now();
      this.running = this.tick().catch((error: unknown) => this.options.logger.error({ err: error }, 'SLA notice tick failed'));
      await this.running;
      this.running = undefined;
      if (!this.stopped) this.timer = setTimeout(() => void loop(), Math.max(0, intervalMs - (Date.now() - started)));
    };
    this.timer = setTimeout(() => void loop(), 0);
  }

  /** Stops the timer and waits for a tick under way to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private async sendAll(rows: NoticeRow[], report: TickReport): Promise<void> {
    const byTicket = new Map<number, NoticeRow[]>();
    for (const row of rows) byTicket.set(row.ticket_id, [...(byTicket.get(row.ticket_id) ?? []), row]);
    const queues = [...byTicket.values()];
    const lanes = Array.from({ length: Math.min(this.concurrency, queues.length) }, async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        for (const row of queue) await this.sendOne(row, report);
      }
    });
    await Promise.all(lanes);
  }

  private async sendOne(row: NoticeRow, report: TickReport): Promise<void> {
    const { outbox, sender, clock, logger } = this.options;
    try {
      const outcome = await sender.send(row, clock.now(), () => outbox.startSending(row, this.workerId, clock.now()));
      switch (outcome.kind) {
        case 'sent':
          await outbox.markSent(row, this.workerId, clock.now(), outcome.also, outcome.note);
          report.sent += 1;
          return;
        case 'skipped':
          await outbox.markSkipped(row, this.workerId, outcome.reason);
          report.skipped += 1;
          return;
        case 'deferred':
          await outbox.release(row, this.workerId, new Date(outcome.untilMs));
          report.deferred += 1;
          return;
        case 'lost':
          return;
        case 'abandoned':
          await outbox.markFailed(row, this.workerId, outcome.reason, null);
          report.abandoned += 1;
          logger.warn({ notice: row.id, ticketId: row.ticket_id, reason: outcome.reason }, 'SLA notice abandoned');
          return;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt = row.attempts < this.maxAttempts ? new Date(clock.now().getTime() + 30_000 * row.attempts) : null;
      await outbox.markFailed(row, this.workerId, message.slice(0, 500), retryAt);
      report.failed += 1;
      logger.warn({ notice: row.id, ticketId: row.ticket_id, clock: row.clock, attempts: row.attempts, retry: retryAt !== null, err: message }, 'SLA notice not sent');
    }
  }
}
