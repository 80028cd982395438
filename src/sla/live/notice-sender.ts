import { teamNameFor, toSupportTeam, type SupportTeam } from '../../directory/index.js';
import type { Kysely } from 'kysely';
import { t, type MessageKey } from '../../bot/messages/index.js';
import type { Notifier, OutgoingMessage, PostedMessage } from '../../channels/notifier/index.js';
import type { Database, Store } from '../../db/index.js';
import { redactForAudience, type RedactionPolicy } from '../../redaction/index.js';
import type { Ticket } from '../../tickets/index.js';
import type { ClockService, TicketWithClocks } from './clock-service.js';
import { countdownCard, transferredCard } from './countdown-card.js';
import { managerNotice } from './manager-notice.js';
import type { Language } from '../../triage/index.js';
import { CARD, isThresholdClock, MANAGERS, STATUS, TEAM, type NoticeRow } from './notice-kinds.js';

/** What became of one claimed notice. */
export type SendOutcome =
  | { kind: 'sent'; also?: (trx: Kysely<Database>) => Promise<void>; note?: string }
  /** Nobody to tell (no channel, no chat): recorded as cancelled with the reason. */
  | { kind: 'skipped'; reason: string }
  /** Another worker is posting the same card right now: try again a little later. */
  | { kind: 'deferred'; untilMs: number }
  /** Sending could post twice: given up, with the reason (stays visible as failed). */
  | { kind: 'abandoned'; reason: string }
  /** The claim was taken over by another worker before the post started: leave the row to it. */
  | { kind: 'lost' };

const LOST: SendOutcome = { kind: 'lost' };

/**
 * `ticket_cards.activity_id` of a card whose first post was interrupted by a crash: it may be in the
 * channel, its id is unknown, so it is neither posted again nor updated ('' marks a post under way).
 */
export const INTERRUPTED = '?';

export interface NoticeSenderOptions {
  store: Store;
  clocks: ClockService;
  notifier: Notifier;
  managersChannelId: string;
  /** Masks patient data in what is posted to external providers' channels. */
  redaction: RedactionPolicy;
  /** A card post intent older than this was interrupted (its worker died). */
  leaseMs: number;
  /** Language of the cards and notices posted in team and managers' channels (default French). */
  channelLanguage?: Language;
}

/**
 * Sends one notice of the outbox through the notifier. Channel cards are in the channel language
 * (French unless configured); messages to a requester are in the ticket's language.
 */
export class NoticeSender {
  constructor(private readonly options: NoticeSenderOptions) {}

  /**
   * Sends `row` as of `now`. `startPost` is called just before anything that is not a mere update
   * leaves the process (a manager notice, a message to the requester); when it answers false the claim
   * was lost and nothing is sent.
   */
  async send(row: NoticeRow, now: Date, startPost: () => Promise<boolean> = async () => true): Promise<SendOutcome> {
    const { store, clocks } = this.options;
    const current = await clocks.clocksOf(store.db, row.ticket_id, now);
    if (row.clock === STATUS) return this.statusMessage(row, current.ticket, startPost);
    if (row.clock === CARD || (isThresholdClock(row.clock) && row.audience === TEAM)) return this.syncCard(current, now, row.clock === CARD);
    if (isThresholdClock(row.clock) && row.audience === MANAGERS) return this.managersNotice(row, current, now, startPost);
    return { kind: 'skipped', reason: `no channel for audience "${row.audience}"` };
  }

  private async statusMessage(row: NoticeRow, ticket: Ticket, startPost: () => Promise<boolean>): Promise<SendOutcome> {
    if (ticket.requesterId === null) return { kind: 'skipped', reason: 'the ticket has no requester in the directory' };
    const event = await this.options.store.db.selectFrom('ticket_events').select('data').where('id', '=', row.generation).executeTakeFirst();
    const to = event ? (JSON.parse(event.data) as { to?: string }).to : undefined;
    if (!to) return { kind: 'skipped', reason: `audit event #${row.generation} is not a status change` };
    const lang = ticket.language;
    const lines = [t(lang, 'sla.status_changed', { number: ticket.number, title: ticket.title, status: t(lang, `status.${to}` as MessageKey) })];
    if (to === 'waiting_user' || to === 'resolved') lines.push(t(lang, `sla.status_hint.${to}` as MessageKey, { number: ticket.number }));
    if (!(await startPost())) return LOST;
    const delivered = await this.options.notifier.sendToUser(ticket.requesterId, { text: lines.join('\n\n') });
    return delivered ? { kind: 'sent' } : { kind: 'skipped', reason: 'the requester has no chat with the bot yet' };
  }

