/** What a queued turn knows about itself: which attempt it is, and whether another will follow. */
export interface InboxAttempt {
  /** 1 for the first run of the activity. */
  attempt: number;
  /** No further attempt will be made: report the failure to the user now. */
  final: boolean;
}

/** Keyed by the activity object the turn runs on, which the turn context keeps as `context.activity`. */
const attempts = new WeakMap<object, InboxAttempt>();

/** Marks `activity` as run from the inbox, so the turn error handler can ask for a later attempt. */
export function markInboxAttempt(activity: object, attempt: InboxAttempt): void {
  attempts.set(activity, attempt);
}

/** The attempt a turn's activity belongs to, or undefined when it was not run from the inbox. */
export function inboxAttemptOf(activity: object): InboxAttempt | undefined {
  return attempts.get(activity);
}

/** Thrown out of a queued turn that failed for a passing reason; the worker runs it again later. */
export class TransientTurnFailure extends Error {
  constructor(readonly reason: unknown) {
    super(`turn failed for a passing reason: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'TransientTurnFailure';
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH',
  'REQUEST_SEND_ERROR', 'SQLITE_BUSY', 'SQLITE_LOCKED',
]);

/**
 * Failures worth a later retry: the channel's service answered 408, 429 or 5xx, the network failed, the
 * database was busy or its connection dropped (PostgreSQL classes 08, 40, 53, 57P). A bug in the turn is
 * not: retrying it would only delay the apology.
 */
export function isTransientFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { statusCode, status, code } = current as { statusCode?: unknown; status?: unknown; code?: unknown };
    const httpStatus = Number(statusCode ?? status);
    if (httpStatus === 408 || httpStatus === 429 || (httpStatus >= 500 && httpStatus <= 599)) return true;
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_')) return true;
      if (/^(08|40|53|57P)/.test(code) && code.length === 5) return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
