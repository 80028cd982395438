import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity } from 'botbuilder';

/** What the bot did through the connector, in the order it arrived. */
export interface RecordedOperation {
  operation: 'send' | 'reply' | 'update' | 'delete' | 'create';
  /** Decoded conversation id (Teams ids contain ':', '@' and ';', URL-encoded on the wire). */
  conversationId: string;
  /** Id the connector gave the activity (send, reply, create) or the id in the path (update, delete). */
  activityId: string;
  /** For a reply: the activity it answers (the path's activityId). */
  replyToId?: string;
  /** The request body (absent for delete). */
  activity?: Partial<Activity>;
  /** Whether the bot sent an `Authorization` header (it must not, unauthenticated; it must, with an app id). */
  authorized: boolean;
  at: number;
}

/** A Teams member as `GET /v3/conversations/{id}/members` returns it (TeamsChannelAccount). */
export interface TeamsMember {
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
  givenName?: string;
  surname?: string;
  tenantId?: string;
  userRole?: 'user' | 'guest' | 'anonymous';
}

export interface MockConnectorOptions {
  /** Members answered for every conversation unless set per conversation with `setMembers`. */
  members?: TeamsMember[];
  /** Delay before each answer, to look like a real connector. */
  latencyMs?: number;
}

interface Waiter {
  /** Checked only when this conversation records something (all conversations when undefined). */
  conversationId?: string;
  check: () => boolean;
  fail: (reason: string) => void;
}

/** A `GET /v3/conversations/{id}/members/{memberId}` the bot made, and the status it was answered. */
export interface RecordedMemberLookup {
  conversationId: string;
  memberId: string;
  status: number;
}

const POSTED: ReadonlySet<RecordedOperation['operation']> = new Set(['send', 'reply', 'create']);

/**
 * A Bot Framework Connector on 127.0.0.1 that the bot under test calls as its serviceUrl: it answers the
 * REST routes the bot uses with the real wire shapes (ResourceResponse `{id}`, ConversationResourceResponse,
 * TeamsChannelAccount, ErrorResponse) and records every activity per conversation.
 *
 * ```ts
 * const connector = await MockConnector.start();
 * // ... post an activity whose serviceUrl is connector.url to the bot ...
 * const [reply] = await connector.nextActivities('a:1abc', 1);
 * await connector.close();
 * ```
 */
export class MockConnector {
  readonly operations: RecordedOperation[] = [];
  /** Single-member lookups, oldest first, except those `failNext` answered (kept by `reset`, like members). */
  readonly memberLookups: RecordedMemberLookup[] = [];
  readonly #server: Server;
  readonly #members = new Map<string, TeamsMember[]>();
  readonly #defaultMembers: TeamsMember[];
  readonly #posted = new Map<string, RecordedOperation[]>();
  readonly #cursors = new Map<string, number>();
  readonly #waiters = new Set<Waiter>();
  readonly #latencyMs: number;
  #failures: Array<{ status: number }> = [];
  #memberLookupStatus: number | undefined;
  #sequence = 0;
  url = '';