  private async managersNotice(row: NoticeRow, current: TicketWithClocks, now: Date, startPost: () => Promise<boolean>): Promise<SendOutcome> {
    const { ticket, clocks } = current;
    const higher = await this.options.store.db
      .selectFrom('sla_notices')
      .select('threshold')
      .where('ticket_id', '=', row.ticket_id)
      .where('clock', '=', row.clock)
      .where('audience', '=', row.audience)
      .where('threshold', '>', row.threshold)
      .where('state', 'in', ['pending', 'sending', 'sent'])
      .where('due_at', '<=', now.toISOString())
      .executeTakeFirst();
    // Caught up after a stop: one notice, the most serious one, rather than a warning and a breach at once.
    if (higher) return { kind: 'skipped', reason: `superseded by the ${higher.threshold} % notice due at the same time` };
    const clock = row.clock === 'response' ? clocks.response : clocks.resolution;
    const contract = this.options.clocks.contracts.contractForTeam(clocks.team);
    const team = await this.team(ticket.team);
    const attachment = managerNotice(ticket, clock, row.threshold, contract, teamNameFor(team, ticket.team, this.options.channelLanguage), now, this.options.channelLanguage);
    if (!(await startPost())) return LOST;
    await this.options.notifier.postToChannel(this.options.managersChannelId, { attachments: [attachment] });
    return { kind: 'sent' };
  }

  /**
   * Posts the ticket's countdown card in its team's channel, or updates it in place. The first post
   * is guarded: an intent row (empty activity id) is committed before posting and filled in with the
   * activity id in the transaction that marks the notice sent. Finding an intent row means the card
   * is being posted (defer) or its post was interrupted (never post again: it may be in the channel).
   */
  private async syncCard({ ticket, clocks }: TicketWithClocks, now: Date, statusChange: boolean): Promise<SendOutcome> {
    const db = this.options.store.db;
    const team = await this.team(ticket.team);
    if (!team?.teamsChannelId) return { kind: 'skipped', reason: `team ${ticket.team} has no Teams channel` };
    const channel = team.teamsChannelId;
    const teamName = teamNameFor(team, ticket.team, this.options.channelLanguage);
    const message = { attachments: [countdownCard(this.forAudience(ticket, team.provider), clocks, { teamName, ...(await this.place(ticket)), now, lang: this.options.channelLanguage })] };

    const cards = await db.selectFrom('ticket_cards').selectAll().where('ticket_id', '=', ticket.id).execute();
    if (statusChange) {
      for (const old of cards.filter((c) => c.channel_key !== channel && c.activity_id !== '' && c.activity_id !== INTERRUPTED)) {
        await this.options.notifier.update(posted(old), { attachments: [transferredCard(ticket, teamName, this.options.channelLanguage)] });
      }
    }
    let mine = cards.find((c) => c.channel_key === channel);
    if (!mine) {
      const intent = await db
        .insertInto('ticket_cards')
        .values({ ticket_id: ticket.id, channel_key: channel, conversation_id: channel, activity_id: '', updated_at: now.toISOString(), reference: null })
        .onConflict((oc) => oc.columns(['ticket_id', 'channel_key']).doNothing())
        .executeTakeFirst();
      if (Number(intent.numInsertedOrUpdatedRows ?? 0n) === 1) return this.firstPost(ticket.id, channel, message, now);
      mine = await db.selectFrom('ticket_cards').selectAll().where('ticket_id', '=', ticket.id).where('channel_key', '=', channel).executeTakeFirstOrThrow();
    }
    if (mine.activity_id === INTERRUPTED) return { kind: 'skipped', reason: 'the first post of this card was interrupted earlier; the card cannot be updated' };
    if (mine.activity_id === '') {
      const age = now.getTime() - Date.parse(mine.updated_at);
      if (age < this.options.leaseMs) return { kind: 'deferred', untilMs: now.getTime() + Math.min(2000, this.options.leaseMs) };
      // Its worker died while posting: the card may be in the channel. It is never posted again.
      await db
        .updateTable('ticket_cards')
        .set({ activity_id: INTERRUPTED, updated_at: now.toISOString() })
        .where('ticket_id', '=', ticket.id)
        .where('channel_key', '=', channel)
        .where('activity_id', '=', '')
        .execute();
      return { kind: 'abandoned', reason: 'the first post of this card was interrupted; not posted again because it may be in the channel' };
    }
    await this.options.notifier.update(posted(mine), message);
    const key = { ticket_id: ticket.id, channel_key: channel };
    return { kind: 'sent', also: async (trx) => void (await trx.updateTable('ticket_cards').set({ updated_at: now.toISOString() }).where('ticket_id', '=', key.ticket_id).where('channel_key', '=', key.channel_key).execute()) };
  }

