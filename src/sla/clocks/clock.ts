import type { Priority } from '../../triage/index.js';
import type { CalendarSpec } from '../calendar/index.js';
import type { ClockKind, TicketStatus } from '../terms.js';

export type ClockState = 'running' | 'paused' | 'met' | 'breached';

/** Why a clock stopped: a human action (response) or a final status (resolution, or response without one). */
export type StopReason = 'agent_action' | Extract<TicketStatus, 'resolved' | 'closed' | 'cancelled'>;

/** A stretch during which the clock did not run. */
export interface ClockPause {
  from: string;
  /** Null: not resumed yet. */
  to: string | null;
  /** The pausing status (e.g. waiting_user), or `reopened` for the time a ticket spent resolved before a reopen. */
  reason: string;
}

export interface ClockThreshold {
  percent: number;
  /** When that share of the target is used up; null while an open-ended pause holds the clock. */
  at: string | null;
  /** Who is told at this threshold (team, managers, ...). */
  audiences: string[];
  /** Whether `at` has come by the time the clock stopped or `as_of`. */
  reached: boolean;
}

/**
 * One SLA clock of a ticket for the team that holds it, as of `as_of`. Plain data (ISO instants in
 * UTC, durations in milliseconds of open calendar time unless named `wall`), ready to store or show.
 */
export interface Clock {
  kind: ClockKind;
  as_of: string;
  contract: { id: string; name: string; provider: string };
  team: string;
  priority: Priority;
  calendar: { name: string | null; spec: CalendarSpec };
  start: string;
  target_minutes: number;
  pauses: ClockPause[];
  /** Earliest instant at which the target is used up; null while an open-ended pause holds the clock. */
  deadline: string | null;
  /** Open time counted so far (up to the stop, or `as_of`). */
  elapsed_ms: number;
  /** Open time left before the target is used up (0 once used up). */
  remaining_ms: number;
  state: ClockState;
  stopped_at: string | null;
  stop_reason: StopReason | null;
  /** Open time counted beyond the target (0 unless breached). */
  late_ms: number;
  /** Wall-clock time from the deadline to the stop (or `as_of`) when breached, else 0. */
  late_wall_ms: number;
  started_hours_late: number;
  /** EUR, capped per ticket; provisional while the clock is still running. */
  penalty_eur: number;
  thresholds: ClockThreshold[];
}

/** Both clocks of a ticket for its current team. */
export interface TicketClocks {
  as_of: string;
  team: string;
  priority: Priority;
  contract_id: string;
  response: Clock;
  resolution: Clock;
  /** Sum of both clocks' penalties, capped per ticket. */
  penalty_eur: number;
  /** Disagreements between the ticket record and its audit log. */
  warnings: string[];
}
