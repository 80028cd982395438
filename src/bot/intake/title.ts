/** The longest title a ticket gets from the user's words. */
const MAX_TITLE = 120;

/** "bon je recommence :", "je reprends :" before the problem told again. */
const RESTART = /^(bon,?\s+|ok,?\s+|alors,?\s+)?(je recommence|je reprends|on recommence|let me start again|starting again)\s*[:,.-]?\s*/i;

function isAside(sentence: string): boolean {
  const trimmed = sentence.trim();
  return trimmed.endsWith('?') && trimmed.split(/\s+/).length <= 8;
}

/**
 * A ticket title from free text: its first sentence that is not a short question aside, at most 120
 * characters, cut on a word; undefined when fewer than three characters are left.
 */
export function firstSentenceTitle(text: string): string | undefined {
  // The first message is the problem; what came after it (on later lines) is detail for the description.
  const firstLine = text.split('\n').find((line) => line.trim().length > 0) ?? text;
  const clean = firstLine.replace(/\s+/g, ' ').trim().replace(RESTART, '');
  const sentences = clean.split(/(?<=[.!?])\s/).filter((part) => part.trim().length > 0);
  // "je vous l'ai écrit au-dessus non ? Thomas Lambert, interne…": a short question aside is not what the
  // ticket is about; a long question usually is the problem ("est-ce normal que le DPI ouvre le mauvais dossier ?").
  const sentence = sentences.find((part) => !isAside(part)) ?? sentences[0] ?? clean;
  const title = sentence.length <= MAX_TITLE ? sentence : sentence.slice(0, MAX_TITLE).replace(/\s+\S*$/, '') + '…';
  return title.length >= 3 ? title : undefined;
}