  private async firstPost(ticketId: number, channel: string, message: OutgoingMessage, now: Date): Promise<SendOutcome> {
    const db = this.options.store.db;
    let result: PostedMessage;
    try {
      result = await this.options.notifier.postToChannel(channel, message);
    } catch (error) {
      // The connector refused the post: nothing was posted, so the intent is withdrawn for a retry.
      await db.deleteFrom('ticket_cards').where('ticket_id', '=', ticketId).where('channel_key', '=', channel).where('activity_id', '=', '').execute();
      throw error;
    }
    return {
      kind: 'sent',
      also: async (trx) => {
        await trx
          .updateTable('ticket_cards')
          .set({ conversation_id: result.conversationId, activity_id: result.activityId, reference: JSON.stringify(result.reference), updated_at: now.toISOString() })
          .where('ticket_id', '=', ticketId)
          .where('channel_key', '=', channel)
          .execute();
      },
    };
  }

  private async team(code: string): Promise<SupportTeam | undefined> {
    const row = await this.options.store.db.selectFrom('support_teams').selectAll().where('code', '=', code).executeTakeFirst();
    return row && toSupportTeam(row);
  }

  /** External providers see the ticket with patient data masked. */
  private forAudience(ticket: Ticket, provider: string): Ticket {
    if (provider === 'internal') return ticket;
    const mask = (text: string) => redactForAudience(text, 'external', this.options.redaction).text;
    return { ...ticket, title: mask(ticket.title), description: mask(ticket.description) };
  }

  private async place(ticket: Ticket): Promise<{ location: string | null; clinical: boolean }> {
    const db = this.options.store.db;
    const location = ticket.locationId === null ? undefined : await db.selectFrom('locations').select(['unit_name', 'building', 'floor', 'room']).where('id', '=', ticket.locationId).executeTakeFirst();
    const asset = ticket.assetId === null ? undefined : await db.selectFrom('assets').select(['clinical', 'tag']).where('id', '=', ticket.assetId).executeTakeFirst();
    const where = location ? `${location.unit_name}, bâtiment ${location.building}, étage ${location.floor}${location.room ? `, ${location.room}` : ''}` : null;
    const device = asset ? `${asset.tag}` : null;
    return {
      location: where && device ? `${where} (${device})` : (where ?? device),
      clinical: ticket.patientCareImpact || asset?.clinical === 1,
    };
  }
}

function posted(row: { conversation_id: string; activity_id: string; reference: string | null }): PostedMessage {
  const reference = row.reference ? (JSON.parse(row.reference) as PostedMessage['reference']) : { channelId: 'msteams', conversation: { id: row.conversation_id } as never };
  return { conversationId: row.conversation_id, activityId: row.activity_id, reference };
}
