/** How many of the user's latest messages the bot keeps for the agents' card. */
export const RECENT_MESSAGES = 5;
/**
 * Long enough for any chat message: a ticket opened on a request for a person takes its description from these, and a
 * callback number at the end of a long message must not be lost. The bound only keeps a pasted log from filling the state.
 */
const MAX_LENGTH = 10_000;

/**
 * The user's latest messages, oldest first, with `text` added: kept in conversation state so a handoff
 * card can show what the user said before asking for a person.
 */
export function rememberMessage(recent: readonly string[] | undefined, text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const list = [...(recent ?? [])];
  if (!clean || clean.startsWith('@')) return list;
  list.push(clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH)}…` : clean);
  return list.slice(-RECENT_MESSAGES);
}
