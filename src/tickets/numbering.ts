import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/index.js';

export type TicketKind = 'incident' | 'request';

const PREFIX: Record<TicketKind, string> = { incident: 'INC', request: 'REQ' };
const NUMBER_PATTERN = /^(INC|REQ)[-\s]?(\d{4})[-\s]?(\d{1,9})$/i;

/** The year a ticket belongs to, on the hospital's wall clock (a ticket at 00:30 on 1 January is new-year). */
export function ticketYear(at: Date, timeZone = 'Europe/Paris'): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));
}

export function formatTicketNumber(kind: TicketKind, year: number, sequence: number): string {
  return `${PREFIX[kind]}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Reads "INC-2026-000123", "inc 2026 123" or "INC2026000123" into the canonical number, or undefined. */
export function normalizeTicketNumber(text: string): string | undefined {
  const match = NUMBER_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const kind: TicketKind = match[1]!.toUpperCase() === 'INC' ? 'incident' : 'request';
  return formatTicketNumber(kind, Number(match[2]), Number(match[3]));
}

/**
 * Takes the next sequence value for (kind, year) inside the caller's write transaction. The single
 * upsert statement holds the counter row's lock until commit, so concurrent writers never share a
 * number; a rolled-back transaction leaves a gap, never a duplicate.
 */
export async function nextTicketNumber(trx: Kysely<Database>, kind: TicketKind, year: number): Promise<string> {
  const row = await trx
    .insertInto('ticket_counters')
    .values({ kind, year, last_value: 1 })
    .onConflict((oc) => oc.columns(['kind', 'year']).doUpdateSet({ last_value: sql`ticket_counters.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return formatTicketNumber(kind, year, row.last_value);
}
