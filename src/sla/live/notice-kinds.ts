import type { Selectable } from 'kysely';
import type { SlaNoticeTable } from '../../db/index.js';
import { CLOCK_KINDS, type ClockKind } from '../terms.js';

/**
 * What one row of the `sla_notices` outbox asks for, by its `clock` column:
 * - `response` / `resolution`: a threshold of that clock came (`threshold` %), told to `audience`
 *   (`team`: the ticket's countdown card is updated in place; `managers`: a notice in the managers' channel);
 * - `card`: the ticket changed; its countdown card is posted or updated (threshold 0, audience `team`);
 * - `status`: the requester is told of a status change (threshold 0, audience `requester`); the
 *   row's `generation` is the id of the audit event that changed the status.
 */
export type NoticeClock = ClockKind | 'card' | 'status';

export const CARD = 'card' as const;
export const STATUS = 'status' as const;

export const TEAM = 'team';
export const MANAGERS = 'managers';
export const REQUESTER = 'requester';

export type NoticeRow = Selectable<SlaNoticeTable>;

export function isThresholdClock(clock: string): clock is ClockKind {
  return (CLOCK_KINDS as readonly string[]).includes(clock);
}

/**
 * Whether sending the row again can only update something already posted (never post twice): the
 * team's countdown card is updated in place once posted, and its first post is guarded by an intent
 * row in `ticket_cards`. Every other notice is a new post or message.
 */
export function isIdempotent(row: Pick<NoticeRow, 'clock' | 'audience'>): boolean {
  return row.clock === CARD || (isThresholdClock(row.clock) && row.audience === TEAM);
}