  private constructor(options: MockConnectorOptions) {
    this.#defaultMembers = options.members ?? [];
    this.#latencyMs = options.latencyMs ?? 0;
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, errorResponse('ServiceError', String(error)));
      });
    });
    this.#server.keepAliveTimeout = 30_000;
  }

  static async start(options: MockConnectorOptions = {}): Promise<MockConnector> {
    const connector = new MockConnector(options);
    await new Promise<void>((resolve, reject) => {
      connector.#server.once('error', reject);
      connector.#server.listen(0, '127.0.0.1', () => resolve());
    });
    connector.url = `http://127.0.0.1:${(connector.#server.address() as AddressInfo).port}/`;
    return connector;
  }

  /** The activities posted (sent, replied, created with) in a conversation, oldest first. */
  activities(conversationId: string): Array<Partial<Activity>> {
    return this.#postedIn(conversationId).map((op) => op.activity!);
  }

  /** The replies posted to one incoming activity. */
  repliesTo(conversationId: string, activityId: string): Array<Partial<Activity>> {
    return this.#postedIn(conversationId)
      .filter((op) => op.replyToId === activityId)
      .map((op) => op.activity!);
  }

  /**
   * The next `count` activities posted in a conversation after those already taken by earlier calls;
   * waits for them, and fails with what did arrive when `timeoutMs` passes.
   */
  async nextActivities(conversationId: string, count: number, { timeoutMs = 5000 } = {}): Promise<Array<Partial<Activity>>> {
    const from = this.#cursors.get(conversationId) ?? 0;
    await this.waitFor(() => this.#postedIn(conversationId).length >= from + count, {
      conversationId,
      timeoutMs,
      describe: () => {
        const got = this.#postedIn(conversationId).slice(from).map((op) => op.activity?.text ?? op.activity?.type);
        return `expected ${count} new activities in conversation "${conversationId}", got ${got.length}: ${JSON.stringify(got)}`;
      },
    });
    this.#cursors.set(conversationId, from + count);
    return this.#postedIn(conversationId)
      .slice(from, from + count)
      .map((op) => op.activity!);
  }

  /**
   * Resolves once `condition` holds, checked at every operation recorded (in `conversationId` only, when
   * given); rejects after `timeoutMs` with `describe()` in the message.
   */
  waitFor(
    condition: () => boolean,
    { conversationId, timeoutMs = 5000, describe = () => 'condition' }: { conversationId?: string; timeoutMs?: number; describe?: () => string } = {},
  ): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        conversationId,
        check: () => {
          if (!condition()) return false;
          clearTimeout(timer);
          resolve();
          return true;
        },
        fail: (reason) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          reject(new Error(`mock connector: ${reason}: ${describe()}`));
        },
      };
      const timer = setTimeout(() => waiter.fail(`timed out after ${timeoutMs} ms`), timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** Members answered for one conversation (Teams member lookups). */
  setMembers(conversationId: string, members: TeamsMember[]): void {
    this.#members.set(conversationId, members);
  }

  /** The next `count` calls answer `status` with an ErrorResponse, as a connector outage would. */
  failNext(count: number, status = 503): void {
    for (let i = 0; i < count; i++) this.#failures.push({ status });
  }

  /** The outage is over: failures planned with `failNext` and not yet served are dropped. */
  clearFailures(): void {
    this.#failures.length = 0;
  }

  /** Single-member lookups answer `status` with an ErrorResponse from now on; `undefined` answers them again. */
  failMemberLookups(status: number | undefined): void {
    this.#memberLookupStatus = status;
  }

  /** Forgets what was recorded (members and pending failures stay). */
  reset(): void {
    this.operations.length = 0;
    this.#posted.clear();
    this.#cursors.clear();
  }

  async close(): Promise<void> {
    for (const waiter of [...this.#waiters]) waiter.fail('closed while waiting');
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #postedIn(conversationId: string): RecordedOperation[] {
    return this.#posted.get(conversationId) ?? [];
  }

  #record(operation: Omit<RecordedOperation, 'at'>): void {
    const recorded = { ...operation, at: Date.now() };
    this.operations.push(recorded);
    if (POSTED.has(recorded.operation)) {
      const list = this.#posted.get(recorded.conversationId);
      if (list) list.push(recorded);
      else this.#posted.set(recorded.conversationId, [recorded]);
    }
    for (const waiter of this.#waiters) {
      if (waiter.conversationId !== undefined && waiter.conversationId !== recorded.conversationId) continue;
      if (waiter.check()) this.#waiters.delete(waiter);
    }
  }

  #nextId(): string {
    this.#sequence += 1;
    return `1:mock-${this.#sequence}`;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (this.#latencyMs > 0) await sleep(this.#latencyMs);
    const failure = this.#failures.shift();
    if (failure) return sendJson(res, failure.status, errorResponse('ServiceError', 'injected failure'));

    const method = req.method ?? 'GET';
    // Service URLs may carry a path (Teams: https://smba.trafficmanager.net/emea/); routes end the path.
    const path = new URL(req.url ?? '/', 'http://mock').pathname.replace(/\/{2,}/g, '/');
    const match = /\/v3\/conversations(?:\/([^/]+)(?:\/(activities|members|pagedmembers)(?:\/([^/]+))?)?)?\/?$/.exec(path);
    if (!match) return sendJson(res, 404, errorResponse('NotFound', `no route for ${method} ${path}`));
    const [, rawConversation, collection, rawItem] = match;
    const conversationId = rawConversation === undefined ? undefined : decodeURIComponent(rawConversation);
    const item = rawItem === undefined ? undefined : decodeURIComponent(rawItem);
    const authorized = typeof req.headers.authorization === 'string' && req.headers.authorization.length > 0;

    let json: unknown;
    if (method === 'POST' || method === 'PUT') {
      try {
        json = body.length > 0 ? JSON.parse(body) : undefined;
      } catch {
        return sendJson(res, 400, errorResponse('BadArgument', 'body is not JSON'));
      }
      if (typeof json !== 'object' || json === null) return sendJson(res, 400, errorResponse('BadArgument', 'body must be a JSON object'));
    }
    const activity = json as Partial<Activity> | undefined;

    if (conversationId === undefined) {
      if (method !== 'POST') return sendJson(res, 405, errorResponse('MethodNotAllowed', `${method} /v3/conversations`));
      // POST /v3/conversations: ConversationParameters in, ConversationResourceResponse out.
      const parameters = json as { activity?: Partial<Activity>; members?: Array<{ id: string }> };
      const id = `a:mock-conversation-${++this.#sequence}`;
      const activityId = this.#nextId();
      if (parameters.activity) this.#record({ operation: 'create', conversationId: id, activityId, activity: parameters.activity, authorized });
      return sendJson(res, 201, { id, activityId, serviceUrl: this.url });
    }

    if (collection === 'activities') {
      if (method === 'POST' && item === undefined) {
        const activityId = this.#nextId();
        this.#record({ operation: 'send', conversationId, activityId, activity, authorized });
        return sendJson(res, 200, { id: activityId });
      }
      if (method === 'POST' && item !== undefined) {
        const activityId = this.#nextId();
        this.#record({ operation: 'reply', conversationId, activityId, replyToId: item, activity, authorized });
        return sendJson(res, 200, { id: activityId });
      }
      if (method === 'PUT' && item !== undefined) {
        this.#record({ operation: 'update', conversationId, activityId: item, activity, authorized });
        return sendJson(res, 200, { id: item });
      }
      if (method === 'DELETE' && item !== undefined) {
        this.#record({ operation: 'delete', conversationId, activityId: item, authorized });
        // A JSON body, not an empty one: botbuilder's HTTP client waits forever on an empty 200 here.
        return sendJson(res, 200, {});
      }
    }

    if ((collection === 'members' || collection === 'pagedmembers') && method === 'GET') {
      const members = this.#members.get(conversationId) ?? this.#defaultMembers;
      if (collection === 'pagedmembers') return sendJson(res, 200, { members });
      if (item === undefined) return sendJson(res, 200, members);
      const member = members.find((m) => m.id === item || m.aadObjectId === item);
      const status = this.#memberLookupStatus ?? (member ? 200 : 404);
      this.memberLookups.push({ conversationId, memberId: item, status });
      if (status === 404) return sendJson(res, 404, errorResponse('MemberNotFoundInConversation', 'The member was not found in the conversation.'));
      if (status !== 200) return sendJson(res, status, errorResponse('ServiceError', 'injected failure'));
      return sendJson(res, 200, member);
    }

    return sendJson(res, 405, errorResponse('MethodNotAllowed', `${method} ${path}`));
  }
}

function errorResponse(code: string, message: string) {
  return { error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
