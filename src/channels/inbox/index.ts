export { ActivityInbox, type InboxEntry, type NewInboxEntry, type InboxCounts, type FailedInboxEntry } from './activity-inbox.js';
export { InboxWorkers, type InboxWorkersOptions, type TurnRunNow, type TurnSettlement } from './inbox-workers.js';
export { TransientTurnFailure, inboxAttemptOf, isTransientFailure, markInboxAttempt, type InboxAttempt } from './transient-failure.js';
export { ConcurrencyLimit } from './concurrency-limit.js';
