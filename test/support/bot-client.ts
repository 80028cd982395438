import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { MockConnector } from './mock-connector.js';

/** A Teams user as the channel names them in activities. */
export interface TeamsUser {
  /** Teams user id, `29:1...`. */
  id: string;
  name: string;
  /** Entra ID object id: the key the directory knows the person by. */
  aadObjectId: string;
}

export interface BotClientOptions {
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  botUrl: string;
  /** Where the bot's replies arrive; its URL becomes the activities' serviceUrl. */
  connector: MockConnector;
  user?: TeamsUser;
  /** Personal conversation id (`a:1...`); a new one by default. */
  conversationId?: string;
  tenantId?: string;
  locale?: string;
  /** Extra HTTP headers on every post (an Authorization header, for instance). */
  headers?: Record<string, string>;
  /** Abandon a post after this long, as the Bot Framework service does after 15 s (default: never). */
  requestTimeoutMs?: number;
}

export interface TurnResult {
  /** HTTP status of the bot's answer to the post. */
  status: number;
  /** Body of that answer (invoke responses, error reasons), parsed when JSON. */
  body: unknown;
  /** The activity posted. */
  activity: Partial<Activity>;
  /** Replies to this activity that reached the connector during this post. */
  replies: Array<Partial<Activity>>;
}

export const TEST_TENANT_ID = '6f1c2b9e-3d4a-4e8f-9a51-0c7d2e8b4a10';
const BOT_ID = '28:2d9f6c51-7b0e-4c1a-8e3f-5a6b7c8d9e0f';

let sequence = 0;

/** A distinct, realistic Teams user; `n` makes the name readable in failures. */
export function teamsUser(n: number = ++sequence): TeamsUser {
  return {
    id: `29:1${randomBytes(24).toString('base64url')}`,
    name: `Utilisateur ${n}`,
    aadObjectId: randomUUID(),
  };
}

/** A personal (1:1) Teams conversation id. */
export function personalConversationId(): string {
  return `a:1${randomBytes(32).toString('base64url')}`;
}

/**
 * One Teams user talking to the bot over HTTP: builds activities shaped as Teams sends them, posts them to
 * the bot's endpoint and collects the replies the bot posts to the mock connector for that turn.
 *
 * ```ts
 * const alice = new BotClient({ botUrl, connector });
 * const { replies } = await alice.send('mon imprimante ne marche plus');
 * ```
 */
export class BotClient {
  readonly user: TeamsUser;
  readonly conversationId: string;
  readonly #options: BotClientOptions;

  constructor(options: BotClientOptions) {
    this.#options = options;
    this.user = options.user ?? teamsUser();
    this.conversationId = options.conversationId ?? personalConversationId();
  }

  /** A Teams message activity from this user, with a unique id; `overrides` replace any field. */
  message(text: string, overrides: Partial<Activity> = {}): Partial<Activity> {
    const tenantId = this.#options.tenantId ?? TEST_TENANT_ID;
    const locale = this.#options.locale ?? 'fr-FR';
    const now = new Date();
    return {
      type: 'message',
      id: `${now.getTime()}${String(++sequence).padStart(6, '0')}`,
      timestamp: now,
      localTimestamp: now,
      serviceUrl: this.#options.connector.url,
      channelId: 'msteams',
      from: { id: this.user.id, name: this.user.name, aadObjectId: this.user.aadObjectId },
      recipient: { id: BOT_ID, name: 'Triage' },
      conversation: { id: this.conversationId, conversationType: 'personal', tenantId, isGroup: false, name: '' },
      text,
      textFormat: 'plain',
      locale,
      entities: [{ type: 'clientInfo', locale, country: 'FR', platform: 'Web', timezone: 'Europe/Paris' }],
      channelData: { tenant: { id: tenantId } },
      ...overrides,
    };
  }

  /**
   * Posts a message (text, or a prepared activity to replay it) and returns the bot's HTTP answer with the
   * replies of this turn. The adapter answers the post once the turn is over, so the replies are already
   * at the connector; `expectReplies` additionally waits for at least that many (and fails after `timeoutMs`).
   */
  async send(input: string | Partial<Activity>, { expectReplies = 0, timeoutMs = 5000 } = {}): Promise<TurnResult> {
    const activity = typeof input === 'string' ? this.message(input) : input;
    const { connector } = this.#options;
    const conversationId = activity.conversation?.id ?? this.conversationId;
    const before = connector.repliesTo(conversationId, activity.id ?? '').length;
    const { status, body } = await this.post(activity);
    if (expectReplies > 0) {
      await connector.waitFor(() => connector.repliesTo(conversationId, activity.id ?? '').length >= before + expectReplies, {
        conversationId,
        timeoutMs,
        describe: () => `expected ${expectReplies} replies to activity ${activity.id} (HTTP ${status})`,
      });
    }
    return { status, body, activity, replies: connector.repliesTo(conversationId, activity.id ?? '').slice(before) };
  }

  /** Posts any body as-is (an object is sent as JSON; a string is sent raw, for malformed-body tests). */
  async post(body: unknown, { contentType = 'application/json' }: { contentType?: string } = {}): Promise<{ status: number; body: unknown }> {
    const response = await fetch(this.#options.botUrl, {
      method: 'POST',
      headers: { 'content-type': contentType, ...this.#options.headers },
      body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
      signal: this.#options.requestTimeoutMs ? AbortSignal.timeout(this.#options.requestTimeoutMs) : undefined,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: parsed };
  }
}
