import { randomUUID } from 'node:crypto';
import type { Activity, ActivityHandlerBase } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type restify from 'restify';
import type { Logger } from '../../log.js';
import type { ActivityInbox, InboxWorkers, NewInboxEntry } from '../inbox/index.js';
import { checkActivity } from './activity-schema.js';
import type { DeliveryRecord, TeamsAdapter } from './teams-adapter.js';
import { describeError } from './turn-error.js';

/** Where activities wait for their turn, and who runs them. */
export interface EndpointInbox {
  inbox: ActivityInbox;
  workers: InboxWorkers;
  /**
   * How long the answer to a delivery whose turn runs at once may wait for it to end (default 5 s; the Bot
   * Framework service gives up at 15 s). Past it, the delivery is written to the inbox as running here and
   * answered 202; the turn answers through the connector.
   */
  ackWithinMs?: number;
}

export interface BotEndpointDeps {
  adapter: TeamsAdapter;
  /** Any botbuilder ActivityHandler; its `run` is the turn logic. */
  bot: Pick<ActivityHandlerBase, 'run'>;
  logger: Logger;
  /** Default `/api/messages`, where Teams and the Emulator post activities. */
  path?: string;
  /** Without one, every turn runs while the delivery waits (as botbuilder's own endpoint does). */
  inbox?: EndpointInbox;
}

/**
 * Adds the Bot Framework messaging endpoint. The body is checked first: a malformed activity (or a body
 * that is not JSON, or too large) gets 4xx `{"error": "<reason>"}` and never reaches the bot. Then the
 * delivery is authenticated (401 without a valid token when credentials are configured).
 *
 * With an inbox, a message (or any activity whose answer goes through the connector) that finds a free
 * turn slot runs at once and is answered when its turn ends; otherwise it is written to the inbox before
 * it is acknowledged, so nothing acknowledged is lost and a burst larger than the bot can turn at once is
 * absorbed; its turn runs from there. Invokes and `expectReplies` deliveries, whose answer is the HTTP
 * body, run while the delivery waits.
 *
 * ```ts
 * createWebServer({ store, logger, routes: [(server) => registerBotEndpoint(server, { adapter, bot, logger, inbox })] });
 * ```
 */
export function registerBotEndpoint(server: restify.Server, { adapter, bot, logger, path = '/api/messages', inbox }: BotEndpointDeps): void {
  answerBodyErrorsAsReasons(server, path);
  const turnsNow = new TurnsRunNow(connectionsArriving(server));
  server.post(path, async (req: restify.Request, res: restify.Response) => {
    const check = checkActivity(req.body);
    if (!check.ok) {
      logger.warn({ path, reason: check.reason }, 'malformed activity refused');
      res.send(400, { error: check.reason });
      return;
    }
    try {
      if (inbox && answersThroughConnector(req.body as Partial<Activity>)) await queueDelivery(req, res, adapter, inbox, logger, bot, turnsNow);
      else await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ path, err: describeError(error) }, 'bot endpoint failed');
      if (!res.headersSent) res.send(500, { error: 'the activity could not be processed' });
    }
  });
}

/** Invokes and expectReplies deliveries are answered in the HTTP body, so they cannot wait in a queue. */
function answersThroughConnector(activity: Partial<Activity>): boolean {
  return activity.type !== 'invoke' && activity.deliveryMode !== 'expectReplies';
}

/**
 * The turns this endpoint runs at once, outside the queue, by conversation: a conversation's next delivery
 * waits for its turn to end, so its activities still run one at a time and in order.
 */
class TurnsRunNow {
  readonly #byConversation = new Map<string, Promise<void>>();

  /** `arriving()`: new connections keep arriving, so long loop turns would delay accepting them. */
  constructor(readonly arriving: () => boolean) {}

  /** No slot for a turn at once: all of them taken, or, while connections arrive, as many as short loop turns allow. */
  noSlot(workers: InboxWorkers): boolean {
    return workers.full || (this.arriving() && workers.crowded);
  }

  /** Waits until no turn of the conversation runs here, then reserves it; `release` frees it. */
  async reserve(conversation: string): Promise<() => void> {
    for (let running = this.#byConversation.get(conversation); running; running = this.#byConversation.get(conversation)) {
      await running;
    }
    let release!: () => void;
    const reservation = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#byConversation.set(conversation, reservation);
    return () => {
      if (this.#byConversation.get(conversation) === reservation) this.#byConversation.delete(conversation);
      release();
    };
  }
}

/**
 * When a slot is free and nothing of the conversation waits in the inbox, the turn runs at once and the
 * delivery is answered 200 when it ends, as botbuilder's own endpoint does: nothing is written for it,
 * and nothing answered can be lost (a stopped process leaves the delivery unanswered, and the channel
 * delivers it again). A turn still running after `ackWithinMs` is written down as running here, then
 * answered 202. Returns false when the delivery must queue.
 */
async function runDeliveryNow(
  res: restify.Response,
  adapter: TeamsAdapter,
  { inbox, workers, ackWithinMs = 5000 }: EndpointInbox,
  bot: Pick<ActivityHandlerBase, 'run'>,
  turnsNow: TurnsRunNow,
  entry: NewInboxEntry & { activity: Partial<Activity>; delivery: DeliveryRecord },
): Promise<boolean> {
  if (turnsNow.noSlot(workers)) return false;
  const release = await turnsNow.reserve(`${entry.channelId}\n${entry.conversationId}`);
  let releaseLater = false;
  try {
    if (turnsNow.noSlot(workers) || (await inbox.hasPending(entry.channelId, entry.conversationId))) return false;
    const turn = workers.runNow(entry, (attempt) => adapter.runDelivered(entry.delivery, entry.activity, attempt, (context) => bot.run(context)));
    if (!turn) return false;
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      turn.settled,
      new Promise<'pending'>((resolve) => {
        timer = setTimeout(() => resolve('pending'), ackWithinMs);
      }),
    ]);
    clearTimeout(timer);
    if (outcome === 'pending') {
      await turn.keep();
      releaseLater = true;
      void turn.settled.catch(() => undefined).finally(release);
    }
    // A turn that failed was written to the inbox: it runs again from there.
    res.send(outcome === 'done' ? 200 : 202);
    return true;
  } finally {
    if (!releaseLater) release();
  }
}

