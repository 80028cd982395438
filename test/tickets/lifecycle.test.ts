import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES, assertMove, canMove, isReopen } from '../../src/tickets/index.js';
import { isCodedError } from '../../src/errors.js';

const LEGAL = new Set([
  'new>assigned', 'new>in_progress', 'new>waiting_user', 'new>resolved', 'new>cancelled',
  'assigned>in_progress', 'assigned>waiting_user', 'assigned>resolved', 'assigned>cancelled',
  'in_progress>assigned', 'in_progress>waiting_user', 'in_progress>resolved', 'in_progress>cancelled',
  'waiting_user>assigned', 'waiting_user>in_progress', 'waiting_user>resolved', 'waiting_user>cancelled',
  'resolved>closed', 'resolved>in_progress', 'resolved>assigned',
]);

describe('ticket lifecycle', () => {
  it('allows exactly the legal moves among all 49 pairs', () => {
    for (const from of TICKET_STATUSES)
      for (const to of TICKET_STATUSES) expect(canMove(from, to), `${from} → ${to}`).toBe(LEGAL.has(`${from}>${to}`));
  });

  it('treats resolved → in_progress as a reopen', () => {
    expect(isReopen('resolved', 'in_progress')).toBe(true);
    expect(isReopen('waiting_user', 'in_progress')).toBe(false);
  });

  it('refuses to leave a closed ticket with a message that says it is final', () => {
    try {
      assertMove('INC-2026-000001', 'closed', 'in_progress');
      expect.unreachable();
    } catch (error) {
      expect(isCodedError(error, 'illegal_transition')).toBe(true);
      expect((error as Error).message).toContain('closed is final');
    }
  });

  it('names the possible moves when one is refused', () => {
    expect(() => assertMove('INC-2026-000001', 'new', 'closed')).toThrow(/from new it can go to: assigned, in_progress/);
  });
});
