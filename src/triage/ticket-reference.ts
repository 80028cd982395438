/** Ticket numbers: INC-2026-000123 (incident) and REQ-2026-000045 (request). */
const REFERENCE = /\b(inc|req)[-_. ]?(\d{4})[-_. ]?(\d{1,6})\b/i;

/**
 * The first ticket number in a message, in canonical form, or undefined. Accepts lower case, missing
 * dashes and short sequence numbers.
 *
 * @example
 * findTicketReference('des nouvelles de req2026000045 ?') // 'REQ-2026-000045'
 */
export function findTicketReference(text: string): string | undefined {
  const match = REFERENCE.exec(text);
  if (!match) return undefined;
  return `${match[1]!.toUpperCase()}-${match[2]}-${match[3]!.padStart(6, '0')}`;
}

/** The message without its ticket numbers: "le wifi recoupe (ticket INC-2026-000412)" → "le wifi recoupe (ticket  )". */
export function withoutTicketReferences(text: string): string {
  return text.replace(new RegExp(REFERENCE.source, 'gi'), ' ');
}
