import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.js';
import type { DirectoryUser } from '../../directory/index.js';
import type { Logger } from '../../log.js';
import { directoryUserOf, type PeopleDirectory } from './named-user.js';
import { RecentMembers, type MemberIdentity } from './recent-members.js';

export type { MemberIdentity };

/** Asks the channel for a member of the activity's conversation (botbuilder: `TeamsInfo.getMember`). */
export type MemberLookup = (context: TurnContext, userId: string) => Promise<MemberIdentity>;

export interface RequestersOptions {
  directory: PeopleDirectory;
  logger: Logger;
  clock: Clock;
  /** Default: `TeamsInfo.getMember`, through the turn's connector client. */
  members?: MemberLookup;
  /**
   * Teams users remembered at most (the least recently seen are forgotten first). Default 20,000, a
   * hospital's staff: a morning when everyone writes at once does not push out the early writers.
   */
  maxEntries?: number;
  /** How long a member record is trusted. Default 4 hours. */
  ttlMs?: number;
  /** How long after a failed lookup the same user is not looked up again. Default 1 minute. */
  failureTtlMs?: number;
  /**
   * A lookup not answered by then counts as failed. Default 10 seconds: longer than the connector
   * client's own retries of a 5xx (three, about 5 to 8 seconds in all), so this only cuts a hung call.
   */
  timeoutMs?: number;
}

const TURN_KEY = Symbol('requester');

/**
 * Finds the directory user behind a turn. When the activity does not name them well enough (in Teams,
 * an Entra object id the imported directory lacks, or has stale), Teams is asked for the member record
 * and the person is found by its e-mail, then its user principal name. The record is remembered per
 * Teams user id, so a conversation asks Teams once; the directory itself is read at each turn, so an
 * import shows at once and nothing is written to it. A failed lookup is logged with ids only and leaves
 * the person unknown: it never fails the turn.
 *
 * ```ts
 * const requesters = new Requesters({ directory, logger, clock });
 * const user = await requesters.resolve(context); // undefined: not in the directory
 * ```
 */
export class Requesters {
  readonly #directory: PeopleDirectory;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #members: MemberLookup;
  readonly #recent: RecentMembers;
  readonly #ttlMs: number;
  readonly #failureTtlMs: number;
  readonly #timeoutMs: number;

  constructor(options: RequestersOptions) {
    this.#directory = options.directory;
    this.#logger = options.logger;
    this.#clock = options.clock;
    this.#members = options.members ?? ((context, userId) => TeamsInfo.getMember(context, userId));
    this.#recent = new RecentMembers(options.maxEntries ?? 20_000);
    this.#ttlMs = options.ttlMs ?? 4 * 3_600_000;
    this.#failureTtlMs = options.failureTtlMs ?? 60_000;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** The directory user of this turn, worked out once per turn however many times it is asked. */
  resolve(context: TurnContext): Promise<DirectoryUser | undefined> {
    let pending = context.turnState.get(TURN_KEY) as Promise<DirectoryUser | undefined> | undefined;
    if (!pending) {
      pending = this.#resolve(context);
      context.turnState.set(TURN_KEY, pending);
    }
    return pending;
  }

  async #resolve(context: TurnContext): Promise<DirectoryUser | undefined> {
    const { activity } = context;
    const named = await directoryUserOf(this.#directory, activity);
    if (named || activity.channelId !== 'msteams' || !activity.from?.id) return named;
    const identity = await this.#member(context, activity.from.id);
    return identity && this.#byIdentity(identity);
  }

  async #byIdentity({ email, userPrincipalName }: MemberIdentity): Promise<DirectoryUser | undefined> {
    const byEmail = email ? await this.#directory.findUserByEmail(email) : undefined;
    if (byEmail) return byEmail;
    return userPrincipalName ? this.#directory.findUserByEmail(userPrincipalName) : undefined;
  }

  /** The member record of a Teams user: remembered, or asked for once. */
  async #member(context: TurnContext, userId: string): Promise<MemberIdentity | undefined> {
    const now = this.#clock.now().getTime();
    const recalled = this.#recent.recall(userId, now);
    if (recalled) return 'identity' in recalled ? recalled.identity : undefined;
    try {
      const member = await this.#withTimeout(this.#members(context, userId));
      const identity = { email: member.email || undefined, userPrincipalName: member.userPrincipalName || undefined };
      this.#recent.remember(userId, { identity }, now + this.#ttlMs);
      return identity;
    } catch (error) {
      this.#logger.warn(
        { teamsUserId: userId, conversationId: context.activity.conversation?.id, ...failureOf(error) },
        'Teams member lookup failed: the requester is unknown for now',
      );
      this.#recent.remember(userId, { failed: true }, now + this.#failureTtlMs);
      return undefined;
    }
  }

  #withTimeout<T>(lookup: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    return Promise.race([lookup, timeout]).finally(() => clearTimeout(timer));
  }
}

/** Status and code of a failed connector call; never the request or response (they may name the person). */
function failureOf(error: unknown): { status?: number; code?: string; reason?: string } {
  const { statusCode, code, message } = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof statusCode === 'number') return { status: statusCode, ...(typeof code === 'string' ? { code } : {}) };
  return { ...(typeof code === 'string' ? { code } : {}), ...(typeof message === 'string' ? { reason: message } : {}) };
}
