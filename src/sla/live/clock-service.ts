import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import { CodedError } from '../../errors.js';
import { normalizeTicketNumber, toTicket, toTicketEvent, type Ticket, type TicketEvent } from '../../tickets/index.js';
import type { Instant } from '../calendar/index.js';
import { computeClocks, type TicketClocks } from '../clocks/index.js';
import type { ContractBook } from '../contracts/index.js';
import { ticketFacts, toAuditEvent } from './audit-events.js';

/** A ticket, its audit trail and its clocks as of one instant. */
export interface TicketWithClocks {
  ticket: Ticket;
  events: TicketEvent[];
  clocks: TicketClocks;
}

/**
 * The SLA clocks of stored tickets: reads the ticket and its audit trail, replays them with the
 * contracts in force. `db` may be a transaction, so a change hook sees the change it runs for.
 *
 * ```ts
 * const service = new ClockService(contracts);
 * const { clocks } = await service.clocksOf(store.db, 'INC-2026-000123', new Date());
 * clocks.resolution.deadline; // '2026-11-30T15:00:00.000Z'
 * ```
 */
export class ClockService {
  constructor(readonly contracts: ContractBook) {}

  /** Clocks of a ticket given by number, id or as already loaded; not_found for an unknown number. */
  async clocksOf(db: Kysely<Database>, ticket: string | number | Ticket, now: Instant): Promise<TicketWithClocks> {
    const loaded = typeof ticket === 'object' ? ticket : await loadTicket(db, ticket);
    const rows = await db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', loaded.id).orderBy('id', 'asc').execute();
    const events = rows.map(toTicketEvent);
    return { ticket: loaded, events, clocks: this.compute(loaded, events, now) };
  }

  /** Clocks of a ticket whose events are already at hand. */
  compute(ticket: Ticket, events: readonly TicketEvent[], now: Instant): TicketClocks {
    return computeClocks({ ticket: ticketFacts(ticket), events: events.map(toAuditEvent), now, contracts: this.contracts });
  }
}

async function loadTicket(db: Kysely<Database>, key: string | number): Promise<Ticket> {
  let query = db.selectFrom('tickets').selectAll();
  if (typeof key === 'number') query = query.where('id', '=', key);
  else {
    const number = normalizeTicketNumber(key);
    if (!number) throw new CodedError('not_found', `No ticket ${key}. Ticket numbers look like INC-2026-000123 or REQ-2026-000045.`);
    query = query.where('number', '=', number);
  }
  const row = await query.executeTakeFirst();
  if (!row) throw new CodedError('not_found', `No ticket ${key}. Ticket numbers look like INC-2026-000123 or REQ-2026-000045.`);
  return toTicket(row);
}
