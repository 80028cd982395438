import { CodedError } from '../../errors.js';
import type { ActivityKey } from './processed-activities.js';

/**
 * A retried delivery gave up waiting for the first delivery of the same activity to finish. The turn must
 * end without a reply (the first delivery will answer) and with a server error, so the channel retries
 * later and then gets the stored replies.
 */
export class ActivityInProgressError extends CodedError {
  constructor(key: ActivityKey, waitedMs: number) {
    super('conflict', `Activity ${key.activityId} on ${key.channelId} is still being processed after ${waitedMs} ms`, {
      ...key,
      waitedMs,
    });
    this.name = 'ActivityInProgressError';
  }
}
