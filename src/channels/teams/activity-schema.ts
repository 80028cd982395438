import { z } from 'zod';

/** Longest message text accepted; a Teams message tops out near 28 KB, so this only stops abuse. */
export const MAX_TEXT_LENGTH = 100_000;

const identifier = z.string().min(1).max(1024);
const account = z.looseObject({ id: identifier, name: z.string().max(1024).optional() });

/**
 * What the bot endpoint requires of an incoming activity before botbuilder sees it. Unknown fields pass
 * through (channels add their own). Every activity names its channel, conversation and service URL (the
 * bot cannot answer without them); messages and invokes also carry their id and their sender.
 */
const anyActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: identifier.optional(),
  channelId: identifier,
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.looseObject({ id: identifier }),
  from: account.optional(),
  recipient: account.optional(),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  locale: z.string().max(64).optional(),
});

const addressedActivity = anyActivity.extend({ id: identifier, from: account });

export type ActivityCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a parsed HTTP body; a refusal carries a reason naming the field, never the field's value
 * (activities carry what staff type, which may be patient data).
 *
 * ```ts
 * checkActivity({ type: 'message' }) // { ok: false, reason: 'activity.id: ...' }
 * ```
 */
export function checkActivity(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, reason: 'the body must be a JSON object (a Bot Framework activity)' };
  }
  const type = (body as { type?: unknown }).type;
  const schema = type === 'message' || type === 'invoke' ? addressedActivity : anyActivity;
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true };
  const issue = parsed.error.issues[0]!;
  const where = ['activity', ...issue.path.map(String)].join('.');
  return { ok: false, reason: `${where}: ${issue.message}` };
}
