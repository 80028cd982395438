import { allPhrasings } from '../messages/index.js';
import { foldAnswer } from './answers.js';

const alternatives = (words: string[]) => `(${words.map(foldAnswer).join('|')})`;
const label = alternatives(allPhrasings('summary.patient_care'));

/** "soins impactés : oui", "patient care affected: no": the summary card's own words, in either language. */
const SUMMARY_YES = new RegExp(`\\b${label} ${alternatives(allPhrasings('summary.yes'))}\\b`);
const SUMMARY_NO = new RegExp(`\\b${label} ${alternatives(allPhrasings('summary.no'))}\\b`);

/** "si les soins sont impactés !", "les soins sont bloqués", "care is affected": said outright, on the summary. */
const SAID_AFFECTED = /\b(les )?soins (sont|sont bien|sont quand meme) (impactes|bloques|retardes|touches)\b|\b(patient )?care is (affected|blocked|held up|delayed)\b/;

/** The care impact a correction names outright; undefined when it names none. */
export function careNamed(text: string): boolean | undefined {
  const folded = foldAnswer(text);
  if (SUMMARY_NO.test(folded)) return false;
  return SUMMARY_YES.test(folded) || SAID_AFFECTED.test(folded) ? true : undefined;
}
