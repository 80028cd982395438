import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { Logger } from '../../log.js';
import type { ActivityInbox, InboxEntry, NewInboxEntry } from './activity-inbox.js';
import type { InboxAttempt } from './transient-failure.js';
import { ConcurrencyLimit } from './concurrency-limit.js';

export interface InboxWorkersOptions {
  inbox: ActivityInbox;
  /**
   * Runs the turn of a claimed activity. Resolving ends it; throwing asks for another attempt (after a
   * backoff) until `maxAttempts`, after which the activity is kept as failed.
   */
  runTurn(entry: InboxEntry, attempt: { attempt: number; final: boolean }): Promise<void>;
  logger: Logger;
  /** Most turns run at once in this process (default 32); fewer while the event loop lags. */
  slots?: number;
  /** Fewest turns run at once when there is work, however loaded the process (default 2). */
  minSlots?: number;
  /** Event-loop delay (p90 over 250 ms) above which fewer turns are run at once (default 40 ms). */
  targetLagMs?: number;
  /**
   * Turns a delivery may still run at once, outside the queue, while new connections keep arriving and the
   * event loop lags (default 8, at most `slots`); see {@link InboxWorkers.crowded}.
   */
  runNowSlots?: number;
  /** How often the queue is looked at when no arrival woke the workers (default 1 s). */
  pollMs?: number;
  /** A claim older than this belongs to a stopped worker and is queued again (default 60 s). */
  leaseMs?: number;
  /** Attempts before an activity is kept as failed (default 6). */
  maxAttempts?: number;
  /** Wait before attempt `n + 1` after attempt `n` failed (default 1 s, 2 s, 4 s... at most 60 s). */
  backoffMs?: (attempt: number) => number;
}

/** How the turn of an activity ended in this process. */
export type TurnSettlement = 'done' | 'retry' | 'failed';

/** A delivery's turn run at once, outside the queue ({@link InboxWorkers.runNow}). */
export interface TurnRunNow {
  /**
   * Ends with the turn: `done`, or `kept` when the turn failed and the activity was written to the inbox
   * for a later attempt (or kept as failed after the last one).
   */
  settled: Promise<'done' | 'kept'>;
  /** Writes the delivery down as running here, before answering it while the turn still runs. */
  keep(): Promise<void>;
}

/**
 * Runs queued activities' turns, `slots` at a time, oldest first, one at a time per conversation.
 * Arrivals wake the workers at once (`notify`); a timer catches what other instances queued, retries
 * that fell due and claims left by a stopped worker.
 *
 * ```ts
 * const workers = new InboxWorkers({ inbox, runTurn, logger });
 * workers.start();
 * const id = await inbox.enqueue(entry);
 * const settled = workers.settlementOf(id); workers.notify();
 * ```
 */
export class InboxWorkers {
  readonly #options: Required<Omit<InboxWorkersOptions, 'logger' | 'inbox' | 'runTurn' | 'slots' | 'minSlots' | 'targetLagMs' | 'runNowSlots'>>;
  readonly #runNowSlots: number;
  readonly #limit: ConcurrencyLimit;
  #lag: IntervalHistogram | undefined;
  #limitTimer: NodeJS.Timeout | undefined;
  readonly #inbox: ActivityInbox;
  readonly #runTurn: InboxWorkersOptions['runTurn'];
  readonly #logger: Logger;
  readonly #running = new Set<Promise<void>>();
  readonly #waiters = new Map<number, Array<(settlement: TurnSettlement) => void>>();
  #claiming = 0;
  #wakeAgain = false;
  /**
   * False once a claim found nothing queued, until something is queued here again or the timer looks: a turn that
   * ran at once then ends without a claim (a write) that would find nothing.
   */
  #mayHaveQueued = true;
  #timer: NodeJS.Timeout | undefined;
  #lastRecovery = 0;
  #stopped = true;

