/**
 * SLA clocks on live tickets: the clock service, the notice planner (a ticket-change hook), the
 * outbox worker that posts countdown cards and breach notices, the deadline teller, and reports.
 *
 * @example
 * const sla = createSlaLive({ store, tickets, contracts, notifier, clock, logger, managersChannelId, redaction });
 * sla.worker.start(1000);
 */
export { toAuditEvent, ticketFacts } from './audit-events.js';
export { ClockService, type TicketWithClocks } from './clock-service.js';
export { SlaDeadlineTeller, dueInWords } from './deadline-teller.js';
export { countdownCard, transferredCard, clockLine, percentUsed, type CardContext } from './countdown-card.js';
export { managerNotice, penaltyLine } from './manager-notice.js';
export { CARD, STATUS, TEAM, MANAGERS, REQUESTER, isIdempotent, type NoticeRow, type NoticeClock } from './notice-kinds.js';
export { slaNoticePlanner, planThresholds } from './planner.js';
export { NoticeOutbox } from './outbox.js';
export { NoticeSender, type SendOutcome, type NoticeSenderOptions } from './notice-sender.js';
export { SlaWorker, type SlaWorkerOptions, type TickReport } from './worker.js';
export { createSlaLive, type SlaLive, type SlaLiveOptions } from './create-sla-live.js';
export { whenInWords, durationInWords, textBar, DISPLAY_ZONE } from './words.js';
export { monthReport, monthBounds, nearestRank, reportCsv, MONTH_RULE, type MonthReport, type GroupReport, type ContractReport, type ClockStats, type WorstTicket } from './report.js';
export { reportText, reportCard } from './report-format.js';
