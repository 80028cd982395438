import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Category, Language } from '../../triage/index.js';
import { COMES_OUT_FINE, foldAnswer, isDontKnow, parseYesNo, questionInJustAQuestion, saysItIsJustAQuestion, sideQuestionsIn } from '../intake/index.js';
import { t } from '../messages/index.js';
import type { BotServices } from '../services.js';
import { asksIfKnown } from '../known-outage.js';
import { turnText } from './turn-helpers.js';

export interface FeedbackOptions {
  answerId: number;
  slug: string;
  lang: Language;
  /** The question that was answered: it becomes the ticket description when the fiche did not help. */
  question: string;
  /** The fiche's category, for the ticket when the question itself names none. */
  category?: Category;
  /** Words told about the same problem before the answer came ("yes it's showing a number on the screen"). */
  toldBefore?: string;
}

/**
 * Result of the feedback dialog for the router: open a ticket (with what the user added after their
 * "no": "toujours les 3 bips, j'ai tout rebranché"), or treat the message as a new one.
 */
export type FeedbackResult =
  | { next: 'done' }
  | { next: 'intake'; question: string; category?: Category; details?: string }
  | { next: 'reroute'; fiche: RefusedFiche }
  /** The fiche helped, and another matter was told with the thanks: that matter, on its own. */
  | { next: 'reroute'; text: string }
  /**
   * "non c pas en panne, je veux juste savoir comment…": not a breakdown, a question to answer; "ok so my own phone can
   * never go on CHV-PRO?": a question that follows the fiche (`after`: its slug, not to be served again).
   */
  | { next: 'question'; text: string; after?: string }
  /** "y a déjà un incident en cours sur la téléphonie ?" before trying the fiche: looked up as the problem of many. */
  | { next: 'known'; question: string; category?: Category; text: string };

/** The fiche a message did not answer: if that message leads to the same fiche, it did not help. */
export interface RefusedFiche {
  answerId: number;
  slug: string;
  question: string;
  category?: Category;
}

const SOLVED = /\b(merci|thanks|thank you|thx|worked|ca (re)?marche|ca (re)?fonctionne|c est (bon|regle|ok)|resolu|regle|parfait|super|nickel|impeccable|it works|works now|working now|fixed|solved|great|perfect)\b/;
const STILL_BROKEN = /\b(toujours|encore|pareil|meme (chose|probleme)|pas mieux|rien n a change|still|same|no change|not working|marche pas|fonctionne pas)\b/;

/**
 * Whether the words after "oui" or "non" go with it: "oui merci ça marche après redémarrage", "non,
 * toujours pareil", "non c'est la GAM, pas Windows". A yes followed by anything else may be a new
 * problem, handed back to the router.
 */
function bearsOut(answer: { value: boolean; rest: string }): boolean {
  // After a no, the words tell what is still wrong ("non c'est la GAM, pas Windows"): details of the same problem.
  return answer.value ? SOLVED.test(answer.rest) : true;
}

/** Opening words that say the fiche changed nothing: "toujours …", "pareil", "still …", "same". */
const STILL_BROKEN_OPENING = /^(toujours|encore|pareil|meme (chose|probleme)|pas mieux|rien n a change|ca (ne )?(marche|fonctionne) (toujours|encore) pas|still|same|no change|no better)\b/;

/** Steps of the fiche said to be done: "tried the feed button", "j'ai éteint et rallumé". */
const TRIED = /\b(tried|try|done|did|already|restarted|rebooted|switched|unplugged|replugged|essaye|essaie|teste|fait|refait|suivi|deja|redemarr?e|rebranche|debranche|eteint|rallume|change)\b/;
/** Still failing, said anywhere in the message: "…, still blank", "…, c'est toujours pareil". */
const STILL = /\b(still|toujours|encore|pareil|same|(ca )?change rien|rien (n )?a change|rien n y fait|rien a faire|no difference|no luck|(didn t|did not) (help|work|change anything))\b/;
/** "débranché rebranché et relancé, rien.", "tried it, nothing": a clause that is only "nothing" (read with its punctuation). */
const NOTHING_CLAUSE = /(?:^|[,;.!:]\s*)(rien|toujours rien|nothing|still nothing|nada)(?: du tout)?\s*(?:$|[,;.!])/i;