  constructor({ inbox, runTurn, logger, ...options }: InboxWorkersOptions) {
    this.#inbox = inbox;
    this.#runTurn = runTurn;
    this.#logger = logger;
    const max = options.slots ?? 32;
    this.#limit = new ConcurrencyLimit({ min: Math.min(options.minSlots ?? 2, max), max, targetLagMs: options.targetLagMs });
    this.#runNowSlots = Math.min(options.runNowSlots ?? 8, max);
    this.#options = {
      pollMs: options.pollMs ?? 1000,
      leaseMs: options.leaseMs ?? 60_000,
      maxAttempts: options.maxAttempts ?? 6,
      backoffMs: options.backoffMs ?? ((attempt) => Math.min(60_000, 1000 * 2 ** (attempt - 1))),
    };
  }

  /** True when as many turns run as allowed now: a new arrival will wait in the queue. */
  get busy(): boolean {
    return this.#running.size + this.#claiming >= this.#limit.current;
  }

  /**
   * True when as many turns run as the process ever runs at once (`slots`). A delivery that finds the
   * process below it runs at once ({@link runNow}) even while a lagging event loop holds the queue's
   * claims back: its answer waits for its turn, which costs less than writing it down and claiming it.
   */
  get full(): boolean {
    return this.#running.size + this.#claiming >= this.#limit.max;
  }

  /**
   * True when as many turns run as the lag allows, or `runNowSlots`, whichever is more: while new connections
   * keep arriving, a delivery above it is queued rather than run at once. Each turn run at once lengthens the
   * loop's turns, and long loop turns delay the very acceptance of new connections: in an outage storm (20,000
   * users in 60 s) on two cores, running up to 32 turns at once let some deliveries wait 15 s for their
   * connection, the time after which Bot Framework gives up.
   */
  get crowded(): boolean {
    return this.#running.size + this.#claiming >= Math.max(this.#limit.current, this.#runNowSlots);
  }

  /** True when no turn runs and none is being claimed. */
  get idle(): boolean {
    return this.#running.size + this.#claiming === 0;
  }

  /** Turns allowed at once right now (between `minSlots` and `slots`). */
  get concurrency(): number {
    return this.#limit.current;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#timer = setInterval(() => this.#tick(), this.#options.pollMs);
    this.#timer.unref();
    this.#lag = monitorEventLoopDelay({ resolution: 10 });
    this.#lag.enable();
    this.#limitTimer = setInterval(() => this.#adjustLimit(), 250);
    this.#limitTimer.unref();
    this.notify();
  }

  /** Stops claiming and waits for the turns under way; what is still queued stays for the next start. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    clearInterval(this.#limitTimer);
    this.#lag?.disable();
    while (this.#running.size > 0 || this.#claiming > 0) {
      await Promise.allSettled([...this.#running]);
      if (this.#claiming > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * Runs a delivery's turn at once in a free slot, without writing it to the inbox: the delivery is
   * answered when the turn ends, so nothing answered can be lost. Undefined when no slot is free (queue
   * it then). A turn that fails is written to the inbox and runs again later, as a queued one would.
   */
  runNow(entry: NewInboxEntry, runTurn: (attempt: InboxAttempt) => Promise<void>): TurnRunNow | undefined {
    if (this.#stopped || this.full) return undefined;
    const attempt: InboxAttempt = { attempt: 1, final: this.#options.maxAttempts <= 1 };
    let held: Promise<InboxEntry | undefined> | undefined;
    const hold = () => (held ??= this.#inbox.hold(entry));
    const settled = (async (): Promise<'done' | 'kept'> => {
      try {
        await runTurn(attempt);
      } catch (error) {
        const kept = await hold();
        if (kept) await this.#recordFailure(kept, error, attempt.final);
        return 'kept';
      }
      const kept = held && (await held);
      if (kept) await this.#inbox.complete(kept);
      return 'done';
    })();
    const tracked: Promise<void> = settled
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.#running.delete(tracked);
        // A turn kept in the inbox held its conversation's next activities back: they may be claimed now.
        if (held || this.#mayHaveQueued) this.notify();
      });
    this.#running.add(tracked);
    return { settled, keep: async () => void (await hold()) };
  }

  /** Resolves when the turn of activity `id` ends in this process (done, retry planned, or failed). */
  settlementOf(id: number): Promise<TurnSettlement> {
    return new Promise((resolve) => {
      const list = this.#waiters.get(id) ?? [];
      list.push(resolve);
      this.#waiters.set(id, list);
    });
  }

  /** Forgets the waiters of `id` (an endpoint that stopped waiting). */
  forget(id: number): void {
    this.#waiters.delete(id);
  }

  /** Resolves once nothing is queued and no turn runs (benchmarks, tests, orderly shutdown). */
  async drained(pollMs = 20): Promise<void> {
    for (;;) {
      const counts = await this.#inbox.counts();
      if (counts.queued === 0 && counts.processing === 0 && this.#running.size === 0) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** New work may be queued: fill the free slots. */
  notify(): void {
    if (this.#stopped) return;
    this.#mayHaveQueued = true;
    if (this.#claiming > 0) {
      // A claim is under way; it will look again when it ends, so this arrival is not missed.
      this.#wakeAgain = true;
      return;
    }
    void this.#fill();
  }

  async #fill(): Promise<void> {
    while (!this.#stopped && !this.busy) {
      this.#claiming++;
      this.#wakeAgain = false;
      let entry: InboxEntry | undefined;
      try {
        entry = await this.#inbox.claimNext();
      } catch (error) {
        this.#logger.error({ err: error }, 'inbox claim failed');
      } finally {
        this.#claiming--;
      }
      if (!entry) {
        if (this.#wakeAgain) continue;
        this.#mayHaveQueued = false;
        return;
      }
      this.#start(entry);
    }
  }

  #start(entry: InboxEntry): void {
    const turn = this.#run(entry).finally(() => {
      this.#running.delete(turn);
      this.notify();
    });
    this.#running.add(turn);
  }

  async #run(entry: InboxEntry): Promise<void> {
    const { maxAttempts } = this.#options;
    const final = entry.attempts >= maxAttempts;
    let settlement: TurnSettlement = 'done';
    try {
      await this.#runTurn(entry, { attempt: entry.attempts, final });
      if (!(await this.#inbox.complete(entry))) {
        this.#logger.warn({ inboxId: entry.id, activityId: entry.activityId }, 'turn finished after its claim was taken over');
      }
    } catch (error) {
      settlement = final ? 'failed' : 'retry';
      await this.#recordFailure(entry, error, final);
    } finally {
      const waiters = this.#waiters.get(entry.id);
      this.#waiters.delete(entry.id);
      for (const resolve of waiters ?? []) resolve(settlement);
    }
  }

  /** A claimed activity's turn failed: run it again after a backoff, or keep it as failed after the last attempt. */
  async #recordFailure(entry: InboxEntry, error: unknown, final: boolean): Promise<void> {
    const { backoffMs } = this.#options;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const where = { inboxId: entry.id, activityId: entry.activityId, channelId: entry.channelId, attempt: entry.attempts };
    try {
      if (final) {
        await this.#inbox.fail(entry, reason);
        this.#logger.error({ ...where, err: error }, 'activity kept as failed after its last attempt');
      } else {
        const delay = backoffMs(entry.attempts);
        await this.#inbox.retryLater(entry, delay, reason);
        this.#logger.warn({ ...where, retryInMs: delay, reason }, 'turn to be run again');
      }
    } catch (recordError) {
      // The claim stays; it is queued again once its lease runs out.
      this.#logger.error({ ...where, err: recordError }, 'could not record the outcome of a failed turn');
    }
  }

  #adjustLimit(): void {
    const lag = this.#lag;
    if (!lag) return;
    // The histogram counts the delay on top of its 10 ms resolution timer, in nanoseconds.
    const lagMs = lag.count > 0 ? Math.max(0, lag.percentile(90) / 1e6 - 10) : 0;
    lag.reset();
    const before = this.#limit.current;
    const after = this.#limit.adjust(lagMs, this.#running.size + this.#claiming);
    if (after > before && this.#mayHaveQueued) this.notify();
  }

  #tick(): void {
    const now = Date.now();
    if (now - this.#lastRecovery >= this.#options.leaseMs / 2) {
      this.#lastRecovery = now;
      this.#inbox
        .requeueAbandoned(new Date(now - this.#options.leaseMs))
        .then((requeued) => requeued && this.#logger.warn({ requeued }, 'activities of a stopped worker queued again'))
        .catch((error: unknown) => this.#logger.error({ err: error }, 'inbox recovery failed'));
    }
    this.notify();
  }
}
