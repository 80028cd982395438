import type { TicketEventRow, TicketRow } from '../db/index.js';
import type { Category, Impact, Language, Priority, Scope, Urgency } from '../triage/index.js';
import type { TicketStatus } from './lifecycle.js';
import type { TicketKind } from './numbering.js';
import type { ActorKind } from './ticket-input.js';

/** A ticket as the domain sees it (booleans as booleans, vocabulary as types). */
export interface Ticket {
  id: number;
  number: string;
  kind: TicketKind;
  requesterId: number | null;
  requester: string;
  category: Category;
  scope: Scope;
  urgency: Urgency;
  patientCareImpact: boolean;
  impact: Impact;
  priority: Priority;
  status: TicketStatus;
  title: string;
  description: string;
  assetId: number | null;
  locationId: number | null;
  team: string;
  assignee: string | null;
  language: Language;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  sourceChannel: string;
  conversationId: string | null;
  sourceActivityId: string | null;
}

export type TicketEventKind =
  | 'created'
  | 'status_changed'
  | 'assigned'
  | 'team_changed'
  | 'priority_changed'
  | 'described'
  | 'message'
  | 'note'
  | 'responded';

/** One line of the append-only audit trail. */
export interface TicketEvent {
  id: number;
  ticketId: number;
  at: string;
  actor: string;
  actorKind: ActorKind;
  kind: TicketEventKind;
  data: Record<string, unknown>;
}

export function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    requesterId: row.requester_id,
    requester: row.requester_ref,
    category: row.category as Category,
    scope: row.scope as Scope,
    urgency: row.urgency as Urgency,
    patientCareImpact: row.patient_care_impact === 1,
    impact: row.impact as Impact,
    priority: row.priority as Priority,
    status: row.status as TicketStatus,
    title: row.title,
    description: row.description,
    assetId: row.asset_id,
    locationId: row.location_id,
    team: row.team_code,
    assignee: row.assignee,
    language: row.language as Language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    sourceChannel: row.source_channel,
    conversationId: row.conversation_id,
    sourceActivityId: row.source_activity_id,
  };
}

export function toTicketEvent(row: TicketEventRow): TicketEvent {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    at: row.at,
    actor: row.actor,
    actorKind: row.actor_kind as ActorKind,
    kind: row.kind as TicketEventKind,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}
