/**
 * Agents take over a user's conversation: escalation cards in the agents' Teams channel, take-over,
 * live relay both ways, agent commands in the card's thread, confirmation of resolutions.
 */
export { HandoffDesk, type HandoffDeskOptions } from './handoff-desk.js';
export type { EscalationOutcome, EscalationRequest, KnownFields } from './escalate.js';
export { AgentRoster, DEFAULT_AGENT_ROLES } from './agent-roster.js';
export { parseAgentMessage, type AgentCommand, type ParsedAgentMessage } from './agent-command.js';
export { HandoffStore, HANDOFF_REASONS, type HandoffReason, type HandoffRow } from './handoff-store.js';
export { handoffCard, resolutionCard, type HandoffCardView } from './handoff-card.js';
export { CONFIRMATION_WINDOW_MS } from './resolution.js';
export { rememberMessage, RECENT_MESSAGES } from './recent-messages.js';
export { asksForTheUsualWay } from './hand-back.js';
