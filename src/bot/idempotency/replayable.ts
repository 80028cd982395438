import type { Activity } from 'botbuilder';

/** An outgoing activity as kept for a replay: its content, without the routing of the turn it answered. */
export type StoredResponse = Partial<Activity>;

/**
 * Routing fields that the turn context sets again on every send (conversation reference), and fields the
 * connector assigns. Dropping them keeps the stored replies small and free of stale addressing.
 */
const ROUTING_FIELDS = [
  'id', 'timestamp', 'localTimestamp', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient',
  'replyToId', 'callerId', 'relatesTo',
] as const;

/** Activity types that carry nothing to replay: typing indicators, pauses, debugging traces. */
const TRANSIENT_TYPES = new Set(['typing', 'delay', 'trace']);

export function isReplayable(activity: Partial<Activity>): boolean {
  return !TRANSIENT_TYPES.has(activity.type ?? 'message');
}

/**
 * `activity` as it is stored for a replay: JSON without its routing fields. Taken when the activity is
 * sent, so a later change to the object does not reach the record.
 */
export function storedResponseJson(activity: Partial<Activity>): string {
  const copy: Record<string, unknown> = { ...activity };
  for (const field of ROUTING_FIELDS) delete copy[field];
  return JSON.stringify(copy);
}
