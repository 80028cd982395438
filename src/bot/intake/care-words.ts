import { foldAnswer, phrasingsGroup } from './answers.js';

const LABEL = phrasingsGroup('summary.patient_care');

/** "soins impactés : oui", "patient care affected: no": the summary card's own words, in either language. */
const SUMMARY_YES = new RegExp(`\\b${LABEL} ${phrasingsGroup('summary.yes')}\\b`);
const SUMMARY_NO = new RegExp(`\\b${LABEL} ${phrasingsGroup('summary.no')}\\b`);

/** "si les soins sont impactés !", "les soins sont bloqués", "care is affected", "patient care WAS affected": said outright. */
const SAID_AFFECTED =
  /\b(les )?soins (sont|sont bien|sont quand meme|ont ete|etaient) (impactes|bloques|retardes|touches)\b|\b(patient )?care (is|was|has been|were|did get|got) (really |actually |definitely )?(affected|blocked|held up|delayed)\b/;

/** The care impact a correction names outright; undefined when it names none. */
export function careNamed(text: string): boolean | undefined {
  const folded = foldAnswer(text);
  if (SUMMARY_NO.test(folded)) return false;
  return SUMMARY_YES.test(folded) || SAID_AFFECTED.test(folded) ? true : undefined;
}
