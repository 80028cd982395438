export { TriageBot } from './triage-bot.js';
export type { BotServices, KnowledgeDesk, KnowledgeReply, DeadlineTeller, TicketDeadlines, BotDirectory } from './services.js';
export type { Understander, MessageAnalysis, StatedFields, Intent } from './intake/index.js';
