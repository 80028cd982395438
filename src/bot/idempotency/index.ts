export { ExactlyOnceMiddleware, type ExactlyOnceOptions } from './exactly-once-middleware.js';
export { ActivityInProgressError } from './activity-in-progress-error.js';
export { ProcessedActivities, type ActivityKey, type ProcessedActivity } from './processed-activities.js';
export type { StoredResponse } from './replayable.js';