async function queueDelivery(
  req: restify.Request,
  res: restify.Response,
  adapter: TeamsAdapter,
  endpointInbox: EndpointInbox,
  logger: Logger,
  bot: Pick<ActivityHandlerBase, 'run'>,
  turnsNow: TurnsRunNow,
): Promise<void> {
  const { inbox, workers, ackWithinMs = 5000 } = endpointInbox;
  const activity = req.body as Partial<Activity> & { channelId: string; conversation: { id: string } };
  const authorization = String(req.headers.authorization ?? '');
  let delivery;
  try {
    delivery = await adapter.authenticate(activity, authorization);
  } catch (error) {
    if (error instanceof AuthenticationError) {
      logger.warn({ channelId: activity.channelId, reason: error.message }, 'delivery refused: not authenticated');
      res.send(401, { error: 'the delivery is not authenticated' });
      return;
    }
    throw error;
  }
  const entry = {
    channelId: activity.channelId,
    conversationId: activity.conversation.id,
    // Activities without an id (some conversation updates) cannot be recognised when delivered twice.
    activityId: activity.id ?? `unnamed:${randomUUID()}`,
    activity,
    delivery,
  };
  if (await runDeliveryNow(res, adapter, endpointInbox, bot, turnsNow, entry)) return;
  const id = await inbox.enqueue(entry);
  if (id === undefined) {
    // Delivered again while the first delivery waits or runs: that one will answer.
    res.send(202);
    return;
  }
  if (!workers.idle) {
    // Turns are under way: under load, acknowledge now rather than hold a connection per waiting delivery.
    workers.notify();
    res.send(202);
    return;
  }
  const settled = workers.settlementOf(id);
  workers.notify();
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    settled,
    new Promise<'pending'>((resolve) => {
      timer = setTimeout(() => resolve('pending'), ackWithinMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome === 'pending') workers.forget(id);
  res.send(outcome === 'done' ? 200 : 202);
}

/** More new connections than this in the last second: clients are opening connections, not reusing them. */
const ARRIVING_PER_SECOND = 5;

/**
 * Whether new connections keep arriving at the server (more than {@link ARRIVING_PER_SECOND} in the last
 * second): an outage storm's many users, rather than a few clients that keep their connections open.
 */
function connectionsArriving(server: restify.Server): () => boolean {
  const raw = (server as unknown as { server?: import('node:http').Server }).server;
  let second = 0;
  let current = 0;
  let previous = 0;
  const roll = (now: number) => {
    const at = Math.floor(now / 1000);
    if (at === second) return;
    previous = at === second + 1 ? current : 0;
    current = 0;
    second = at;
  };
  raw?.on('connection', () => {
    roll(Date.now());
    current++;
  });
  return () => {
    roll(Date.now());
    return Math.max(current, previous) > ARRIVING_PER_SECOND;
  };
}

/** Errors raised by restify's body parser before the route runs, with the reason this endpoint gives. */
const BODY_ERRORS: Record<string, string> = {
  InvalidContent: 'the body is not valid JSON',
  PayloadTooLarge: 'the body is larger than the server accepts',
  UnsupportedMediaType: 'the body must be sent as application/json',
};

/** Paths of bot endpoints per server, so the body-error listeners are added once per server. */
const endpointPaths = new WeakMap<restify.Server, Set<string>>();

/**
 * The body parser answers `{code, message}` on its own; on a bot endpoint the answer takes the same shape
 * as the endpoint's other refusals. restify emits one event per error name and expects each listener to
 * call back, so one listener per name and server serves every bot endpoint of that server.
 */
function answerBodyErrorsAsReasons(server: restify.Server, path: string): void {
  const known = endpointPaths.get(server);
  if (known) {
    known.add(path);
    return;
  }
  const paths = new Set([path]);
  endpointPaths.set(server, paths);
  for (const [name, reason] of Object.entries(BODY_ERRORS)) {
    server.on(name, (req: restify.Request, _res: restify.Response, error: { toJSON?: () => unknown }, callback: () => void) => {
      if (paths.has(req.path())) error.toJSON = () => ({ error: reason });
      return callback();
    });
  }
}
