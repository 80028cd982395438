import { describe, expect, it } from 'vitest';
import { formatTicketNumber, normalizeTicketNumber, ticketYear } from '../../src/tickets/index.js';

describe('ticket numbers', () => {
  it('pads the sequence to six digits', () => {
    expect(formatTicketNumber('incident', 2026, 123)).toBe('INC-2026-000123');
    expect(formatTicketNumber('request', 2026, 45)).toBe('REQ-2026-000045');
  });

  it('reads numbers typed loosely', () => {
    expect(normalizeTicketNumber('inc-2026-000123')).toBe('INC-2026-000123');
    expect(normalizeTicketNumber('INC2026000123')).toBe('INC-2026-000123');
    expect(normalizeTicketNumber('req 2026 45')).toBe('REQ-2026-000045');
    expect(normalizeTicketNumber('PC-CARD-0342')).toBeUndefined();
  });

  it('counts the year on the hospital clock: 31 Dec 23:30 UTC is already January in Paris', () => {
    expect(ticketYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(ticketYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
});