function stillFailingSaid(text: string): boolean {
  return STILL.test(foldAnswer(text)) || NOTHING_CLAUSE.test(text.trim());
}

/**
 * "toujours les 3 bips", "still the same after a restart": a no without the word, when the message opens
 * so, or tells the steps were tried and it still fails ("tried the feed button thing, still blank"). "le
 * wifi ne marche pas" after a fiche about passwords is a new problem, not an answer.
 */
function stillBroken(text: string): { value: false; rest: string } | undefined {
  const folded = foldAnswer(text);
  const triedInVain = TRIED.test(folded) && stillFailingSaid(text);
  return STILL_BROKEN_OPENING.test(folded) || triedInVain ? { value: false, rest: folded } : undefined;
}

/** "attends je teste", but not "je teste depuis ce matin, toujours rien": the answer is coming. */
function stillTrying(text: string): boolean {
  const folded = foldAnswer(text);
  return TRYING.test(folded) && !stillFailingSaid(text) && !saysSolved(folded);
}

/** "attends je teste", "wait, let me try": the answer is coming. */
const TRYING = /^((ok|d accord|alors|bon|euh|ah) )*(attends?|attendez|wait|hold on|one (moment|sec|second)|un (instant|moment)|une (seconde|minute)|je (vais )?(teste|essaie|essaye|regarde|verifie|tester|essayer|regarder|verifier|voir)|let me (try|check|test|see)|i ll (try|check|test|see)|i m (trying|testing|checking))\b/;

/**
 * "c bon ça a marché", "non pas besoin de ticket, ça a marché": a yes, whatever word opens it, unless the
 * same message says it still fails. "It worked last week with the same GPs" tells of before, not of now.
 */
function solvedSaid(text: string): { value: true; rest: string } | undefined {
  const folded = foldAnswer(text);
  return saysSolved(folded) && !/\b(still|toujours)\b/.test(folded) ? { value: true, rest: '' } : undefined;
}

/** "c bon ça a marché", "it worked, thanks", "pas besoin de ticket": the fiche did it. */
function saysSolved(folded: string): boolean {
  return SOLVED_SAID.test(folded) || COMES_OUT_FINE.test(folded);
}

const SOLVED_SAID = /\b(ca a (re)?marche(?! (pendant|hier|avant|un temps|quelques|puis|mais|jusqu))|ca (re)?marche (maintenant|a nouveau|de nouveau)|c est regle|c est resolu|probleme (regle|resolu)|(it|that|this|the \w+) worked(?! (last|before|yesterday|until|fine until|with|the day|for|previously|on|a week|two|in))|it works now|works now|working now|(it s|its|it is) (printing|working|connecting|going) (now|again)|it prints now|prints now|(ca|elle|il) (imprime|refonctionne|fonctionne) (maintenant|a nouveau|de nouveau)|fixed it|that fixed it|solved|pas besoin (de|d un) ticket|no need for a ticket)\b/;

