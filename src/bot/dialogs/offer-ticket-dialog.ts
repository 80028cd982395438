import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Language } from '../../triage/index.js';
import { foldAnswer, parseChoice, parseYesNo } from '../intake/index.js';
import { t } from '../messages/index.js';
import { turnText } from './turn-helpers.js';

export interface OfferOptions {
  lang: Language;
  /** The user's words that the ticket will carry if they accept. */
  text: string;
}

/** 'reroute': the words were no answer, or a "no" followed by another matter (`text`), read as a new message. */
export type OfferResult = { next: 'intake'; text: string } | { next: 'done' } | { next: 'reroute'; text?: string };

/**
 * "no that's ok i'll ask a colleague. something else tho, no rush: could i get voxmed installed on my laptop?": the
 * words after the sentence that declines, when they say enough to be a matter of their own.
 */
function matterAfterDecline(text: string): string | undefined {
  const end = /[.!?;]\s+|\s+-\s+/.exec(text);
  const rest = end ? text.slice(end.index + end[0].length).trim() : '';
  return rest.split(/\s+/).length >= 5 ? rest : undefined;
}

/**
 * "hmm no wait, actually the real problem is at the midwives station, the central CTG screen shows no trace": the
 * "no" takes back the question asked, and what follows is the matter; it is read as a new message, never dropped.
 */
const TAKES_BACK = /^\W*((hmm+|euh+|ah|oh|bon|ben|bah|ok|okay)\s+)*(no|non|nan|nope|nah)\b[\s,.!…-]*((wait|attends?|attendez|hmm+|euh+|sorry|pardon|en fait|actually|in fact|plutôt|plutot|rather)\b[\s,.!…-]*)+/i;

function matterAfterTakingBack(text: string): string | undefined {
  const taken = TAKES_BACK.exec(text.trim());
  const rest = taken ? text.trim().slice(taken[0].length).trim() : '';
  return rest.split(/\s+/).length >= 5 ? rest : undefined;
}

const DECLINE = /^((ok|okay|d accord|bon|ah|oh|ah ok|oh ok|ben|bah) )*(no worries|never ?mind|pas grave|c est pas grave|tant pis|laisse tomber|laissez tomber|pas la peine|no need|not needed|forget it|no problem|pas de souci|pas de probleme)\b/;

/** "Shall I open a ticket?" — yes starts intake with the user's words, no ends politely. */
export class OfferTicketDialog extends Dialog<OfferOptions> {
  static readonly id = 'offer-ticket';

  constructor() {
    super(OfferTicketDialog.id);
  }

  override async beginDialog(dc: DialogContext, options?: OfferOptions): Promise<DialogTurnResult> {
    Object.assign(dc.activeDialog!.state, options);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as OfferOptions;
    const text = turnText(dc.context.activity);
    // "ok no worries. what about on my phone then…", "ok tant pis": the "ok" takes the answer in, it does not accept.
    const declined = DECLINE.test(foldAnswer(text));
    const accepted =
      text === '@offer:yes' || parseChoice(text, [{ value: 'yes', key: 'choice.open_ticket' }]) === 'yes' ? true : declined ? false : parseYesNo(text)?.value;
    if (accepted === undefined) return dc.endDialog({ next: 'reroute' } satisfies OfferResult);
    if (!accepted) {
      const another = matterAfterTakingBack(text) ?? matterAfterDecline(text);
      if (another) return dc.endDialog({ next: 'reroute', text: another } satisfies OfferResult);
      await dc.context.sendActivity(t(state.lang, 'offer.declined'));
      return dc.endDialog({ next: 'done' } satisfies OfferResult);
    }
    return dc.endDialog({ next: 'intake', text: state.text } satisfies OfferResult);
  }
}
