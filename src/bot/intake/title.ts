/** The longest title a ticket gets from the user's words. */
const MAX_TITLE = 120;

/**
 * A ticket title from free text: its first sentence, at most 120 characters, cut on a word; undefined when
 * fewer than three characters are left.
 */
export function firstSentenceTitle(text: string): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const sentence = clean.split(/(?<=[.!?])\s/)[0] ?? clean;
  const title = sentence.length <= MAX_TITLE ? sentence : sentence.slice(0, MAX_TITLE).replace(/\s+\S*$/, '') + '…';
  return title.length >= 3 ? title : undefined;
}
