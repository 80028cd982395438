import { understandText } from '../triage/index.js';

/** Where a second matter opens: "also any news on…", "et sinon l'imprimante…", "by the way…". */
const OPENERS = /(?:^|[.!?;\n]\s*|,\s*)(?:(?:and )?also|btw|by the way|another thing|et aussi|aussi|et sinon|sinon|par ailleurs|autre chose|au fait)\b[\s,:]*/giu;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * "the printer in the ICU prints blank pages. also any news on the dect problem my colleague reported?": a fault told
 * beside a question on a ticket, read as the question. Returns the fault's words, so that it is taken down after the
 * answer; undefined when the message only asks, or goes on about the ticket asked for ("…elle imprime toujours des
 * pages blanches", with no "et sinon" before it).
 */
export function faultBesideStatusQuestion(text: string): string | undefined {
  for (const match of text.matchAll(OPENERS)) {
    const at = match.index ?? 0;
    const before = text.slice(0, at).trim();
    const after = text.slice(at + match[0].length).trim();
    for (const [fault, question] of [[before, after], [after, before]] as const) {
      if (wordsIn(fault) < 4 || wordsIn(question) < 2) continue;
      if (understandText(fault).intent.value === 'incident_report' && understandText(question).intent.value === 'ticket_status') return fault;
    }
  }
  return undefined;
}
