import type { Priority } from '../../triage/index.js';
import type { Calendar } from '../calendar/index.js';
import type { ClockKind, TicketStatus } from '../terms.js';

/** Targets of one priority, in minutes of open time on `calendar`. */
export interface Target {
  respond_minutes: number;
  resolve_minutes: number;
  calendar: Calendar;
  /** Name of the calendar in config/sla.yaml, or null when written in place. */
  calendar_name: string | null;
}

export interface Penalties {
  eur_per_started_hour: number;
  cap_per_ticket_eur: number;
  cap_per_month_eur: number;
  applies_to: ClockKind[];
}

/** A service-level agreement binding one or more support teams. */
export interface Contract {
  id: string;
  name: string;
  provider: string;
  teams: string[];
  targets: Record<Priority, Target>;
  /** Statuses during which both clocks stand still. */
  pause_statuses: TicketStatus[];
  escalation: {
    /** Percentages of each target at which a due notice is raised, increasing. */
    thresholds: number[];
    /** Audience (team, managers, ...) → thresholds at which it is told. */
    notify: Record<string, number[]>;
  };
  /** Null: lateness costs nothing (internal teams). */
  penalties: Penalties | null;
}