/** "par contre vrai souci :", "autre chose :", "the real problem is", "btw": where another matter starts. */
const ANOTHER_MATTER_OPENS =
  /(?:^|[.!?;,]\s*|\s)(?:(?:par contre|en revanche|autre chose|autre (?:souci|probleme|problème|pb)|(?:le )?vrai (?:souci|probleme|problème|pb)|autre (?:question|demande)|une autre (?:question|demande)|et pour (?:le|la|les|l'|l’|mon|ma|mes)|and (?:what about|for) (?:the|my)|another thing|other thing|another (?:question|request)|one more thing|something else|the real (?:problem|issue)|btw|by the way|au fait)\s*[:,]?\s*)+/iu;

/** An answer that opens on a no or on the fiche failing: "non, toujours pareil ?", "still nothing?". */
const NOT_SOLVED_OPENING = /^((ah|oh|euh|bah|ben) )*(non|nan|nn|no|nope|toujours|still|pareil|same|ca marche (pas|toujours pas)|it (still )?doesn t work)\b/;
/** The opening words before a follow-up question: "ok merci.", "d'accord, et…", "ok so…". */
const FOLLOW_UP_OPENER = /^\s*((ok|okay|d accord|dac|super|parfait|top|great|perfect|cool|ah|oh|bon|alors|so|and|et|merci( beaucoup| bien)?|thanks|thank you|thx)\b[\s,.!:;]*)+/i;
const THANKED = /\b(merci|thanks|thank you|thx)\b/;
/** "no idea where that is… can't you just reset it from your side?": the steps cannot be done, the desk is asked to. */
const LEFT_TO_THE_DESK = /\b(no idea|aucune idee|je (ne )?sais pas|j sais pas|(can t|cannot|could) you (just )?|can you (just )?(reset|do|fix|unlock|unblock|change|send)|(vous pouvez|pouvez vous|pourriez vous|tu peux|peux tu) (pas )?(le |la |les |me |m )?(faire|debloquer|reinitialiser|reparer|changer|envoyer|regler)|(vous pouvez|pouvez vous) pas)\b/;

/**
 * A question asked about the fiche just given, rather than a yes or a no: the words after the opening "ok", "merci",
 * "and", ending with a question mark, of four words or more, not opening on a no or on the fiche failing.
 */
function questionFollowingTheFiche(text: string): { question: string; thanked: boolean } | undefined {
  const folded = foldAnswer(text);
  if (!text.includes('?') || NOT_SOLVED_OPENING.test(folded) || stillFailingSaid(text) || isDontKnow(text) || LEFT_TO_THE_DESK.test(folded)) return undefined;
  const question = text.replace(FOLLOW_UP_OPENER, '').trim();
  if (question.split(/\s+/).length < 4 || /^(oui|yes|yep|non|no)\b/i.test(question)) return undefined;
  return { question, thanked: THANKED.test(folded) };
}

/** "just log the ticket please", "faites-moi juste un ticket", "ouvrez un ticket svp": a ticket, not the steps. */
const TICKET_WANTED = /\b((just |please |pls )?(log|open|raise|create|make|file) (it|the ticket|a ticket|one)|(faites|faire|ouvrez|ouvrir|creez|creer|fais|ouvre|cree)[- ](moi |nous |lui )?(juste |simplement )?(un|le) ticket|juste (un|le) ticket|ticket (please|svp|stp|s il vous plait))\b/;

/**
 * "yes it's showing a number on the screen", "oui ça affiche un code": after a yes, words about the same device (a
 * pronoun for it) that do not say it works. Neither solved nor a new matter: the question is asked again.
 */
const REFERS_BACK = /^(it|it s|its|it is|there s|theres|there is|the screen|ca|c est|il|elle|l ecran|y a|il y a)\b/;

/** "je vais essayer", "I'll try": the fiche is not tried yet. */
const WILL_TRY = /\b(je vais (essayer|tester|regarder|voir)|on va (essayer|tester|regarder|voir)|i ll (try|test|check)|i will (try|test|check)|we ll (try|test|check))\b/;

/** The words after such an opening, when they tell something of their own (six words or more). */
function anotherMatterTold(text: string): string | undefined {
  const found = ANOTHER_MATTER_OPENS.exec(text);
  if (!found) return undefined;
  const rest = text.slice((found.index ?? 0) + found[0].length).trim();
  return rest.split(/\s+/).length >= 6 ? rest.charAt(0).toUpperCase() + rest.slice(1) : undefined;
}

/**
 * Waits for "did this solve it?". Yes is recorded; no is recorded and leads to intake; anything else is
 * a new message, handed back to the router.
 */
export class KnowledgeFeedbackDialog extends Dialog<FeedbackOptions> {
  static readonly id = 'kb-feedback';

  constructor(private readonly services: BotServices) {
    super(KnowledgeFeedbackDialog.id);
  }

  override async beginDialog(dc: DialogContext, options?: FeedbackOptions): Promise<DialogTurnResult> {
    Object.assign(dc.activeDialog!.state, options);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as FeedbackOptions;
    const text = turnText(dc.context.activity);
    const button = /^@feedback:(yes|no)$/.exec(text);
    if (!button && stillTrying(text)) {
      // The fiche is being tried: its question stays open.
      await dc.context.sendActivity(t(state.lang, 'kb.waiting'));
      return Dialog.EndOfTurn;
    }
    if (!button && asksIfKnown(text)) return dc.endDialog({ next: 'known', question: state.question, category: state.category, text } satisfies FeedbackResult);
    // "ma collègue peut me laisser sa session c'est ok ?" while the fiche is tried: a question with one answer, given;
    // the fiche's question stays open.
    const side = !button ? sideQuestionsIn(text, { category: state.category, kind: 'incident' }) : undefined;
    if (side && side.answers.length > 0 && !side.rest.trim()) {
      for (const key of side.answers) await dc.context.sendActivity(t(state.lang, key));
      await dc.context.sendActivity(t(state.lang, 'kb.feedback'));
      return Dialog.EndOfTurn;
    }
    // "ok merci je vais essayer. Par contre autre souci, le kyocera fait bourrage…": the fiche is still to be tried, the
    // other matter is taken up now.
    const another = !button ? anotherMatterTold(text) : undefined;
    if (another && WILL_TRY.test(foldAnswer(text))) return dc.endDialog({ next: 'reroute', text: another } satisfies FeedbackResult);
    // "ok merci. et ma carte CPS, son code change aussi ou pas ?", "ok so my own phone can never go on CHV-PRO?": a
    // question that follows the fiche, not a yes or a no; thanks before it say the fiche helped.
    const followUp = !button && !another ? questionFollowingTheFiche(text) : undefined;
    if (followUp) {
      if (followUp.thanked) await this.services.knowledge.recordFeedback(state.answerId, true);
      return dc.endDialog({ next: 'question', text: followUp.question, after: state.slug } satisfies FeedbackResult);
    }
    // "I can't go up there right now, just log the ticket please": the steps will not be tried, the ticket is wanted.
    const ticketWanted = !button && TICKET_WANTED.test(foldAnswer(text));
    // "Je ne sais pas" after trying the steps means it is not solved: a technician should look.
    const answer = ticketWanted
      ? { value: false, rest: '' }
      : button
      ? { value: button[1] === 'yes', rest: '' }
      : isDontKnow(text)
        ? { value: false, rest: '' }
        : solvedSaid(text) ?? parseYesNo(text) ?? stillBroken(text);
    if (answer?.value && !button && !another && answer.rest.length > 12 && !bearsOut(answer) && REFERS_BACK.test(answer.rest)) {
      state.toldBefore = [state.toldBefore, text.trim()].filter(Boolean).join('\n');
      await dc.context.sendActivity(t(state.lang, 'kb.feedback_unclear'));
      return Dialog.EndOfTurn;
    }
    if (!answer || (answer.rest.length > 12 && !bearsOut(answer))) {
      // "merci. par contre autre souci : …": the other matter alone.
      if (another && (!answer || answer.value)) return dc.endDialog({ next: 'reroute', text: another } satisfies FeedbackResult);
      const fiche: RefusedFiche = { answerId: state.answerId, slug: state.slug, question: state.question, ...(state.category ? { category: state.category } : {}) };
      return dc.endDialog({ next: 'reroute', fiche } satisfies FeedbackResult);
    }
    await this.services.knowledge.recordFeedback(state.answerId, answer.value);
    // "non c pas en panne, je veux juste savoir comment faire un renvoi d'appel": the fiche was for a breakdown; the
    // question asked now is answered as a question.
    if (!answer.value && saysItIsJustAQuestion(text)) return dc.endDialog({ next: 'question', text: questionInJustAQuestion(text) } satisfies FeedbackResult);
    if (answer.value) {
      await dc.context.sendActivity(t(state.lang, 'kb.helpful'));
      // "ça a marché merci. Par contre autre souci, l'imprimante du secrétariat…": thanks for the fiche, then another problem.
      return dc.endDialog((another ? { next: 'reroute', text: another } : { next: 'done' }) satisfies FeedbackResult);
    }
    await dc.context.sendActivity(t(state.lang, 'kb.not_helpful'));
    // "non c pas ça ma question… bon on verra. par contre vrai souci : depuis 14h les images…": the question is dropped,
    // the matter told after it is the one to open.
    // "…la pedale s allume meme pas. au fait ya moyen de recuperer les dictées … en attendant?": a question on the way
    // is no other matter; the problem stays the fiche's and the question goes with the details.
    if (another && !another.trim().endsWith('?')) return dc.endDialog({ next: 'intake', question: another } satisfies FeedbackResult);
    // The words after the "no" say what was tried or how people cope: they belong to the ticket.
    const said = answer.rest.length > 12 || another ? text.trim() : undefined;
    const details = [state.toldBefore, said].filter(Boolean).join('\n') || undefined;
    return dc.endDialog({ next: 'intake', question: state.question, category: state.category, ...(details ? { details } : {}) } satisfies FeedbackResult);
  }
}
