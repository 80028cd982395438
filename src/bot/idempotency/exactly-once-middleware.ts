import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { systemClock, type Clock } from '../../clock.js';
import type { Store } from '../../db/index.js';
import type { Logger } from '../../log.js';
import { ActivityInProgressError } from './activity-in-progress-error.js';
import { ProcessedActivities, type ActivityKey } from './processed-activities.js';
import { isReplayable, storedResponseJson, type StoredResponse } from './replayable.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExactlyOnceOptions {
  store: Store;
  logger: Logger;
  clock?: Clock;
  /** Activity types handled once per (channelId, activity.id); others pass straight through. */
  activityTypes?: string[];
  /** How long a retry waits for a first delivery still running before giving up (default 10 s). */
  waitForFirstMs?: number;
  /** Polling interval while waiting (default 50 ms). */
  pollMs?: number;
  /** A claim older than this is taken as abandoned by a stopped instance and taken over (default 60 s). */
  staleAfterMs?: number;
  /** Records kept this many days, then swept (default 7). */
  retentionDays?: number;
  /** At most one sweep per this interval, run by a turn (default 1 h). */
  sweepEveryMs?: number;
  /**
   * What a retry of a finished activity receives: `all` the replies again (default), or only the invoke
   * response (the HTTP body of an invoke), relying on the replies the first delivery already posted.
   */
  resend?: 'all' | 'invoke-response';
}

/**
 * Runs the bot logic once per delivered activity (channel, conversation, activity id), whatever the
 * number of deliveries (Teams retries a delivery it believes lost). Register it first, before any state
 * middleware: `adapter.use(exactlyOnce)`.
 *
 * - first delivery: claims (channelId, activity.id), runs the turn, stores the replies it sent;
 * - retry of a finished activity: sends the stored replies again, without running the turn;
 * - retry while the first delivery runs: waits for it (bounded), then replays; on timeout throws
 *   {@link ActivityInProgressError} (the turn error handler answers 5xx so the channel retries later);
 * - a failed turn gives its claim up, so a retry runs it again.
 *
 * ```ts
 * adapter.use(new ExactlyOnceMiddleware({ store, logger }));
 * ```
 */
export class ExactlyOnceMiddleware implements Middleware {
  readonly records: ProcessedActivities;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #types: Set<string>;
  readonly #waitForFirstMs: number;
  readonly #pollMs: number;
  readonly #staleAfterMs: number;
  readonly #retentionMs: number;
  readonly #sweepEveryMs: number;
  readonly #resend: 'all' | 'invoke-response';
  #lastSweep = Number.NEGATIVE_INFINITY;

  constructor(options: ExactlyOnceOptions) {
    this.records = new ProcessedActivities(options.store);
    this.#logger = options.logger;
    this.#clock = options.clock ?? systemClock;
    this.#types = new Set(options.activityTypes ?? ['message', 'invoke']);
    this.#waitForFirstMs = options.waitForFirstMs ?? 10_000;
    this.#pollMs = options.pollMs ?? 50;
    this.#staleAfterMs = options.staleAfterMs ?? 60_000;
    this.#retentionMs = (options.retentionDays ?? 7) * DAY_MS;
    this.#sweepEveryMs = options.sweepEveryMs ?? 60 * 60 * 1000;
    this.#resend = options.resend ?? 'all';
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = this.#keyOf(context.activity);
    if (!key) return next();
    await this.#sweepIfDue();

    const started = performance.now();
    for (;;) {
      const claimToken = await this.records.claim(key, this.#clock.now());
      if (claimToken) return this.#runFirst(context, next, key, claimToken);

      const record = await this.records.find(key);
      if (record?.state === 'done') return this.#replay(context, key, record.responses);
      if (record?.state === 'processing' && this.#isStale(record.claimedAt)) {
        const takenOver = await this.records.takeOver(key, record.claimToken, this.#clock.now());
        if (takenOver) {
          this.#logger.warn({ activityId: key.activityId, channelId: key.channelId }, 'abandoned turn taken over');
          return this.#runFirst(context, next, key, takenOver);
        }
        continue;
      }
      // Still processing elsewhere, or just released by a failed turn (then the next claim succeeds).
      const waited = performance.now() - started;
      if (waited >= this.#waitForFirstMs) throw new ActivityInProgressError(key, Math.round(waited));
      if (record) await sleep(this.#pollMs);
    }
  }

  /** Deletes the records older than the retention; returns how many went. */
  async sweep(): Promise<number> {
    this.#lastSweep = this.#clock.now().getTime();
    return this.records.sweep(new Date(this.#lastSweep - this.#retentionMs));
  }

  async #runFirst(context: TurnContext, next: () => Promise<void>, key: ActivityKey, claimToken: string): Promise<void> {
    const sent: string[] = [];
    context.onSendActivities(async (_context, activities, send) => {
      const copies = activities.filter(isReplayable).map(storedResponseJson);
      const responses = await send();
      sent.push(...copies);
      return responses;
    });
    try {
      await next();
    } catch (error) {
      await this.records.release(key, claimToken).catch((releaseError: unknown) => {
        this.#logger.error({ err: releaseError, activityId: key.activityId }, 'could not release the claim of a failed turn');
      });
      throw error;
    }
    try {
      const completed = await this.records.complete(key, claimToken, sent);
      if (!completed) this.#logger.warn({ activityId: key.activityId, channelId: key.channelId }, 'turn finished after its claim was taken over');
    } catch (error) {
      // The user has the replies already; a retry will wait, then take the claim over as stale.
      this.#logger.error({ err: error, activityId: key.activityId }, 'could not record a finished turn');
    }
  }

  async #replay(context: TurnContext, key: ActivityKey, responses: StoredResponse[]): Promise<void> {
    const again = this.#resend === 'all' ? responses : responses.filter((r) => r.type === 'invokeResponse');
    this.#logger.info({ activityId: key.activityId, channelId: key.channelId, replies: again.length }, 'duplicate delivery answered from the record');
    if (again.length > 0) await context.sendActivities(again.map((r) => structuredClone(r)));
  }

  #keyOf(activity: Partial<Activity>): ActivityKey | undefined {
    const conversationId = activity.conversation?.id;
    if (!activity.type || !this.#types.has(activity.type) || !activity.id || !activity.channelId || !conversationId) return undefined;
    return { channelId: activity.channelId, conversationId, activityId: activity.id };
  }

  #isStale(claimedAt: string): boolean {
    return this.#clock.now().getTime() - new Date(claimedAt).getTime() > this.#staleAfterMs;
  }

  async #sweepIfDue(): Promise<void> {
    if (this.#clock.now().getTime() - this.#lastSweep < this.#sweepEveryMs) return;
    try {
      const swept = await this.sweep();
      if (swept > 0) this.#logger.info({ swept }, 'old processed-activity records swept');
    } catch (error) {
      this.#logger.error({ err: error }, 'sweep of processed-activity records failed');
    }
  }
}
