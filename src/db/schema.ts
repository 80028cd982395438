import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/*
 * Column conventions, identical on SQLite and PostgreSQL so one set of queries serves both:
 * - instants are ISO-8601 UTC strings with milliseconds (`2026-11-28T14:53:43.123Z`), which sort as text;
 * - booleans are integers 0/1;
 * - structured audit data is JSON text.
 */

export interface LocationTable {
  id: Generated<number>;
  code: string;
  site: string;
  building: string;
  floor: string;
  unit_code: string;
  unit_name: string;
  room: string | null;
  phone: string | null;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  aad_object_id: string | null;
  slack_user_id: string | null;
  job_role: string;
  manager_id: number | null;
  location_id: number | null;
  preferred_language: 'fr' | 'en';
  phone: string | null;
  active: number;
}

export interface ApplicationTable {
  id: Generated<number>;
  code: string;
  name: string;
  vendor: string;
  support_team_code: string;
}

export interface AssetTable {
  id: Generated<number>;
  tag: string;
  /** Upper-case letters and digits only: lets "pc card 0342" find PC-CARD-0342. */
  tag_key: string;
  hostname: string | null;
  hostname_key: string | null;
  kind: string;
  model: string;
  location_id: number | null;
  assigned_user_id: number | null;
  application_code: string | null;
  clinical: number;
}

export interface SupportTeamTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** The name shown to English-speaking staff; null: `name`. */
  name_en: string | null;
  level: string;
  provider: string;
  contract_id: string;
  teams_channel_id: string | null;
  slack_channel_id: string | null;
}

export interface TicketCounterTable {
  kind: string;
  year: number;
  last_value: number;
}

export interface TicketTable {
  id: Generated<number>;
  number: string;
  kind: 'incident' | 'request';
  requester_id: number | null;
  requester_ref: string;
  category: string;
  scope: string;
  urgency: string;
  patient_care_impact: number;
  impact: string;
  priority: string;
  status: string;
  title: string;
  description: string;
  asset_id: number | null;
  location_id: number | null;
  team_code: string;
  assignee: string | null;
  language: string;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  source_channel: string;
  conversation_id: string | null;
  source_activity_id: string | null;
}

export interface TicketEventTable {
  id: Generated<number>;
  ticket_id: number;
  at: string;
  actor: string;
  actor_kind: string;
  kind: string;
  /** JSON object: before/after values and any detail of the change. */
  data: string;
}

export interface KbAnswerTable {
  id: Generated<number>;
  slug: string;
  lang: string;
  user_ref: string | null;
  conversation_id: string | null;
  answered_at: string;
  helpful: number | null;
  feedback_at: string | null;
}

export interface BotStateTable {
  key: string;
  value: string;
  etag: string;
  updated_at: string;
}

/** One delivered message/invoke activity: claimed while its turn runs, then done with the replies it sent. */
export interface ProcessedActivityTable {
  channel_id: string;
  conversation_id: string;
  activity_id: string;
  state: 'processing' | 'done';
  /** JSON array of the outgoing activities of the turn, once done. */
  responses: string | null;
  /** Identifies the claim, so only its holder completes or releases it. */
  claim_token: string;
  claimed_at: string;
  created_at: string;
}

export interface ConversationRefTable {
  /** `<channel id>:<conversation id>` */
  key: string;
  channel_id: string;
  conversation_id: string;
  conversation_type: string;
  user_aad_id: string | null;
  user_id: number | null;
  /** For a Teams channel conversation: the channel id (19:…@thread.tacv2) that support teams name. */
  team_channel_id: string | null;
  /** botbuilder ConversationReference as JSON. */
  reference: string;
  updated_at: string;
}

export interface SlaNoticeTable {
  id: Generated<number>;
  ticket_id: number;
  clock: string;
  threshold: number;
  audience: string;
  /** Bumped when a ticket's clocks are recomputed; older pending notices are cancelled. */
  generation: number;
  due_at: string;
  state: 'pending' | 'sending' | 'sent' | 'cancelled' | 'failed';
  claimed_by: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  attempts: number;
  last_error: string | null;
  /** When the post of this claim began (notices that are not mere updates); added by migration 006. */
  send_started_at: string | null;
}

export interface TicketCardTable {
  ticket_id: number;
  channel_key: string;
  conversation_id: string;
  /** Empty while its first post is under way (the intent recorded before posting). */
  activity_id: string;
  updated_at: string;
  /** botbuilder ConversationReference (JSON) the card was posted through; added by migration 006. */
  reference: string | null;
}

export interface HandoffTable {
  id: Generated<number>;
  ticket_id: number;
  user_conversation_key: string;
  agent_conversation_id: string | null;
  card_activity_id: string | null;
  state: 'waiting' | 'active' | 'ended';
  agent_ref: string | null;
  agent_name: string | null;
  reason: string;
  created_at: string;
  taken_at: string | null;
  ended_at: string | null;
}

export type InboxState = 'queued' | 'processing' | 'failed';

export interface InboxActivityTable {
  id: Generated<number>;
  channel_id: string;
  conversation_id: string;
  activity_id: string;
  /** The delivered activity (JSON), as the channel sent it. */
  activity: string;
  /** Who delivered it, as authenticated at the endpoint (JSON: claims, audience, caller id). */
  delivery: string;
  state: InboxState;
  /** Turns started for it so far. */
  attempts: number;
  /** Not run before this instant (a retry waits). */
  available_at: string;
  claim_token: string | null;
  claimed_at: string | null;
  received_at: string;
  last_error: string | null;
}

export interface Database {
  locations: LocationTable;
  users: UserTable;
  applications: ApplicationTable;
  assets: AssetTable;
  support_teams: SupportTeamTable;
  ticket_counters: TicketCounterTable;
  tickets: TicketTable;
  ticket_events: TicketEventTable;
  kb_answers: KbAnswerTable;
  bot_state: BotStateTable;
  conversation_refs: ConversationRefTable;
  sla_notices: SlaNoticeTable;
  ticket_cards: TicketCardTable;
  handoffs: HandoffTable;
  processed_activities: ProcessedActivityTable;
  inbox_activities: InboxActivityTable;
}

export type LocationRow = Selectable<LocationTable>;
export type UserRow = Selectable<UserTable>;
export type AssetRow = Selectable<AssetTable>;
export type ApplicationRow = Selectable<ApplicationTable>;
export type SupportTeamRow = Selectable<SupportTeamTable>;
export type TicketRow = Selectable<TicketTable>;
export type NewTicketRow = Insertable<TicketTable>;
export type TicketUpdate = Updateable<TicketTable>;
export type TicketEventRow = Selectable<TicketEventTable>;
