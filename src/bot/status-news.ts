import { understandText } from '../triage/index.js';

/**
 * "any news on my ticket? it's been an hour. and now the 2nd floor says their wifi is dead too": beside the status
 * question, a sentence that tells of the problem. Such words go on the ticket, even when they change none of its fields.
 */
export function tellsNewsBesideStatus(text: string): boolean {
  return text
    .split(/[.?!;\n]+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 4)
    .some((sentence) => understandText(sentence).intent.value === 'incident_report');
}
