import {
  ActivityHandler, ConversationState, UserState, type StatePropertyAccessor, type TurnContext,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { teamNameFor, type DirectoryUser } from '../directory/index.js';
import { isOpen, normalizeTicketNumber, OPEN_STATUSES, type Reassessment, type Ticket } from '../tickets/index.js';
import { namesAnotherKindOfDevice, raisesOnly, reassessmentTold } from './reassess-ticket.js';
import { ticketNextStep } from './ticket-next-step.js';
import { securityAnswers } from './security-questions.js';
import { numberAsked } from './who-to-call.js';
import { wordsBesideTicketAsked } from './ticket-asked.js';
import { splitTwoProblems, type TwoProblems } from './two-problems.js';
import { problemsToldApart } from './two-tickets-asked.js';
import { deadlineObjected, urgencyRaisedForDeadline, type DeadlineObjection } from './deadline-objection.js';
import { faultBesideStatusQuestion } from './fault-beside-status.js';
import { asksForAPerson, tellsNotUrgent, tellsThreatNotActedOn, tellsWorkaround, withoutTicketReferences, PRIORITIES, type Category, type Language, type Priority } from '../triage/index.js';
import { welcomeCard } from './cards/index.js';
import { IntakeDialog, cancelledInProgress, knownSoFar, problemInProgress, summaryShown, type CancelledProblem, type CancelledResult, type IntakeOptions, type KnownOutageResult, type SameDeviceResult } from './dialogs/intake-dialog.js';
import { KnowledgeFeedbackDialog, type FeedbackOptions, type FeedbackResult, type RefusedFiche } from './dialogs/knowledge-feedback-dialog.js';
import { OfferTicketDialog, type OfferOptions, type OfferResult } from './dialogs/offer-ticket-dialog.js';
import { initialIntake } from './dialogs/start-intake.js';
import { sendCard, sendWithChoices, turnText } from './dialogs/turn-helpers.js';
import { asksForTheUsualWay, rememberMessage, type EscalationOutcome, type HandoffReason, type KnownFields } from './handoff/index.js';
import { foldAnswer, isWithdrawal, newsBesidesTheUndo, parseYesNo, roomNumber, saysItWasNotCancelled } from './intake/answers.js';
import { DEVICE_KINDS, asksHowToProceed, deniesTheKind, greetsBeforeWords, isCorrection, isVague, keepsTheReport, placeNamedBy, retractsWhatWasSaidIn, roomDenied, saysGoAhead, sentencesOf, sideQuestionsIn, withoutCorrectionOpener, withoutWayRound, type IntakeState, type MessageAnalysis } from './intake/index.js';
import { t, type MessageKey } from './messages/index.js';
import type { BotServices, KnowledgeReply } from './services.js';
import { localeLanguage, onlyAsksLanguage, replyLanguage } from './reply-language.js';
import { followLanguageAsked } from './dialogs/dialog-language.js';
import { Requesters } from './requester/index.js';
import {
  asksForHigherPriority, asksIfTicketIsEnough, asksToAddToTicket, asksToReopen, deniesItIsOver, opensAsAfterthought, asksSomething, correctsTheDevice, givesDetailsOfIt, questionAfterThanks, meansATicketHeld, opensAsNews, pointsAtTicketHeld, saysUrgentAfterAll, tellsItWorksAgain,
  withdrawsATicket, withoutFileNames, wordsToAdd,
} from './add-to-ticket.js';
import { callBiomedicalFirst } from './call-biomedical-first.js';
import { isUnitWide, locationIdsOfUsersUnit, mayFollowTicket, sharedInTheUnit } from './ticket-followers.js';
import { formatDate, ticketShown } from './ticket-shown.js';
import { fieldsInWords, priorityOfTicketAnswer } from './priority-of-ticket.js';
import { asksIfKnown, knownOutage, knownOutageMessage, openTicketOnDevice, saysAnotherProblem, widenToSeveralUnits, type KnownOutage } from './known-outage.js';
import { isManagerRole, matchesSlaReportRequest } from './sla-report-request.js';
import { minutesInWords, slaTargetsAsked } from './sla-targets-question.js';
import { matterAfterWithdrawal, recoveryTold, saysStillBroken } from './recovery-news.js';
import { asksHowLong, tellsNewsBesideStatus } from './status-news.js';
import { ASKS_US_TO_DO_IT, FICHE_STEP_MISSING, FICHE_STEP_OPENING, GOES_ON_ABOUT_IT, TRIED_THE_FICHE, asksForSelfHelp } from './fiche-replies.js';

interface UserProfile {
  welcomed?: boolean;
  lang?: Language;
}

interface ConversationFacts {
  /** Consecutive messages the bot could not understand. */
  unknownStreak?: number;
  /** The user's latest messages, for the agents' handoff card. */
  recent?: string[];
  /** Knowledge answers the user said did not help. */
  kbRefusals?: number;
  /** Hand over to an agent once the ticket being collected is created. */
  escalateAfterIntake?: HandoffReason;
  /** The user was asked what the problem is, after a message that only said something is wrong. */
  askedProblem?: boolean;
  /** The problem this conversation is about, in the user's words (for a ticket opened on a handoff). */
  problem?: string;
  /** Handed over before saying what the problem is: the next description goes to the waiting ticket. */
  awaitingDescription?: boolean;
  /** The one ticket the last status reply showed: what "can I talk to someone?" is then about. */
  ticketInView?: string;
  /** The ticket this conversation last created: what "add that to the ticket" is about. */
  lastTicket?: string;
  /** The second of two problems told in one message, for after the first one's ticket. */
  nextProblem?: string;
  /** The form cancelled on the previous turn, kept for one turn in case the user did not mean it. */
  cancelled?: CancelledProblem;
  /** A report put on a known unit-wide ticket, kept in case the user says it is another problem. */
  joinedOutage?: { number: string; text: string };
}

/** From 6 pm to 5 am in Paris, where the hospital is: "Bonsoir", "Bonne soirée". */
const PARIS_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });

function isEvening(now: Date): boolean {
  const hour = Number(PARIS_HOUR.format(now));
  return hour >= 18 || hour < 5;
}

const RESTART = /^(recommencer|recommence|on recommence|reprendre a zero|recommencer a zero|restart|start over|start again)$/;
/** First messages that already say what is wanted: the welcome skips its "describe your problem" and examples. */
/** "mon collègue a fait un ticket", "Yasmine from my night team reported it": a ticket someone else opened. */
const ASKS_ABOUT_A_COLLEAGUES_TICKET = /\b(collegue|collegues|colleague|colleagues|ma cadre|mon cadre|my team|mon equipe)\b/;

const TELLS_WHAT_IS_WANTED: ReadonlySet<string> = new Set(['incident_report', 'service_request', 'question', 'ticket_status', 'talk_to_human']);

/**
 * The help-desk bot: one turn = resolve the user → understand the message → global commands
 * (cancel, restart, help) → the active dialog or a new route by intent.
 */
export class TriageBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly facts: StatePropertyAccessor<ConversationFacts>;

  constructor(
    private readonly services: BotServices,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    /** Shared with the runtime's middleware, so one turn asks Teams for its sender at most once. */
    private readonly requesters = new Requesters({ directory: services.directory, logger: services.logger, clock: services.clock }),
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.profile = userState.createProperty<UserProfile>('profile');
    this.facts = conversationState.createProperty<ConversationFacts>('facts');
    this.dialogs = new DialogSet(this.dialogState)
      .add(new IntakeDialog(services))
      .add(new KnowledgeFeedbackDialog(services))
      .add(new OfferTicketDialog());

    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        const user = await this.requesters.resolve(context);
        const profile = await this.profile.get(context, {});
        profile.lang ??= user?.preferredLanguage ?? localeLanguage(context.activity.locale);
        profile.welcomed = true;
        await sendCard(context, welcomeCard(profile.lang, firstName(user, context), { evening: isEvening(this.services.clock.now()) }));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { handoff } = this.services;
    // The agents' channel (take-over clicks, handoff threads) comes before anything else.
    if (handoff && (await handoff.onChannelTurn(context))) return;
    const text = turnText(context.activity);
    const user = await this.requesters.resolve(context);
    const profile = await this.profile.get(context, {});
    // While an agent holds the conversation, the bot only relays.
    const relayLang = profile.lang ?? user?.preferredLanguage ?? localeLanguage(context.activity.locale);
    const facts = await this.facts.get(context, {});
    // "faites juste la demande normale" once handed over: no person after all, the ticket follows its usual course.
    if (handoff && !text.startsWith('@') && asksForTheUsualWay(text)) {
      const ticket = await handoff.handBack(context, { user, withdraw: false });
      if (ticket) {
        facts.awaitingDescription = false;
        await context.sendActivity(t(relayLang, 'handoff.usual_way', { number: ticket.number }));
        return;
      }
    }
    if (handoff && (await handoff.onUserTurn(context, { user, lang: relayLang }))) return;
    facts.recent = rememberMessage(facts.recent, text);
    const isButton = text.startsWith('@');
    const analysis: MessageAnalysis = isButton
      ? { language: profile.lang ?? 'fr', intent: 'unknown' }
      : await this.services.understander.analyse(text);
    const lang = replyLanguage({ previous: profile.lang, user, locale: context.activity.locale, text });
    profile.lang = lang;

    if (!profile.welcomed) {
      profile.welcomed = true;
      const toldAlready = TELLS_WHAT_IS_WANTED.has(analysis.intent);
      await sendCard(context, welcomeCard(lang, firstName(user, context), { brief: toldAlready, evening: isEvening(this.services.clock.now()) }));
      if (analysis.intent === 'greeting' || text === '') return;
    }

    const dc = await this.dialogs.createContext(context);
    if (!isButton) followLanguageAsked(dc, text);
    // "sorry, english pls" said alone: the open question, or the guide, comes again in the language asked.
    if (!isButton && onlyAsksLanguage(text)) return this.answerInLanguageAsked(dc, user, lang);
    // "euh non j'ai rien annulé ! je veux toujours R + RStudio", "ah si finalement, on installe dragon, c'est pour dicter mes
    // courriers": the form cancelled last turn starts again from its problem, with what these words add to it.
    const cancelled = facts.cancelled;
    facts.cancelled = undefined;
    if (cancelled && !dc.activeDialog && !isButton && user && saysItWasNotCancelled(text)) {
      await context.sendActivity(t(lang, 'cancel.undone', { problem: cancelled.text.split('\n')[0]!.slice(0, 160) }));
      // "mais non!!! je veux un ticket": the form as it was, what it had settled kept, and any news told with the words.
      if (cancelled.intake) return this.resumeIntake(dc, user, cancelled.intake, text);
      const words = `${cancelled.text}\n${text}`;
      return this.beginIntake(dc, user, await this.services.understander.analyse(words), words, lang, cancelled.kind);
    }
    if (RESTART.test(foldAnswer(text))) {
      facts.problem = undefined;
      await dc.cancelAllDialogs();
      await context.sendActivity(t(lang, 'restart.done'));
      return;
    }
    // "Oui c'est bon, tu peux créer", "c'est bon", "bon tant pis, oui créez-le" answer the open question; only an
    // explicit "annule" stops it.
    const confirming = dc.activeDialog !== undefined && (parseYesNo(text)?.value === true || (summaryShown(dc) && saysGoAhead(text))) && !isWithdrawal(text);
    // "oh wait, it's charging now. can you cancel the ticket?": the requester withdraws the ticket they hold.
    // The ticket the message names, and the one this conversation holds (just looked at, else just created).
    const named = ticketNamedIn(analysis);
    const held = facts.ticketInView ?? facts.lastTicket;
    // "l'imprimante c bon… vous pouvez fermer ce ticket là" after a printer ticket and then a cart ticket: the printer's.
    const withdrawn = named ?? (held && !dc.activeDialog && !isButton ? await this.ticketOfTheKindNamed(user, held, analysis, text) : held);
    // "reopen INC-2026-000011" while a guide waits for its yes or no: the ticket named is reopened all the same.
    // "non c'est PAS résolu" right after the bot resolved the ticket held: back to work, as "rouvrir" would.
    const deniedResolution = !dc.activeDialog && !isButton && withdrawn && deniesItIsOver(text) && (await this.services.tickets.find(withdrawn))?.status === 'resolved';
    if ((!dc.activeDialog || named) && !isButton && withdrawn && (asksToReopen(text) || deniedResolution)) {
      if (dc.activeDialog) await dc.cancelAllDialogs();
      return this.reopenTicket(context, user, withdrawn, lang);
    }
    if (!dc.activeDialog && !isButton && withdrawn && withdrawsATicket(text)) return this.withdrawTicket(context, user, withdrawn, lang);
    // "ça remarche depuis qu'on a changé la batterie, merci. par contre faudrait corriger mon numéro dans l'annuaire":
    // the ticket held is over, and the other matter told after it is taken up on its own.
    const recovery = !dc.activeDialog && !isButton && held && !named && RECOVERY_INTENTS.has(analysis.intent) ? recoveryTold(text) : undefined;
    if (recovery && withdrawn && (await this.ownOpenTicket(user, withdrawn))) {
      await this.withdrawTicket(context, user, withdrawn, lang);
      if (!recovery.rest) return;
      const rest = await this.services.understander.analyse(recovery.rest);
      if (TICKET_INTENTS.has(rest.intent) || rest.intent === 'question') return this.route(dc, user, rest, recovery.rest, lang);
      return;
    }
    // "le logiciel chimio remarche depuis 10 min (c pierre qui avait fait le ticket), vous pouvez le fermer. par contre le
    // num de l accueil sonne occupé": news of a colleague's ticket, then another matter. The news goes on that ticket when
    // the user may follow it (its team closes it); the other matter is taken up on its own, its words alone.
    const othersNews = !dc.activeDialog && !isButton && !held && !named && user && RECOVERY_INTENTS.has(analysis.intent) ? recoveryTold(text) : undefined;
    if (othersNews?.rest && user) {
      const about = await this.services.understander.analyse(othersNews.news);
      if (about.category && about.category !== 'request') {
        const outage = await knownOutage(this.services, user, await initialIntake(this.services, user, about, othersNews.news, 'incident', lang), { asked: true });
        if (outage && (await this.services.handoff?.addToTicket(user, outage.ticket.number, othersNews.news))) {
          await context.sendActivity(t(lang, 'recovery.told_on_ticket', { number: outage.ticket.number }));
        }
      }
      return this.route(dc, user, await this.services.understander.analyse(othersNews.rest), othersNews.rest, lang);
    }
    // "update: desk 3 finally finished by itself, it's at the login screen and works fine now": the ticket held, resolved.
    if (!dc.activeDialog && !isButton && held && !named && opensAsNews(text) && tellsItWorksAgain(text) && !saysStillBroken(text) && !tellsWorkaround(text)) return this.withdrawTicket(context, user, held, lang);
    // "bon ben là ça remarche tout seul… laissez tomber" with no form under way: the ticket just opened, withdrawn.
    if (!dc.activeDialog && !isButton && withdrawn && analysis.intent === 'cancel' && tellsItWorksAgain(text)) return this.withdrawTicket(context, user, withdrawn, lang);
    // "non. deverrouillé via le portail, ca remarche 2 min et ca se reverrouille": it fails again, nothing is withdrawn.
    // "non pas P1 svp ça remarche, c'est pas urgent", "ça remarche pour l'instant mais… je veux un ticket": kept, not withdrawn.
    const cancelAsked = analysis.intent === 'cancel' && !(dc.activeDialog && saysStillBroken(text)) && !keepsTheReport(text);
    if (cancelAsked && !confirming) {
      facts.problem = undefined;
      facts.cancelled = cancelledInProgress(dc);
      const active = dc.activeDialog !== undefined;
      await dc.cancelAllDialogs();
      // "bon laisse tomber l'impression on verra. plus urgent : le scope de la chambre 5 redémarre en boucle": what is
      // dropped, then the matter that replaces it, taken up on its own.
      if (active) await context.sendActivity(t(lang, 'cancel.done'));
      if (await this.matterAfterWithdrawalTakenUp(dc, user, text, lang)) return;
      if (!active) await context.sendActivity(t(lang, 'cancel.nothing'));
      return;
    }
    // "ça remarche pour l'instant mais ça a planté 2 fois ce matin, je veux un ticket": a report, with what works for now.
    if (analysis.intent === 'cancel' && !dc.activeDialog && !isButton && keepsTheReport(text)) {
      const report: MessageAnalysis = { ...analysis, ...(await this.services.understander.analyseAnswer(text)), intent: 'incident_report' };
      return this.beginIntake(dc, user, report, text, lang, 'incident');
    }
    if (analysis.intent === 'help') {
      await context.sendActivity(t(lang, 'help.text'));
      return;
    }
    const slaReport = this.services.slaReports && user && isManagerRole(user.jobRole) ? matchesSlaReportRequest(text, this.services.clock.now()) : undefined;
    if (slaReport) {
      await sendCard(context, await this.services.slaReports!.card(slaReport.month, lang));
      return;
    }
    // "délais de prise en charge d'un ticket P2 ?", "c'est quoi vos délais d'intervention ?": the contract's times, not a ticket's.
    const timesAsked = !dc.activeDialog && !isButton && !named ? slaTargetsAsked(text) : undefined;
    if (timesAsked && (await this.tellSlaTargets(context, timesAsked.priority, lang))) return;
    // "P4 ça veut dire quoi ?", "pourquoi P4 ?" about the ticket just created or looked at: its priority, why, and when due.
    const priorityAnswer = !dc.activeDialog && !isButton && user && (named ?? facts.ticketInView) ? await priorityOfTicketAnswer(this.services, user, (named ?? facts.ticketInView)!, text, lang) : undefined;
    if (priorityAnswer) {
      await context.sendActivity(priorityAnswer);
      return;
    }
    // Asking for a person works at any point, in the middle of intake too.
    if (analysis.intent === 'talk_to_human' && this.services.handoff) {
      // "ajoutez au ticket : … on réoriente les urgences vers le CHU, rappelez-moi au 4410": the words go on the ticket
      // looked at, and the technician is asked about that ticket.
      if (!dc.activeDialog && asksToAddToTicket(text) && (await this.addToTicket(context, user, analysis, text, lang))) {
        await this.escalate(context, user, lang, 'user_asked', { about: facts.ticketInView });
        return;
      }
      // "je veux parler à quelqu'un de la DSI maintenant" once put on a known outage: the problem told is that ticket's.
      const joined = !dc.activeDialog ? facts.joinedOutage?.number : undefined;
      const problem = problemInProgress(dc) ?? (joined ? undefined : facts.problem);
      // The device confirmed, the place and the rest the form settled go with the ticket opened for the technician.
      const known = knownSoFar(dc);
      await dc.cancelAllDialogs();
      // A problem being told is a new matter; otherwise the ticket just looked at is the one to talk about.
      const ticketMeant = named ?? joined ?? facts.ticketInView;
      // "la tablette a planté pendant les transmissions, tout est perdu?? je veux parler à quelqu'un": the problem is told
      // beside the ask; the technician's ticket is weighed on it, and the user is not asked to say it again.
      const told = problem ?? (ticketMeant ? undefined : await this.problemBesideTheAsk(text, facts.recent?.at(-2)));
      const about = told ? { problem: told, ...(known ? { known } : {}) } : ticketMeant ? { about: ticketMeant } : {};
      // "la ça marche plus du tout, plus personne peut se connecter en réa… je veux parler à quelqu'un" on the ticket just
      // looked at: what makes it weigh more is applied before the technician is asked.
      if (!problem && ticketMeant) await this.weighNewsOn(context, user, lang, ticketMeant, analysis, text);
      await this.escalate(context, user, lang, 'user_asked', { createIfNone: true, ...about });
      facts.awaitingDescription = !told;
      return;
    }
    if (facts.awaitingDescription && !dc.activeDialog) {
      facts.awaitingDescription = false;
      // "il faut créer un compte pour une nouvelle assistante qui arrive demain": a request, with its own kind, team and
      // need date; the ticket opened for the technician gives way to it, and the technician comes once it is created.
      if (user && asksForSomething(analysis) && (await this.requestInsteadOfTicketOpened(dc, user, analysis, text, lang, splitTwoProblems(text)))) return;
      // "ok. meanwhile another thing, the bracelet printer…": not what the technician was asked about, a new matter.
      if (describesAProblem(analysis, text) && !saysAnotherProblem(text) && (await this.services.handoff?.describe(context, { user, lang, text }))) return;
    }
    // Told that a technician answers here, the user goes on about their problem: it goes to the technician, and news
    // that changes how the ticket weighs ("re, maintenant c tout le service") changes it as well.
    // "bonjour ? quelqu'un ? pour le labo ?": what follows a greeting is for the technician as well.
    const aboutTheProblem = (PROBLEM_INTENTS.has(analysis.intent) || (analysis.intent === 'greeting' && greetsBeforeWords(text))) && !isButton && text !== '';
    const waiting = !dc.activeDialog && aboutTheProblem ? await this.services.handoff?.waitingTicket(context) : undefined;
    if (waiting) {
      if (await this.anotherMatterWhileWaiting(dc, user, analysis, text, lang, waiting)) return;
      const held = FOLLOW_UP_INTENTS.has(analysis.intent) && (named ?? facts.ticketInView) ? await this.ownOpenTicketHeld(context, user, analysis) : undefined;
      const weighed = held ? await this.weighOnTicket(held, analysis, text) : undefined;
      // "ma collègue demande si elle doit appeler le numéro qui s'affiche": a question with one safe answer, given now.
      if (waiting.category === 'security') for (const key of securityAnswers(text)) await context.sendActivity(t(lang, key));
      if (await this.services.handoff?.forwardWhileWaiting(context, { user, lang, text })) {
        // Already before a technician: what makes it weigh more is applied and told, not escalated again.
        const raised = held && weighed ? raisesOnly(held, weighed.change) : undefined;
        if (held && raised && user) await this.applyReassessment(context, user, lang, held, raised, text, { escalate: false });
        // A colleague of the unit waiting about someone else's ticket ("c'est toujours en P2 alors que là c'est bloqué"):
        // the news weighs on the ticket the technician comes for.
        else if (!held) await this.weighNewsOn(context, user, lang, waiting.number, analysis, text);
        return;
      }
    }
    // "ok I called 5200 and changed my password. any news on the ticket?" while a technician is awaited: the news goes to
    // the technician and onto the ticket, then the status is given.
    // "ça en est où mon ticket outlook ? au fait c'est pareil pour ma collègue et pour l'interne": news of the ticket held,
    // added to it (and weighed) before its status.
    const statusWithNews = !dc.activeDialog && !isButton && !named && analysis.intent === 'ticket_status' && foldAnswer(text).split(' ').length >= 8;
    if (statusWithNews && (await this.services.handoff?.waitingTicket(context))) {
      await this.services.handoff?.forwardWhileWaiting(context, { user, lang, text });
    } else if (statusWithNews && (facts.ticketInView ?? facts.lastTicket)) {
      const number = facts.ticketInView ?? facts.lastTicket!;
      const ticket = await this.ownOpenTicket(user, number);
      const weighed = ticket ? await this.weighOnTicket(ticket, analysis, text) : undefined;
      if (ticket && (weighed || tellsNewsBesideStatus(text))) await this.addToTicket(context, user, analysis, text, lang, weighed);
    }
    // Put on a known unit-wide ticket, the user says it is another problem: the intake starts from their first words.
    if (!dc.activeDialog && facts.joinedOutage && saysAnotherProblem(text)) {
      const { text: reported } = facts.joinedOutage;
      facts.joinedOutage = undefined;
      await context.sendActivity(t(lang, 'outage.another'));
      return this.beginIntake(dc, user, await this.services.understander.analyse(reported), reported, lang, 'incident', { newTicket: true });
    }
    // "ok. par contre les urg m'appellent, eux non plus voient plus aucune image dans le PACS… et la réa pareil" once put
    // on a unit's known ticket: news of that outage, on it; wider than it was, it weighs more.
    if (!dc.activeDialog && !isButton && !named && facts.joinedOutage && user && TICKET_INTENTS.has(analysis.intent) && (await this.newsOfJoinedOutage(context, user, analysis, text, lang, facts.joinedOutage.number))) return;
    // "jeudi 10?? je vous ai dit aujourd'hui, à 15h j'ai plus de poste pour valider", "vous pouvez passer le INC-… en
    // urgent ?" about the ticket held: its deadline objected to, not a new matter.
    const objection = !dc.activeDialog && !isButton && (named ?? facts.ticketInView) ? deadlineObjected(text, this.services.clock.now()) : undefined;
    if (objection && (await this.deadlineObjectedOn(context, user, analysis, text, lang, objection))) return;
    // "merci. autre chose, l'imprimante de l'open space fait des traces noires, c'est pas urgent" after a DECT ticket:
    // another problem, with its own ticket; the one held keeps its urgency.
    if (!dc.activeDialog && !isButton && !named && facts.ticketInView && user && (await this.anotherMatterThanTicketHeld(context, user, analysis, text))) {
      await context.sendActivity(t(lang, 'followup.another_matter'));
      facts.ticketInView = undefined;
      return this.beginIntake(dc, user, analysis, text, lang, analysis.intent === 'service_request' ? 'request' : 'incident', { newTicket: true });
    }
    // "c pas vital, demain matin ça ira", "ah en fait c'est urgent" about the ticket held: the requester's own word on
    // how soon, taken as given.
    if (!dc.activeDialog && !isButton && (named ?? facts.ticketInView)) {
      const urgency = saysUrgentAfterAll(text) ? 'high' : tellsNotUrgent(text) ? 'low' : undefined;
      // "yes it delays patient care actually", "ça bloque toute l'équipe en fait": more about the ticket held, not a new matter.
      // "INC-2026-000014 : maintenant les soins sont bloqués": a ticket named with news of it, not a status question.
      const followUp = FOLLOW_UP_INTENTS.has(analysis.intent) || (named !== undefined && analysis.intent === 'ticket_status');
      // "found the label under the belt clip, it's DECT-GER-0104": the device of the ticket held, opened without one.
      // The ticket held is looked up, and weighed, once for the readings below.
      const heldTicket = urgency === 'high' || followUp || correctsTheDevice(text) ? await this.ownOpenTicketHeld(context, user, analysis) : undefined;
      const weighedFirst = urgency === 'high' && heldTicket ? await this.weighOnTicket(heldTicket, analysis, text) : undefined;
      // "maintenant les soins sont bloqués, c urgent": more than how soon (care held up, a wider reach), weighed whole below.
      const weighsMore = weighedFirst !== undefined && (weighedFirst.change.patientCareImpact !== undefined || weighedFirst.change.scope !== undefined);
      if (urgency && !weighsMore && (await this.reviseUrgency(context, user, analysis, text, lang, urgency))) return;
      const ticket = followUp || correctsTheDevice(text) ? heldTicket : undefined;
      if (ticket && (await this.identifyDeviceOfTicketHeld(context, user, ticket, analysis, text, text, lang))) return;
      if (ticket && (await this.correctDeviceOfTicketHeld(context, user, ticket, analysis, text, lang))) return;
      const weighed = ticket ? weighedFirst ?? (await this.weighOnTicket(ticket, analysis, text)) : undefined;
      if (weighed && (await this.addToTicket(context, user, analysis, text, lang, weighed))) return;
      // "update: walked it again, it's only at the end of the corridor": news of the ticket held, even when it changes no field.
      // "le message exact c'est 'Windows ne peut pas accéder à S:\RH\Paie…'": its details, which name a system of their own.
      const tellsMore = opensAsNews(text) || givesDetailsOfIt(text);
      if (ticket && tellsMore && !saysAnotherProblem(text) && (await this.addToTicket(context, user, analysis, text, lang))) return;
    }
    // "on a une idée du temps que ça va prendre ?", "et du coup le temps ?" about the ticket held: its times, not a new problem.
    if (!dc.activeDialog && !isButton && (named ?? facts.ticketInView) && asksHowLong(text) && !saysAnotherProblem(text)) {
      const number = named ?? facts.ticketInView!;
      const ticket = await this.services.tickets.find(number);
      if (user && ticket && isOpen(ticket.status) && (await mayFollowTicket(this.services.directory, ticket, user))) {
        if (ticket.requester === user.email && foldAnswer(text).split(' ').length >= 6) await this.services.handoff?.addToTicket(user, number, text);
        return this.ticketStatus(context, user, { ...analysis, ticketNumber: number }, lang, text);
      }
    }
    // "P4 ?? on est 6 à la DRH à bosser dessus, vous pouvez pas le passer plus haut ?" after a ticket's status: the words go
    // on that ticket and a technician is asked to look at it (the bot does not raise a priority on its own).
    if (!dc.activeDialog && !isButton && (named ?? facts.ticketInView) && asksForHigherPriority(text) && (await this.addToTicket(context, user, analysis, text, lang, undefined, { aboutTheTicket: true }))) {
      await this.escalate(context, user, lang, 'user_asked', { about: facts.ticketInView });
      return;
    }
    // "qui je peux appeler au biomed la nuit ?", "c'est quoi le numero de la hotline au cas ou ?" in the middle of the
    // form: the number, now; the words still go where they belong below.
    const numberKey = !isButton ? numberAsked(text) : undefined;
    if (numberKey) await context.sendActivity(t(lang, numberKey));
    // "qui est d'astreinte ? je veux un nom ou un numéro" about the ticket held: how it is handled, not a new request.
    if (numberKey && !dc.activeDialog && !named && held && (await this.toldWhoHandlesTicketHeld(context, user, analysis, text, lang, held))) return;
    // "je peux le débrancher pour le forcer à redémarrer ?", "et les identifiants, c'est moi qui les reçois ?" right after
    // the ticket was opened: a question for its technician, not a new problem.
    if (!dc.activeDialog && !isButton && !named && asksSomething(text) && QUESTION_AFTER_TICKET_INTENTS.has(analysis.intent) && !saysAnotherProblem(text)
      && !asksToAddToTicket(text) && !(held && asksIfTicketIsEnough(text)) && (await this.questionOnTicketJustOpened(context, user, text, lang))) return;
    // "je dois quand même remplir la fiche sur le portail ou le ticket suffit ?" about the ticket just opened: it does.
    if (!dc.activeDialog && !isButton && held && asksIfTicketIsEnough(text)) {
      await context.sendActivity(t(lang, 'ticket.enough', { number: held }));
      return;
    }
    // "non non c'est pas un nouveau pb, je parle du ticket REQ-2026-000002": out of the form, to that ticket's status.
    // "non c le meme que celui de hugo, pas un nouveau" right after that ticket was shown: the form's words go on it.
    if (dc.activeDialog && !isButton && !analysis.ticketNumber && facts.ticketInView && meansATicketHeld(text)) {
      const problem = problemInProgress(dc);
      await dc.cancelAllDialogs();
      const words = problem ? `${problem}\n${text}` : text;
      if (await this.addToTicket(context, user, await this.services.understander.analyse(words), words, lang)) return;
      return this.ticketStatus(context, user, { ...analysis, ticketNumber: facts.ticketInView }, lang, text);
    }
    if (dc.activeDialog && !isButton && analysis.ticketNumber && meansATicketHeld(text)) {
      const problem = problemInProgress(dc);
      await dc.cancelAllDialogs();
      // "non c'est pas un nouveau probleme, c'est pour rajouter au ticket INC-… que je viens de faire": the problem the
      // form was taking down goes on that ticket, with these words.
      if (problem && asksToAddToTicket(text)) {
        const words = `${problem}\n${text}`;
        const told = { ...(await this.services.understander.analyse(words)), ticketNumber: analysis.ticketNumber };
        if (await this.addToTicket(context, user, told, words, lang)) return;
      }
      return this.ticketStatus(context, user, analysis, lang, text);
    }
    // "no I don't want a new request, just add this to Fanny's ticket INC-2026-000001": out of the form, onto that ticket.
    const toNamedTicket = Boolean(analysis.ticketNumber) || pointsAtTicketHeld(text);
    if ((!dc.activeDialog || toNamedTicket) && !isButton && asksToAddToTicket(text) && (await this.addToTicket(context, user, analysis, text, lang))) {
      if (dc.activeDialog) await dc.cancelAllDialogs();
      return;
    }

    // "non faut 2 tickets, l'imprimante c pas le SIL" while the form is under way: the problem told was two, each with its
    // own ticket, one after the other; the remark itself describes neither.
    const toldApart = dc.activeDialog && !isButton && user ? problemsToldApart(text, problemInProgress(dc)) : undefined;
    if (toldApart) {
      await dc.cancelAllDialogs();
      facts.nextProblem = toldApart.second;
      await context.sendActivity(t(lang, 'intake.two_problems_told_apart', { first: shortened(toldApart.first), second: shortened(toldApart.second) }));
      const first = await this.services.understander.analyse(toldApart.first);
      return this.beginIntake(dc, user, first, toldApart.first, lang, first.intent === 'service_request' ? 'request' : 'incident', { newTicket: true });
    }

    // "is there something I can try myself? it's sunday nobody around" while the form is filled: the fiche for the problem
    // told, and the form goes on (the same words may answer its question).
    const problemAsked = !isButton ? problemInProgress(dc) : undefined;
    if (problemAsked && asksForSelfHelp(text)) {
      const reply = await this.ficheFor(user, problemAsked, lang);
      await context.sendActivity(reply ? [...ficheLines(t(lang, 'kb.intro', { title: reply.title }), reply, lang), t(lang, 'kb.meanwhile')].join('\n\n') : t(lang, 'kb.no_self_help'));
    }

    let refusedFiche: RefusedFiche | undefined;
    if (dc.activeDialog) {
      const result = await dc.continueDialog();
      if (result.status !== DialogTurnStatus.complete) return;
      const outcome = result.result as FeedbackResult | OfferResult | { ticket: string } | SameDeviceResult | KnownOutageResult | CancelledResult | undefined;
      if (outcome && 'ticket' in outcome) {
        await this.afterTicketCreated(context, user, outcome.ticket, lang);
        return this.nextProblemTold(dc, user, lang);
      }
      // The device confirmed in the form already has an open ticket the user may follow: the report goes on it.
      if (outcome && 'sameDevice' in outcome) {
        const known = user ? await this.services.tickets.find(outcome.sameDevice) : undefined;
        if (known && user && (await this.joinDeviceTicket(context, user, known, outcome.words, lang, outcome.settled))) return;
        return this.beginIntake(dc, user, await this.services.understander.analyse(outcome.words), outcome.words, lang, 'incident', { newTicket: true });
      }
      if (outcome && 'knownOutage' in outcome) {
        const known = user ? await this.services.tickets.find(outcome.knownOutage) : undefined;
        if (known && user && (await this.joinKnownOutage(context, user, { ticket: known, reach: outcome.reach }, outcome.words, lang))) return;
        return this.beginIntake(dc, user, await this.services.understander.analyse(outcome.words), outcome.words, lang, 'incident', { newTicket: true });
      }
      if (outcome && 'cancelled' in outcome && outcome.asked) {
        const asked = outcome.asked;
        return this.route(dc, user, { ...(await this.services.understander.analyse(asked)), intent: 'question' }, asked, lang);
      }
      if (outcome && 'cancelled' in outcome) {
        facts.cancelled = outcome.cancelled;
        await this.matterAfterWithdrawalTakenUp(dc, user, text, lang);
        return;
      }
      if (outcome && 'next' in outcome) {
        if (outcome.next === 'intake') {
          if ('question' in outcome) {
            if (await this.knowledgeRefused(context, user, lang)) return;
            return this.intakeAfterFiche(dc, user, lang, outcome);
          }
          return this.beginIntake(dc, user, await this.services.understander.analyse(outcome.text), outcome.text, lang, 'incident');
        }
        if (outcome.next === 'done') return;
        if (outcome.next === 'known') {
          const words = `${outcome.question}\n${outcome.text}`;
          if (user && (await this.toldItIsKnown(context, user, await this.services.understander.analyse(words), words, lang))) return;
          await context.sendActivity(t(lang, 'intake.not_known'));
          return this.intakeAfterFiche(dc, user, lang, { question: outcome.question, category: outcome.category });
        }
        if (outcome.next === 'question') return this.followUpQuestion(dc, user, outcome.text, lang, outcome.after);
        // 'reroute': the message was not an answer; treat it as a new message below.
        if ('fiche' in outcome) refusedFiche = outcome.fiche;
        // "no thanks. something else tho: could i get voxmed installed?": the other matter, on its own.
        if ('text' in outcome && outcome.text) {
          const rest = outcome.text;
          return this.route(dc, user, await this.services.understander.analyse(rest), rest, lang);
        }
      } else {
        return;
      }
    }
    await this.route(dc, user, analysis, text, lang, refusedFiche);
  }

  /** "bon laisse tomber l'impression. plus urgent : le scope de la chambre 5…": the matter told after the withdrawal, routed. */
  private async matterAfterWithdrawalTakenUp(dc: DialogContext, user: DirectoryUser | undefined, text: string, lang: Language): Promise<boolean> {
    const next = matterAfterWithdrawal(text);
    const read = next ? await this.services.understander.analyse(next) : undefined;
    if (!next || !read || !(TICKET_INTENTS.has(read.intent) || read.intent === 'question')) return false;
    await this.route(dc, user, read, next, lang);
    return true;
  }

  /**
   * The fiche did not help: intake for the problem it was given for. What the user added after it
   * ("toujours pareil, je suis sur le poste d'à côté") is read with the problem and kept in the ticket's
   * description, under it; a device named there ("it's DECT-SSPI-0105 not 0103") is the device.
   */
  private async intakeAfterFiche(
    dc: DialogContext,
    user: DirectoryUser | undefined,
    lang: Language,
    { question, category, details }: { question: string; category?: Category; details?: string },
  ): Promise<void> {
    // "No. sorry, my mistake, it's not the nurses station one, it's the big Kyocera…": words that take back
    // the first ones come first, so they title the ticket; the first words stay in its description.
    // "non. c pas que moi, tout le service…": the "non" answered "did this solve it?"; the rest is the problem's.
    const added = details?.replace(FICHE_REFUSAL, '') || details;
    const words = !added ? question : retractsWhatWasSaidIn(added, question) ? `${withoutCorrectionOpener(added)}\n${question}` : `${question}\n${added}`;
    const analysis = await this.services.understander.analyse(words);
    const addedFields = details ? await this.services.understander.analyseAnswer(details) : undefined;
    if (addedFields?.assetHint?.tag || addedFields?.assetHint?.hostname) analysis.assetHint = addedFields.assetHint;
    // "on imprime … sur l'imprimante du 2e (F210) en attendant": the room of the way round is not where the fault is.
    if (details && analysis.locationHint?.room && addedFields?.locationHint?.room === analysis.locationHint.room) {
      const beside = withoutWayRound(details);
      if (beside !== details && (await this.services.understander.analyseAnswer(beside)).locationHint?.room !== analysis.locationHint.room) {
        analysis.locationHint = { ...analysis.locationHint, room: undefined };
      }
    }
    // "its PC-URG-0019 and its at the nurses station not box 3": the room of the first words, denied.
    const denied = details ? roomDenied(details) : undefined;
    if (denied && analysis.locationHint?.room && roomNumber(analysis.locationHint.room) === denied) analysis.locationHint = { ...analysis.locationHint, room: undefined };
    // "non on l'a déjà redémarré. ah non pardon c'est en salle 3 pas en salle 2": the room corrected in the reply.
    const roomCorrected = addedFields?.locationHint?.room && (denied || ROOM_CORRECTED.test(foldAnswer(details ?? '')));
    if (roomCorrected) analysis.locationHint = { ...analysis.locationHint, room: addedFields.locationHint!.room };
    // "mes collègues de la DRH ont la même chose, toute la DRH est bloquée": who is affected, said in the reply, as any answer.
    if (addedFields?.scope) analysis.scope = addedFields.scope;
    // The fiche that did not help still tells what kind of problem it is, when the words did not, or when the
    // first words alone read as its kind and what was added names no other ("c tous les DECT de l'étage…").
    if (!analysis.category && category && category !== 'request') analysis.category = category;
    const sameKindAdded = details && (addedFields?.category === undefined || addedFields.category === category) && !isCorrection(details, true) && !deniesTheKind(details);
    if (sameKindAdded && category && category !== 'request' && analysis.category !== category) {
      if ((await this.services.understander.analyse(question)).category === category) analysis.category = category;
    }
    // "no its not GAM, GAM works fine on the other desk. its the whole computer": the kind the reply puts right.
    // Only the kind the fiche was chosen for is put right: "c'est pas l'imprimante, c'est PharmaTrace qui plante" already
    // reads as the application the reply names.
    const kindPutRight = details && addedFields?.category && addedFields.category !== 'request' && analysis.category === category && (isCorrection(details, true) || deniesTheKind(details));
    if (kindPutRight) analysis.category = addedFields.category;
    // A request's fiche (a newcomer's account, access rights) refused: "can you just open the request for me?".
    return this.beginIntake(dc, user, analysis, words, lang, category === 'request' ? 'request' : 'incident');
  }

  private async route(
    dc: DialogContext,
    user: DirectoryUser | undefined,
    analysis: MessageAnalysis,
    text: string,
    lang: Language,
    refusedFiche?: RefusedFiche,
  ): Promise<void> {
    const { context } = dc;
    const facts = await this.facts.get(context, {});
    // "… 25 patients en attente… Rappelez moi au 4455": the incident is recorded first, then a technician is asked.
    facts.escalateAfterIntake = analysis.intent === 'incident_report' && asksForAPerson(text) ? 'user_asked' : undefined;
    if (analysis.intent !== 'unknown') facts.unknownStreak = 0;
    const vague = saysNothingOfTheProblem(analysis, text);
    if (vague && !facts.askedProblem) {
      // "J'ai un souci": ask what it is, once; the answer is read as a first message.
      facts.askedProblem = true;
      await context.sendActivity(t(lang, 'intake.ask.problem'));
      return;
    }
    facts.askedProblem = false;
    if (vague) return this.beginIntake(dc, user, analysis, text, lang, 'incident');
    // "2 things: my account expired… Also the printer jams": the first problem's ticket, then the second's.
    const two = !refusedFiche && TICKET_INTENTS.has(analysis.intent) ? splitTwoProblems(text) : undefined;
    if (two) {
      facts.nextProblem = two.second;
      await context.sendActivity(t(lang, two.urgentFirst ? 'intake.two_problems_urgent_first' : 'intake.two_problems', { first: shortened(two.first), second: shortened(two.second) }));
      return this.route(dc, user, await this.services.understander.analyse(two.first), two.first, lang);
    }
    // "et le DPI qui rame depuis ce matin c'est connu ? ici aussi c'est lent": the open ticket, when there is one.
    if (user && (analysis.intent === 'question' || analysis.intent === 'incident_report') && asksIfKnown(text) && (await this.toldItIsKnown(context, user, analysis, text, lang))) return;
    switch (analysis.intent) {
      case 'greeting':
        await context.sendActivity(t(lang, isEvening(this.services.clock.now()) ? 'greeting.reply_evening' : 'greeting.reply', { name: firstName(user, context) }));
        return;
      case 'thanks': {
        // "thanks. roughly how long? should I start on paper meanwhile?": the question is answered with the ticket's times.
        if (asksHowLong(text)) return this.ticketStatus(context, user, analysis, lang, text);
        // "Merci. Les identifiants, c'est moi qui les reçois ?": the question after the thanks, not a goodbye.
        const asked = questionAfterThanks(text);
        if (asked && (await this.questionOnTicketJustOpened(context, user, text, lang))) return;
        if (asked) return this.followUpQuestion(dc, user, asked, lang);
        await context.sendActivity(t(lang, isEvening(this.services.clock.now()) ? 'thanks.reply_evening' : 'thanks.reply'));
        return;
      }
      case 'ticket_status': {
        if (user && (await this.faultToldWithUnknownTicket(dc, user, analysis, text, lang))) return;
        await this.ticketStatus(context, user, analysis, lang, text);
        // "the printer prints blank pages. also any news on the dect problem?": the fault next, in its own words.
        const fault = user ? faultBesideStatusQuestion(text) : undefined;
        if (!fault) return;
        await context.sendActivity(t(lang, 'intake.fault_beside_status', { problem: shortened(fault) }));
        return this.route(dc, user, await this.services.understander.analyse(fault), fault, lang);
      }
      case 'talk_to_human':
        return this.offerTicket(dc, 'human.reply', text, lang);
      case 'incident_report': {
        // Level-1 deflection first, unless care, a medical device or security is at stake: those go
        // straight to a ticket.
        // The words just after a fiche that go on about the same thing ("il est pas en silencieux, je vois les appels
        // après coup") say it did not help: the ticket is for the problem first told, with these words. A new matter
        // names its subject ("l'imprimante du secrétariat…") and is read on its own.
        const goesOn = !analysis.category || analysis.category === refusedFiche?.category;
        const folded = foldAnswer(text);
        const continues = (goesOn && (GOES_ON_ABOUT_IT.test(folded) || FICHE_STEP_OPENING.test(folded))) || FICHE_STEP_MISSING.test(folded) || TRIED_THE_FICHE.test(folded) || (ASKS_US_TO_DO_IT.test(folded) && !analysis.assetHint?.tag);
        if (refusedFiche && continues) {
          await this.services.knowledge.recordFeedback(refusedFiche.answerId, false);
          await context.sendActivity(t(lang, 'kb.not_helpful'));
          return this.intakeAfterFiche(dc, user, lang, { ...refusedFiche, details: text });
        }
        // "looks fishy. I didnt click. how do I report it properly? delete it?": a lure not acted on, asked how to report.
        const unopenedLure = analysis.category === 'security' && tellsThreatNotActedOn(text) && questionAsked(text) !== undefined;
        if (mayDeflect(analysis) || unopenedLure) {
          const reply = await this.ficheFor(user, text, lang, analysis.category);
          if (reply) return this.sendKnowledge(dc, user, reply, text, lang, refusedFiche);
        }
        return this.beginIntake(dc, user, analysis, text, lang, 'incident');
      }
      case 'service_request': {
        // "open a ticket please, the orders dont arrive in the appointments software since 10am": the ask for a ticket read
        // as a request; the words beside it tell a breakdown, taken down as one (the ticket asked for, no fiche first).
        const beside = wordsBesideTicketAsked(text);
        const told = beside ? await this.services.understander.analyse(beside) : undefined;
        if (beside && told?.intent === 'incident_report') return this.beginIntake(dc, user, told, beside, lang, 'incident');
        // "…She needs a windows account, email and DPI access. What do I need to do?": the procedure, then the request.
        if (asksHowToProceed(text)) await this.sendProcedure(context, user, text, lang);
        return this.beginIntake(dc, user, analysis, text, lang, 'request');
      }
      case 'question':
      case 'unknown': {
        // "ok", "d'accord": an acknowledgement, nothing for the ticket.
        if (analysis.intent === 'unknown' && BARE_ACKNOWLEDGEMENT.test(foldAnswer(text))) {
          await context.sendActivity(t(lang, 'ack.reply'));
          return;
        }
        // "ok. personne peut passer avant midi ? l'hdj ouvre à 8h…" right after the status of a ticket: about that ticket.
        if (analysis.intent === 'unknown' && facts.ticketInView && (await this.addToTicket(context, user, analysis, text, lang))) return;
        // "jai pas enregistré de portable pour le sms. et 15 min c long jai un patient qui arrive du bloc dans 5 min" to
        // "did this solve it?": no yes, but why the fiche cannot be followed. The ticket is for the problem first told.
        if (analysis.intent === 'unknown' && refusedFiche) {
          await this.services.knowledge.recordFeedback(refusedFiche.answerId, false);
          await context.sendActivity(t(lang, 'kb.not_helpful'));
          return this.intakeAfterFiche(dc, user, lang, { ...refusedFiche, details: text });
        }
        // "question : comment on ajoute une imprimante sur un poste ? la nôtre est en panne…": the question asked, when
        // the story around it hides it from the search.
        const asked = analysis.intent === 'question' ? questionAsked(text) : undefined;
        const reply = (await this.ficheFor(user, text, lang)) ?? (asked ? await this.ficheFor(user, asked, lang) : undefined);
        if (reply) {
          facts.unknownStreak = 0;
          return this.sendKnowledge(dc, user, reply, text, lang, refusedFiche);
        }
        if (analysis.intent === 'question') return this.offerTicket(dc, 'kb.none', text, lang);
        facts.unknownStreak = (facts.unknownStreak ?? 0) + 1;
        if (facts.unknownStreak >= 2) {
          facts.unknownStreak = 0;
          // A ticket already in progress goes to an agent; otherwise the agent comes once one is opened.
          const outcome = await this.escalate(context, user, lang, 'not_understood');
          if (outcome && outcome !== 'no_ticket') return;
          if (outcome) facts.escalateAfterIntake = 'not_understood';
          return this.offerTicket(dc, 'unknown.twice', text, lang);
        }
        await context.sendActivity(t(lang, 'unknown.reply'));
        return;
      }
      default:
        await context.sendActivity(t(lang, 'unknown.reply'));
    }
  }

  private async answerInLanguageAsked(dc: DialogContext, user: DirectoryUser | undefined, lang: Language): Promise<void> {
    await dc.context.sendActivity(t(lang, 'language.switched'));
    const active = dc.activeDialog;
    if (active?.id === KnowledgeFeedbackDialog.id) {
      const { question } = active.state as FeedbackOptions;
      const reply = await this.ficheFor(user, question, lang);
      await dc.cancelAllDialogs();
      if (reply) await this.sendKnowledge(dc, user, reply, question, lang);
      return;
    }
    if (active) await dc.repromptDialog();
  }

  /** The best fiche for the words among those written for the user's staff group (every fiche when the role is unknown). */
  private ficheFor(user: DirectoryUser | undefined, text: string, lang: Language, category?: Category): Promise<KnowledgeReply | undefined> {
    return this.services.knowledge.answer(text, lang, { ...(category ? { category } : {}), readerRole: user?.jobRole });
  }

  /** The steps of the request's fiche, for information: the request itself is recorded next. */
  private async sendProcedure(context: TurnContext, user: DirectoryUser | undefined, text: string, lang: Language): Promise<void> {
    const reply = await this.ficheFor(user, text, lang);
    if (!reply || reply.category !== 'request') return;
    await context.sendActivity(ficheLines(t(lang, 'kb.request_procedure', { title: reply.title }), reply, lang).join('\n\n'));
  }

  private async sendKnowledge(
    dc: DialogContext,
    user: DirectoryUser | undefined,
    reply: Awaited<ReturnType<BotServices['knowledge']['answer']>> & object,
    question: string,
    lang: Language,
    refusedFiche?: RefusedFiche,
  ): Promise<void> {
    if (refusedFiche?.slug === reply.slug) {
      // The words after the fiche lead back to it ("tried the feed button thing, still blank"): it did not help.
      await this.services.knowledge.recordFeedback(refusedFiche.answerId, false);
      await dc.context.sendActivity(t(lang, 'kb.not_helpful'));
      return this.intakeAfterFiche(dc, user, lang, { ...refusedFiche, details: question });
    }
    (await this.facts.get(dc.context, {})).problem = question;
    const lines = [...ficheLines(t(lang, 'kb.intro', { title: reply.title }), reply, lang), t(lang, 'kb.feedback')];
    // One message: the steps, the question and its yes/no buttons.
    await sendWithChoices(dc.context, lines.join('\n\n'), [t(lang, 'choice.yes'), t(lang, 'choice.no')]);
    const answerId = await this.services.knowledge.recordAnswer(reply, {
      userRef: user?.email ?? null,
      conversationId: dc.context.activity.conversation.id,
    });
    await dc.beginDialog(KnowledgeFeedbackDialog.id, { answerId, slug: reply.slug, lang, question, category: reply.category } satisfies FeedbackOptions);
  }

  /**
   * The words of a message asking for a person that tell a problem of their own, when there are such words: "je veux
   * parler à un technicien, c'est des patients ventilés sans alarme" with, when they say no more than how bad it is,
   * the message before them ("la centrale marche toujours pas").
   */
  private async problemBesideTheAsk(text: string, before: string | undefined): Promise<string | undefined> {
    const rest = text.split(/(?<=[.!?;,])\s+|\n+/).map((clause) => clause.trim()).filter((clause) => clause && !asksForAPerson(clause)).join(' ');
    if (rest.split(/\s+/).length < 4) return undefined;
    const tellsAProblem = async (words: string) => {
      const analysis = await this.services.understander.analyse(words);
      return analysis.intent === 'incident_report' && describesAProblem(analysis, words);
    };
    if (rest.split(/\s+/).length >= 5 && (await tellsAProblem(rest))) return rest;
    // "où en est le ticket … ? la centrale marche toujours pas": what it told, not what it asked.
    const told = before && before !== text ? sentencesOf(before).filter((sentence) => !sentence.includes('?')).join(' ') : '';
    const withBefore = told ? `${told}\n${rest}` : undefined;
    return withBefore && (await tellsAProblem(withBefore)) ? withBefore : undefined;
  }

  /**
   * The user asked for a person before saying what about, and what they need is a request: the ticket opened for the
   * hand-over is withdrawn and the request form starts from their words; its ticket is handed over once created.
   * False when no hand-over was under way.
   */
  private async requestInsteadOfTicketOpened(
    dc: DialogContext,
    user: DirectoryUser,
    analysis: MessageAnalysis,
    text: string,
    lang: Language,
    two?: TwoProblems,
  ): Promise<boolean> {
    // "…access to the Qualité folder by Monday. Also the projector in E330 doesn't detect my laptop": the request first
    // when it is told first, the other matter next, on a form of its own.
    const first = two && !two.urgentFirst ? await this.services.understander.analyse(two.first) : undefined;
    const apart = first && asksForSomething(first) ? two : undefined;
    const withdrawn = await this.services.handoff?.handBack(dc.context, { user, withdraw: true });
    if (!withdrawn) return false;
    const facts = await this.facts.get(dc.context, {});
    if (apart && first) {
      await dc.context.sendActivity(t(lang, 'intake.two_problems', { first: shortened(apart.first), second: shortened(apart.second) }));
      facts.nextProblem = apart.second;
      [analysis, text] = [first, apart.first];
    }
    if (facts.ticketInView === withdrawn.number) facts.ticketInView = undefined;
    if (facts.lastTicket === withdrawn.number) facts.lastTicket = undefined;
    await dc.context.sendActivity(t(lang, 'handoff.request_instead', { number: withdrawn.number }));
    facts.escalateAfterIntake = 'user_asked';
    await this.beginIntake(dc, user, analysis, text, lang, 'request');
    return true;
  }

  /** Hands the conversation over to the agents; undefined when takeover is not wired. */
  private async escalate(
    context: TurnContext,
    user: DirectoryUser | undefined,
    lang: Language,
    reason: HandoffReason,
    options: { ticket?: string; about?: string; createIfNone?: boolean; problem?: string; known?: KnownFields; deadlinesTold?: boolean } = {},
  ): Promise<EscalationOutcome | undefined> {
    if (!this.services.handoff) return undefined;
    const facts = await this.facts.get(context, {});
    return this.services.handoff.escalate(context, { reason, user, lang, recent: facts.recent ?? [], ...options });
  }

  /**
   * Every P1 goes to an agent at creation, as does a security threat of high urgency (a password given, a
   * link clicked, a machine infected: whatever its impact, someone must act within minutes, not tomorrow)
   * and a ticket opened after the bot gave up.
   */
  private async afterTicketCreated(context: TurnContext, user: DirectoryUser | undefined, number: string, lang: Language): Promise<void> {
    const facts = await this.facts.get(context, {});
    facts.lastTicket = number;
    facts.ticketInView = number;
    const pending = facts.escalateAfterIntake;
    facts.escalateAfterIntake = undefined;
    if (!this.services.handoff) return;
    const ticket = await this.services.tickets.find(number);
    const threat = ticket?.category === 'security' && ticket.urgency === 'high';
    const reason = ticket?.priority === 'P1' ? 'p1' : threat ? 'security_threat' : pending;
    // The creation message has just given the deadlines.
    if (reason) await this.escalate(context, user, lang, reason, { ticket: number, deadlinesTold: true });
  }

  /** The second of two problems told in one message, once the first has its ticket. */
  private async nextProblemTold(dc: DialogContext, user: DirectoryUser | undefined, lang: Language): Promise<void> {
    const facts = await this.facts.get(dc.context, {});
    const next = facts.nextProblem;
    facts.nextProblem = undefined;
    if (!next || !user) return;
    await dc.context.sendActivity(t(lang, 'intake.second_problem', { problem: shortened(next) }));
    const analysis = await this.services.understander.analyse(next);
    return this.beginIntake(dc, user, analysis, next, lang, analysis.intent === 'service_request' ? 'request' : 'incident', { newTicket: true });
  }

  /** The second knowledge answer refused in a conversation hands over (after intake when no ticket exists yet). */
  private async knowledgeRefused(context: TurnContext, user: DirectoryUser | undefined, lang: Language): Promise<boolean> {
    if (!this.services.handoff) return false;
    const facts = await this.facts.get(context, {});
    facts.kbRefusals = (facts.kbRefusals ?? 0) + 1;
    if (facts.kbRefusals < 2) return false;
    facts.kbRefusals = 0;
    const outcome = await this.escalate(context, user, lang, 'knowledge_refused');
    if (outcome !== 'no_ticket') return true;
    facts.escalateAfterIntake = 'knowledge_refused';
    return false;
  }

  private async offerTicket(dc: DialogContext, message: MessageKey, text: string, lang: Language): Promise<void> {
    await sendWithChoices(dc.context, t(lang, message), [t(lang, 'choice.open_ticket'), t(lang, 'choice.no')]);
    await dc.beginDialog(OfferTicketDialog.id, { lang, text } satisfies OfferOptions);
  }

  private async beginIntake(
    dc: DialogContext,
    user: DirectoryUser | undefined,
    analysis: MessageAnalysis,
    text: string,
    lang: Language,
    kind: 'incident' | 'request',
    options: { newTicket?: boolean } = {},
  ): Promise<void> {
    if (!user) {
      await dc.context.sendActivity(t(lang, 'unknown_user'));
      return;
    }
    if (!isVague(text)) (await this.facts.get(dc.context, {})).problem = text;
    const requestKind = kind === 'request' || analysis.category === 'request' || analysis.intent === 'service_request' ? 'request' : kind;
    const intake = await initialIntake(this.services, user, analysis, text, requestKind, lang);
    if (options.newTicket) intake.separateTicket = true;
    const outage = options.newTicket ? undefined : await knownOutage(this.services, user, intake);
    if (outage && (await this.joinKnownOutage(dc.context, user, outage, text, lang))) return;
    const onDevice = outage ? undefined : await openTicketOnDevice(this.services, user, intake);
    if (onDevice && (await this.joinDeviceTicket(dc.context, user, onDevice, text, lang, await this.reassessmentOf(onDevice, analysis, text)))) return;
    await dc.beginDialog(IntakeDialog.id, { intake, requester: user.email } satisfies IntakeOptions);
  }

  /** The form cancelled by mistake, back at the question it was on; what the words add goes with the ticket. */
  private async resumeIntake(dc: DialogContext, user: DirectoryUser, intake: IntakeState, text: string): Promise<void> {
    const news = newsBesidesTheUndo(text);
    const resumed: IntakeState = { ...intake, pending: undefined, retries: 0, addedDetails: [...(intake.addedDetails ?? []), ...(news ? [news] : [])] };
    await dc.beginDialog(IntakeDialog.id, { intake: resumed, requester: user.email, resumed: true } satisfies IntakeOptions);
  }

  /**
   * A ticket already open for what the user reports (their unit's outage, the device they name): their words go on
   * it and they are told, with "autre problème" to open a ticket of their own. False when the words could not be added.
   */
  private async joinKnownTicket(
    context: TurnContext,
    user: DirectoryUser,
    known: Ticket,
    text: string,
    lang: Language,
    key: ReturnType<typeof knownOutageMessage> | 'device.known',
    { nextStep = true }: { nextStep?: boolean } = {},
  ): Promise<boolean> {
    if (!(await this.services.handoff?.addToTicket(user, known.number, text))) return false;
    const facts = await this.facts.get(context, {});
    facts.ticketInView = known.number;
    facts.joinedOutage = { number: known.number, text };
    await context.sendActivity(
      t(lang, key, {
        number: known.number,
        title: await ticketShown(this.services.directory, known, user, lang),
        since: formatDate(known.createdAt, lang),
        status: t(lang, `status.${known.status}` as MessageKey),
        priority: known.priority,
        team: await this.teamName(known.team, lang),
      }) + (nextStep ? await this.nextStep(known, lang, '\n') : ''),
    );
    return true;
  }

  /**
   * A report on a device whose ticket is open goes on that ticket; what the report weighs more than the ticket (care
   * held up, confirmed on its summary or told in its words) is applied to it and told, with its new deadlines.
   */
  private async joinDeviceTicket(context: TurnContext, user: DirectoryUser, known: Ticket, words: string, lang: Language, weighed: Reassessment | undefined): Promise<boolean> {
    const raised = weighed && isOpen(known.status) ? raisesOnly(known, weighed) : undefined;
    if (!(await this.joinKnownTicket(context, user, known, words, lang, 'device.known', { nextStep: !raised }))) return false;
    const teller = known.requester === user.email ? 'the requester' : 'a colleague of the unit';
    if (raised) await this.applyReassessment(context, user, lang, known, raised, words, { escalate: true, teller });
    return true;
  }

  /**
   * "c'est connu ?": the user asks whether what they see is already reported. It is looked up as a new report of many
   * would be; when a ticket is open, their words go on it. False when none is.
   */
  private async toldItIsKnown(context: TurnContext, user: DirectoryUser, analysis: MessageAnalysis, text: string, lang: Language): Promise<boolean> {
    if (!analysis.category || analysis.category === 'request') return false;
    const intake = await initialIntake(this.services, user, analysis, text, 'incident', lang);
    const outage = await knownOutage(this.services, user, intake, { asked: true });
    if (!outage) return false;
    return this.joinKnownOutage(context, user, outage, text, lang);
  }

  /** {@link joinKnownTicket} for an outage found; another unit's is widened to several units first. */
  private async joinKnownOutage(context: TurnContext, user: DirectoryUser, outage: KnownOutage, text: string, lang: Language): Promise<boolean> {
    const ticket = outage.reach === 'other_unit' ? await widenToSeveralUnits(this.services, user, outage.ticket, text) : outage.ticket;
    return this.joinKnownTicket(context, user, ticket, text, lang, knownOutageMessage(outage));
  }

  /** A team's name as the requester reads it, in their language. */
  private async teamName(code: string, lang: Language): Promise<string> {
    return teamNameFor(await this.services.directory.findSupportTeam(code), code, lang);
  }

  /**
   * "le wifi recoupe toutes les 5 min, c'était réparé la semaine dernière (ticket INC-2026-000412 je crois)": a fault told
   * with a ticket the user cannot follow (mistyped, a colleague's). Not a dead end: the fault is taken down as a new
   * incident, the number kept in its words. False when the ticket is theirs to follow or no fault is told.
   */
  private async faultToldWithUnknownTicket(dc: DialogContext, user: DirectoryUser, analysis: MessageAnalysis, text: string, lang: Language): Promise<boolean> {
    const number = ticketNamedIn(analysis);
    if (!number || dc.activeDialog) return false;
    const ticket = await this.services.tickets.find(number);
    if (ticket && (await mayFollowTicket(this.services.directory, ticket, user))) return false;
    const told = await this.services.understander.analyse(withoutTicketReferences(text));
    if (told.intent !== 'incident_report' || !told.category || told.category === 'request') return false;
    await dc.context.sendActivity(t(lang, 'status.not_found_new_incident', { number }));
    await this.beginIntake(dc, user, told, text, lang, 'incident');
    return true;
  }

  /** The service desk's contract times, for one priority or all four; false when no contract binds the desk. */
  private async tellSlaTargets(context: TurnContext, priority: Priority | undefined, lang: Language): Promise<boolean> {
    const targets = this.services.deadlines?.targetsOf?.(this.services.tickets.deskTeam);
    if (!targets) return false;
    const line = (p: Priority) => {
      const times = targets[p];
      return t(lang, 'sla.targets_line', {
        priority: p,
        respond: minutesInWords(times.respondMinutes),
        resolve: minutesInWords(times.resolveMinutes),
        hours: times.allHours ? '' : t(lang, 'sla.targets_working_hours'),
      });
    };
    const lines = (priority ? [priority] : PRIORITIES).map(line);
    await context.sendActivity([t(lang, 'sla.targets_intro'), ...lines, t(lang, 'sla.targets_after')].join('\n'));
    return true;
  }

  private async ticketStatus(context: TurnContext, user: DirectoryUser | undefined, analysis: MessageAnalysis, lang: Language, text: string): Promise<void> {
    if (!user) {
      await context.sendActivity(t(lang, 'unknown_user'));
      return;
    }
    const facts = await this.facts.get(context, {});
    facts.ticketInView = undefined;
    const number = ticketNamedIn(analysis);
    if (number) {
      const ticket = await this.services.tickets.find(number);
      // Someone else's ticket is answered exactly like a missing one: its existence is not disclosed. The
      // requester's line manager (a head nurse for her night team's monitor) follows it as the requester does.
      if (!ticket || !(await mayFollowTicket(this.services.directory, ticket, user))) {
        await context.sendActivity(t(lang, 'status.not_found', { number }));
        return;
      }
      const callFirst = callBiomedicalFirst([ticket]);
      await context.sendActivity(
        (callFirst ? t(lang, callFirst) + '\n' : '') +
        t(lang, 'status.one', {
          number: ticket.number,
          title: await ticketShown(this.services.directory, ticket, user, lang),
          status: t(lang, `status.${ticket.status}` as MessageKey),
          priority: ticket.priority,
          team: await this.teamName(ticket.team, lang),
          created: formatDate(ticket.createdAt, lang),
        }) + (await this.nextStep(ticket, lang, '\n')),
      );
      facts.ticketInView = ticket.number;
      return;
    }
    const open = await this.services.tickets.list({ requesterId: user.id, status: [...OPEN_STATUSES], limit: 10 });
    if (open.length === 0) {
      // "Fanny from my night team opened a ticket for the pump, any news?": a line manager follows their team's.
      if (await this.teamStatus(context, user, lang)) return;
      // "ma collègue a fait un ticket pour cristal qui rame dans tout le service": the unit's own outage tickets.
      if (await this.unitStatus(context, user, lang)) return;
      // "mon collègue a fait un ticket pour la kyocera…": who can follow it, rather than a bare "none".
      await context.sendActivity(t(lang, ASKS_ABOUT_A_COLLEAGUES_TICKET.test(foldAnswer(text)) ? 'status.none_colleague' : 'status.none'));
      return;
    }
    await this.sendTicketList(context, user, 'status.list_intro', open, lang);
  }

  /**
   * The open tickets the user's unit shares, whoever opened them: about the whole unit (or more), or about equipment
   * its staff use together (the station's printer, a bedside pump); false when there are none.
   */
  private async unitStatus(context: TurnContext, user: DirectoryUser, lang: Language): Promise<boolean> {
    const locationIds = await locationIdsOfUsersUnit(this.services.directory, user);
    const inUnit = await this.services.tickets.list({ locationIds, status: [...OPEN_STATUSES], limit: 30 });
    const open: Ticket[] = [];
    for (const ticket of inUnit) if (isUnitWide(ticket) || (await sharedInTheUnit(this.services.directory, ticket))) open.push(ticket);
    open.splice(10);
    if (open.length === 0) return false;
    await this.sendTicketList(context, user, 'status.unit_intro', open, lang);
    return true;
  }

  /** The open tickets of the people the user is the line manager of, with who opened each; false when there are none. */
  private async teamStatus(context: TurnContext, user: DirectoryUser, lang: Language): Promise<boolean> {
    const reports = await this.services.directory.directReports(user.id);
    const open = await this.services.tickets.list({ requesterIds: reports.map((r) => r.id), status: [...OPEN_STATUSES], limit: 10 });
    if (open.length === 0) return false;
    const names = new Map(reports.map((r) => [r.id, r.displayName]));
    await this.sendTicketList(context, user, 'status.team_intro', open, lang, (ticket) => names.get(ticket.requesterId ?? -1) ?? ticket.requester);
    return true;
  }

  /**
   * Open tickets, one line each with their state, team and next deadline (and who opened each when `requester` is
   * given); the only one shown becomes the ticket in view, what "can I talk to someone?" is then about.
   */
  private async sendTicketList(context: TurnContext, viewer: DirectoryUser, intro: MessageKey, tickets: Ticket[], lang: Language, requester?: (ticket: Ticket) => string): Promise<void> {
    const callFirst = callBiomedicalFirst(tickets);
    const lines = [...(callFirst ? [t(lang, callFirst)] : []), t(lang, intro)];
    for (const ticket of tickets) {
      const fields = {
        number: ticket.number,
        title: await ticketShown(this.services.directory, ticket, viewer, lang),
        status: t(lang, `status.${ticket.status}` as MessageKey),
        priority: ticket.priority,
        team: await this.teamName(ticket.team, lang),
      };
      const line = requester ? t(lang, 'status.team_line', { ...fields, requester: requester(ticket) }) : t(lang, 'status.line', fields);
      lines.push('- ' + line + (await this.nextStep(ticket, lang, '. ')));
    }
    const facts = await this.facts.get(context, {});
    if (tickets.length === 1) facts.ticketInView = tickets[0]!.number;
    await context.sendActivity(lines.join('\n'));
  }

  /**
   * Words the user wants on a ticket they hold ("can you add that to the ticket?"): the ticket named, else the
   * one this conversation last showed or created. False when there is none of theirs still open.
   */
  private async addToTicket(
    context: TurnContext,
    user: DirectoryUser | undefined,
    analysis: MessageAnalysis,
    text: string,
    lang: Language,
    weighed?: HeldTicketChange,
    { aboutTheTicket = false }: { aboutTheTicket?: boolean } = {},
  ): Promise<boolean> {
    const facts = await this.facts.get(context, {});
    const named = ticketNamedIn(analysis);
    // facts.recent ends with this message; the one before it is what "that" refers to.
    const previous = facts.recent && facts.recent.length >= 2 ? facts.recent[facts.recent.length - 2] : undefined;
    const words = wordsToAdd(text, previous);
    const held = named ?? facts.ticketInView ?? facts.lastTicket;
    // "no no it's for the ticket you just made, just add the number" after the tag: the device goes on the ticket.
    const own = held ? await this.ownOpenTicket(user, held) : undefined;
    if (own && (await this.identifyDeviceOfTicketHeld(context, user, own, analysis, words, text, lang))) return true;
    // "vous pouvez corriger le ticket svp ? c'est l'Evita du box 6": the device put right, not only noted.
    if (own && (await this.correctDeviceOfTicketHeld(context, user, own, words === text ? analysis : await this.services.understander.analyse(words), words, lang))) return true;
    const ticket = await this.services.handoff?.addToTicket(user, held, words);
    if (!ticket) return false;
    facts.ticketInView = ticket.number;
    // "yes it delays patient care", "ça bloque toute l'équipe en fait": the requester's words change how it weighs.
    const ownOpen = user && ticket.requester === user.email && isOpen(ticket.status);
    // Already weighed for the ticket held this turn: not read again.
    const change = !ownOpen ? undefined : weighed?.number === ticket.number ? weighed.change : await this.reassessmentOf(ticket, analysis, text, aboutTheTicket);
    if (change) {
      await this.applyReassessment(context, user!, lang, ticket, change, text, { escalate: true });
      return true;
    }
    await context.sendActivity(t(lang, 'ticket.added', { number: ticket.number }));
    return true;
  }

  /**
   * Words about the unit's known ticket the user was put on: they go on it, and what makes it weigh more (wider, care
   * held up) is applied, as a colleague of the unit may tell it. False when they tell of another device or kind of problem.
   */
  private async newsOfJoinedOutage(context: TurnContext, user: DirectoryUser, analysis: MessageAnalysis, text: string, lang: Language, number: string): Promise<boolean> {
    const ticket = await this.services.tickets.find(number);
    if (!ticket || !isOpen(ticket.status) || reportsAnotherDevice(ticket, analysis, text)) return false;
    if (analysis.category && analysis.category !== ticket.category) return false;
    const change = await this.reassessmentOf(ticket, analysis, text);
    const raised = change ? raisesOnly(ticket, change) : undefined;
    if (!(await this.services.handoff?.addToTicket(user, ticket.number, text))) return false;
    (await this.facts.get(context, {})).ticketInView = ticket.number;
    if (!raised) {
      await context.sendActivity(t(lang, 'ticket.added', { number: ticket.number }));
      return true;
    }
    await this.applyReassessment(context, user, lang, ticket, raised, text, { escalate: false, teller: 'a colleague of the unit' });
    return true;
  }

  /**
   * Waiting for a technician about one ticket, the user tells of another problem ("no, that's for a NEW ticket, the
   * printer has nothing to do with cristal-net", "now the printer pls - the lexmark jams every page"): a new intake
   * starts, the technician still comes for the first. A message that only asks for the new ticket brings the one
   * before it, which told the problem. False when the words are about the ticket waiting.
   */
  private async anotherMatterWhileWaiting(dc: DialogContext, user: DirectoryUser | undefined, analysis: MessageAnalysis, text: string, lang: Language, waiting: Ticket): Promise<boolean> {
    // "add that my extension is 4410": words for the ticket waiting, whatever they name.
    // "add that my extension is 4410" goes on it; "ah j'oubliais, le téléphone fixe…" may tell another device's fault.
    if (!user || (asksToAddToTicket(text) && !opensAsAfterthought(text))) return false;
    const another = saysAnotherProblem(text) || reportsAnotherDevice(waiting, analysis, text);
    if (!another) return false;
    const facts = await this.facts.get(dc.context, {});
    const previous = facts.recent && facts.recent.length >= 2 ? facts.recent[facts.recent.length - 2] : undefined;
    const words = analysis.intent === 'incident_report' || analysis.intent === 'service_request' || !previous ? text : `${previous}\n${text}`;
    const analysed = words === text ? analysis : await this.services.understander.analyse(words);
    await dc.context.sendActivity(t(lang, 'handoff.another_matter', { number: waiting.number }));
    await this.beginIntake(dc, user, analysed, words, lang, analysed.intent === 'service_request' ? 'request' : 'incident', { newTicket: true });
    return true;
  }

  /**
   * Words after a ticket that tell another problem: "autre chose, …" with a problem in it, or a device of another kind
   * than the ticket's ("l'imprimante de l'open space…" after a DECT ticket) with no word that it is the same fault.
   */
  private async anotherMatterThanTicketHeld(context: TurnContext, user: DirectoryUser, analysis: MessageAnalysis, text: string): Promise<boolean> {
    // "ah j'oubliais, le telephone fixe de mon bureau a plus de tonalité non plus" after a PC ticket: another device's
    // fault, told as an afterthought, is a problem of its own.
    const afterthought = opensAsAfterthought(text);
    if (!TICKET_INTENTS.has(analysis.intent) || !describesAProblem(analysis, text) || (asksToAddToTicket(text) && !afterthought) || pointsAtTicketHeld(text)) return false;
    if (saysAnotherProblem(text)) return true;
    // The ticket is looked up only when a device is named.
    if (!analysis.assetHint?.kind) return false;
    const ticket = await this.ownOpenTicketHeld(context, user, analysis);
    return ticket !== undefined && reportsAnotherDevice(ticket, analysis, text);
  }

  /**
   * News about a ticket the user may follow (theirs, or their unit's looked at) that makes it weigh more: applied and
   * told, without a second escalation (a technician is being asked already).
   */
  private async weighNewsOn(context: TurnContext, user: DirectoryUser | undefined, lang: Language, number: string, analysis: MessageAnalysis, text: string): Promise<void> {
    if (!user) return;
    const ticket = await this.services.tickets.find(number);
    if (!ticket || !isOpen(ticket.status)) return;
    const change = await this.reassessmentOf(ticket, analysis, text, true);
    const raised = change ? raisesOnly(ticket, change) : undefined;
    if (!raised) return;
    const teller = ticket.requesterId === user.id ? 'the requester' : 'a colleague of the unit';
    await this.applyReassessment(context, user, lang, ticket, raised, text, { escalate: false, teller });
  }

  /** The requester's words change how the ticket weighs: recorded with its audit event, and told to them. */
  private async applyReassessment(
    context: TurnContext,
    user: DirectoryUser,
    lang: Language,
    ticket: Ticket,
    change: Reassessment,
    text: string,
    { escalate, teller = 'the requester' }: { escalate: boolean; teller?: string },
  ): Promise<void> {
    const reassessed = await this.services.tickets.reassess(ticket.number, change, { by: user.email, kind: 'user' }, `${teller} added: ${text}`);
    // "priorité P1 → P1" says nothing: a priority the news leaves as it was is said to stay.
    const changes = fieldsInWords(change, lang);
    // A new priority comes with its new deadlines.
    const next = reassessed.priority === ticket.priority ? '' : await this.nextStep(reassessed, lang, '\n');
    await context.sendActivity(reassessed.priority === ticket.priority
      ? t(lang, 'ticket.reassessed_same', { number: ticket.number, changes, priority: reassessed.priority })
      : t(lang, 'ticket.reassessed', { number: ticket.number, changes, from: ticket.priority, to: reassessed.priority }) + next);
    // "là c bloquant pour les soins": made P1 or P2 by what was added, the ticket is put before a technician now.
    if (escalate && raisedToUrgentCare(ticket.priority, reassessed.priority)) await this.escalate(context, user, lang, reassessed.priority === 'P1' ? 'p1' : 'user_asked', { about: ticket.number, deadlinesTold: next !== '' });
  }

  /**
   * The requester of the ticket held says how soon after all ("ça peut attendre", "en fait c'est urgent"): the words go
   * on the ticket for the technician, the urgency becomes theirs and the priority follows by the rule (a critical
   * impact stays P1). Made P1 or P2 by it, the ticket is put before a technician. False when no ticket took the words.
   */
  private async reviseUrgency(
    context: TurnContext,
    user: DirectoryUser | undefined,
    analysis: MessageAnalysis,
    text: string,
    lang: Language,
    urgency: 'high' | 'low',
  ): Promise<boolean> {
    const facts = await this.facts.get(context, {});
    const ticket = await this.ownOpenTicketHeld(context, user, analysis);
    if (!ticket || !user) return false;
    const added = await this.services.handoff?.addToTicket(user, ticket.number, text);
    if (!added) return false;
    facts.ticketInView = ticket.number;
    if (ticket.urgency === urgency) {
      await context.sendActivity(t(lang, 'ticket.added', { number: ticket.number }));
      return true;
    }
    const reason = `${urgency === 'high' ? 'the requester says it is urgent' : 'the requester says it can wait'}: ${text}`;
    const revised = await this.services.tickets.reviseUrgency(ticket.number, urgency, { by: user.email, kind: 'user' }, reason);
    if (urgency === 'high') {
      await context.sendActivity(t(lang, 'ticket.urgency_raised', { number: ticket.number, from: ticket.priority, to: revised.priority }));
      if (revised.priority === 'P1' || revised.priority === 'P2') await this.escalate(context, user, lang, 'user_asked', { about: ticket.number });
      return true;
    }
    await context.sendActivity(
      revised.priority === 'P1'
        ? t(lang, 'ticket.urgency_kept', { number: ticket.number, priority: revised.priority })
        : t(lang, 'ticket.urgency_lowered', { number: ticket.number, from: ticket.priority, to: revised.priority }),
    );
    return true;
  }

  /** The requester objects to the deadline of the ticket held: it is made urgent, and a technician sees it when still too late. */
  private async deadlineObjectedOn(context: TurnContext, user: DirectoryUser | undefined, analysis: MessageAnalysis, text: string, lang: Language, objection: DeadlineObjection): Promise<boolean> {
    const ticket = await this.ownOpenTicketHeld(context, user, analysis);
    if (!ticket || !user) return false;
    // "vous pouvez le passer en urgent ? ça retarde les soins maintenant": what else the words weigh is raised with it.
    const weighed = await this.reassessmentOf(ticket, analysis, text, true);
    const answer = await urgencyRaisedForDeadline(this.services, user, ticket, text, objection, lang, weighed ? raisesOnly(ticket, weighed) : undefined);
    if (!answer) return false;
    (await this.facts.get(context, {})).ticketInView = ticket.number;
    await context.sendActivity(answer.reply);
    if (answer.stillLate) await this.escalate(context, user, lang, 'user_asked', { about: ticket.number, deadlinesTold: true });
    return true;
  }

  /**
   * A device named by tag for the requester's open ticket that has none, of the kind its category is about (a DECT
   * for a phone ticket): set on the ticket, the words recorded, the user told. False otherwise (the turn goes on).
   */
  private async identifyDeviceOfTicketHeld(
    context: TurnContext,
    user: DirectoryUser | undefined,
    ticket: Ticket | undefined,
    analysis: MessageAnalysis,
    words: string,
    text: string,
    lang: Language,
  ): Promise<boolean> {
    if (!ticket || !user || ticket.assetId !== null) return false;
    const hint = words === text ? analysis.assetHint : (await this.services.understander.analyseAnswer(words)).assetHint;
    const tag = hint?.tag ?? hint?.hostname;
    const asset = tag ? await this.services.directory.findAsset(tag) : undefined;
    if (!asset || !DEVICE_KINDS[ticket.category]?.includes(asset.kind)) return false;
    await this.services.tickets.identifyAsset(ticket.number, asset.id, { by: user.email, kind: 'user' }, `the requester named the device: ${text}`);
    await this.services.handoff?.addToTicket(user, ticket.number, words);
    (await this.facts.get(context, {})).ticketInView = ticket.number;
    await context.sendActivity(t(lang, 'ticket.device_identified', { number: ticket.number, asset: asset.tag }));
    return true;
  }

  /**
   * "c'est le box 6 pas le 5 … c'est l'Evita du box 6": the ticket just opened names the wrong device; it is pointed at
   * the one meant (named by its tag, or the one of that kind in the room named, in the device's unit) and the user is
   * told. False when the words name no other device of the same kind.
   */
  private async correctDeviceOfTicketHeld(context: TurnContext, user: DirectoryUser | undefined, ticket: Ticket | undefined, analysis: MessageAnalysis, text: string, lang: Language): Promise<boolean> {
    if (!ticket || !user || ticket.assetId === null || !correctsTheDevice(text)) return false;
    const { directory } = this.services;
    const current = await directory.findAssetById(ticket.assetId);
    if (!current || current.kind === 'application') return false;
    const tag = analysis.assetHint?.tag ?? analysis.assetHint?.hostname;
    let meant = tag ? await directory.findAsset(tag) : undefined;
    if (!meant && current.location) {
      const place = placeNamedBy(await directory.locationsOfUnit(current.location.unitCode), text);
      const there = place ? (await directory.assetsOfUnit(current.location.unitCode)).filter((a) => a.kind === current.kind && a.location?.code === place.code) : [];
      // A box holds a monitor, a pump and a ventilator: the one of the same model as the device named first.
      const sameModel = there.filter((a) => a.model === current.model);
      meant = there.length === 1 ? there[0] : sameModel.length === 1 ? sameModel[0] : undefined;
    }
    if (!meant || meant.id === current.id || meant.kind !== current.kind) return false;
    await this.services.tickets.reassignAsset(ticket.number, meant.id, { by: user.email, kind: 'user' }, `the requester corrected the device: ${text}`);
    await this.services.handoff?.addToTicket(user, ticket.number, text);
    (await this.facts.get(context, {})).ticketInView = ticket.number;
    const place = meant.location?.room ? ` (${meant.location.room})` : '';
    await context.sendActivity(t(lang, 'ticket.device_corrected', { number: ticket.number, asset: meant.tag, place }));
    return true;
  }

  /**
   * A question asked just after the ticket was opened in this conversation (the ticket still in view): it goes on the
   * ticket for its technician, and the user is told. False when no such ticket of theirs is open.
   */
  private async questionOnTicketJustOpened(context: TurnContext, user: DirectoryUser | undefined, text: string, lang: Language): Promise<boolean> {
    const facts = await this.facts.get(context, {});
    if (!facts.lastTicket || facts.ticketInView !== facts.lastTicket) return false;
    const ticket = await this.ownOpenTicket(user, facts.lastTicket);
    if (!ticket || !(await this.services.handoff?.addToTicket(user, ticket.number, text))) return false;
    // "ok mais du coup pour le mot de passe je le récupère comment ?": what has one answer is answered now as well.
    for (const key of sideQuestionsIn(text, { category: ticket.category }).answers) await context.sendActivity(t(lang, key));
    await context.sendActivity(t(lang, 'ticket.question_added', { number: ticket.number }));
    return true;
  }

  /**
   * A question that follows a fiche or thanks: answered from the knowledge base, unless the only fiche is the one just
   * given (`after`), when the question is offered to a technician instead of the same steps again.
   */
  private async followUpQuestion(dc: DialogContext, user: DirectoryUser | undefined, question: string, lang: Language, after?: string): Promise<void> {
    if (after) {
      const reply = await this.ficheFor(user, question, lang);
      if (!reply || reply.slug === after) return this.offerTicket(dc, 'kb.follow_up_none', question, lang);
      return this.sendKnowledge(dc, user, reply, question, lang);
    }
    return this.route(dc, user, { ...(await this.services.understander.analyse(question)), intent: 'question' }, question, lang);
  }

  /**
   * The ticket the words mean among the requester's open ones: the one held, unless they name another kind of problem
   * ("l'imprimante c bon, fermez ce ticket" while the cart's ticket is held) that exactly one other open ticket is about.
   */
  private async ticketOfTheKindNamed(user: DirectoryUser | undefined, held: string, analysis: MessageAnalysis, text: string): Promise<string> {
    if (!user || !(withdrawsATicket(text) || asksToReopen(text))) return held;
    const category = analysis.category ?? (await this.services.understander.analyseAnswer(text)).category;
    const ticket = await this.services.tickets.find(held);
    if (!category || !ticket || ticket.category === category) return held;
    const open = await this.services.tickets.list({ requesterId: user.id, status: [...OPEN_STATUSES], limit: 10 });
    const ofThatKind = open.filter((other) => other.category === category);
    return ofThatKind.length === 1 ? ofThatKind[0]!.number : held;
  }


  /** How the words change the weight of the ticket held (its requester's, still open), without naming another matter. */
  private async weighOnTicket(ticket: Ticket, analysis: MessageAnalysis, text: string): Promise<HeldTicketChange | undefined> {
    const change = await this.reassessmentOf(ticket, analysis, text);
    return change ? { number: ticket.number, change } : undefined;
  }

  /** How the words weigh on the ticket; a device named by tag is this ticket's own when it is the ticket's asset. */
  private async reassessmentOf(ticket: Ticket, analysis: MessageAnalysis, text: string, aboutTheTicket = false): Promise<Reassessment | undefined> {
    const tag = analysis.assetHint?.tag ?? analysis.assetHint?.hostname;
    const named = tag && ticket.assetId !== null ? await this.services.directory.findAsset(tag) : undefined;
    // "c'est pareil sur le dossier S:\RH\Formation": a folder named after a department does not name it.
    const placeWords = withoutFileNames(text);
    const unit = placeWords === text ? analysis.locationHint?.unit ?? (await this.services.understander.analyseAnswer(text)).locationHint?.unit : (await this.services.understander.analyseAnswer(placeWords)).locationHint?.unit;
    const unitPlaces = unit ? await this.services.directory.locationsOfUnit(unit) : [];
    const otherUnitNamed = unit !== undefined && !unitPlaces.some((place) => place.id === ticket.locationId);
    return reassessmentTold(ticket, text, { namedDeviceIsTheTicket: named?.id === ticket.assetId, otherUnitNamed, aboutTheTicket });
  }

  /** The ticket the message names, else the one the conversation holds, when it is the user's own and still open. */
  private async ownOpenTicketHeld(context: TurnContext, user: DirectoryUser | undefined, analysis: MessageAnalysis): Promise<Ticket | undefined> {
    const number = ticketNamedIn(analysis) ?? (await this.facts.get(context, {})).ticketInView;
    return number ? this.ownOpenTicket(user, number) : undefined;
  }

  private async ownOpenTicket(user: DirectoryUser | undefined, number: string): Promise<Ticket | undefined> {
    const ticket = await this.services.tickets.find(number);
    return ticket && user && ticket.requester === user.email && isOpen(ticket.status) ? ticket : undefined;
  }

  /**
   * Asked who to call about a ticket the user follows, with no other matter in the words: the number was given, and
   * how the ticket is handled now (a P1's on-call is alerted at once; otherwise when it is due). False otherwise.
   */
  private async toldWhoHandlesTicketHeld(context: TurnContext, user: DirectoryUser | undefined, analysis: MessageAnalysis, text: string, lang: Language, number: string): Promise<boolean> {
    const ticket = await this.services.tickets.find(number);
    if (!user || !ticket || !isOpen(ticket.status) || !(await mayFollowTicket(this.services.directory, ticket, user))) return false;
    const otherMatter = saysAnotherProblem(text) || (analysis.category !== undefined && analysis.category !== 'request' && analysis.category !== ticket.category);
    if (otherMatter) return false;
    const handled = ticket.priority === 'P1' ? t(lang, 'call.p1_handled', { number: ticket.number, team: await this.teamName(ticket.team, lang) }) : '';
    const next = await this.nextStep(ticket, lang, handled ? '\n\n' : '');
    if (handled || next) await context.sendActivity(handled + next);
    return true;
  }

  /** Cancels ticket `number` (named, looked at or just created) when the user is its requester and it is still open. */
  private async withdrawTicket(context: TurnContext, user: DirectoryUser | undefined, number: string, lang: Language): Promise<void> {
    const facts = await this.facts.get(context, {});
    const ticket = await this.services.tickets.find(number);
    // Only the requester withdraws a ticket; a manager or a colleague following it asks a technician.
    if (!ticket || !user || ticket.requester !== user.email) {
      await context.sendActivity(t(lang, 'withdraw.not_yours', { number }));
      return;
    }
    if (!isOpen(ticket.status)) {
      const key = ticket.status === 'cancelled' ? 'withdraw.already' : 'withdraw.not_open';
      await context.sendActivity(t(lang, key, { number: ticket.number, status: t(lang, `status.${ticket.status}` as MessageKey) }));
      return;
    }
    const words = turnText(context.activity);
    facts.ticketInView = ticket.number;
    // "c'est revenu depuis 10 min, ça tient, vous pouvez fermer", "il était débranché, ça remarche": an incident that
    // works again is resolved, not cancelled: the outage happened, it counts in the contract's figures and its team
    // may look for the cause.
    if (ticket.kind === 'incident' && tellsItWorksAgain(words)) {
      await this.services.tickets.move(ticket.number, 'resolved', { by: user.email, kind: 'user' }, `working again, as the requester told: ${words}`);
      await context.sendActivity(t(lang, 'withdraw.recovered', { number: ticket.number }));
      return;
    }
    await this.services.tickets.move(ticket.number, 'cancelled', { by: user.email, kind: 'user' }, `withdrawn by the requester: ${words}`);
    await context.sendActivity(t(lang, 'withdraw.done', { number: ticket.number }));
  }

  /**
   * "rouvrir INC-…", as the resolution notice invites: a resolved ticket of the requester's goes back to work, the
   * words kept as the reason; an open one needs nothing; a closed or cancelled one is final, and a new ticket is offered.
   */
  private async reopenTicket(context: TurnContext, user: DirectoryUser | undefined, number: string, lang: Language): Promise<void> {
    const facts = await this.facts.get(context, {});
    const ticket = await this.services.tickets.find(number);
    if (!ticket || !user || ticket.requester !== user.email) {
      await context.sendActivity(t(lang, 'reopen.not_yours', { number }));
      return;
    }
    facts.ticketInView = ticket.number;
    const status = t(lang, `status.${ticket.status}` as MessageKey);
    if (isOpen(ticket.status)) {
      await context.sendActivity(t(lang, 'reopen.still_open', { number: ticket.number, status }));
      return;
    }
    if (ticket.status !== 'resolved') {
      await context.sendActivity(t(lang, 'reopen.final', { number: ticket.number, status }));
      return;
    }
    // Back with the person who held it; with no one, back in the team's queue ("attribué"), not "en cours" by nobody.
    const back = ticket.assignee ? 'in_progress' : 'assigned';
    await this.services.tickets.move(ticket.number, back, { by: user.email, kind: 'user' }, `reopened by the requester: ${turnText(context.activity)}`);
    await context.sendActivity(t(lang, 'reopen.done', { number: ticket.number }));
  }

  /** What the requester waits for next and by when: the first response, late or not, then the resolution. */
  private async nextStep(ticket: Ticket, lang: Language, separator: string): Promise<string> {
    return ticketNextStep(this.services, ticket, lang, separator);
  }
}


/** The ticket number the message names, in its canonical form. */
function ticketNamedIn(analysis: MessageAnalysis): string | undefined {
  return analysis.ticketNumber ? normalizeTicketNumber(analysis.ticketNumber) : undefined;
}

/** Messages that may tell more about a ticket held: not a greeting, thanks, a command or a status question. */
/** What a follow-up changes on the ticket held, read once per turn. */
interface HeldTicketChange {
  number: string;
  change: Reassessment;
}

const PRIORITY_RANK: Record<string, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

/** A ticket moved up into P1 or P2. */
function raisedToUrgentCare(from: string, to: string): boolean {
  return PRIORITY_RANK[to]! <= 2 && PRIORITY_RANK[to]! < PRIORITY_RANK[from]!;
}

/** "ah non pardon c'est en salle 3", "sorry it's in room 4": a place said again, in place of the first. */
const ROOM_CORRECTED = /\b(pardon|sorry|oups|oops|c est en|c est dans|it s in|en fait)\b/;

const TICKET_INTENTS: ReadonlySet<string> = new Set(['incident_report', 'service_request']);

/** A problem as quoted back to its writer: its first 120 characters. */
function shortened(problem: string): string {
  return problem.length > 120 ? `${problem.slice(0, 119)}…` : problem;
}

/** "works fine now but still slow", "ça remarche mais toujours…": not fully back. */
const FOLLOW_UP_INTENTS: ReadonlySet<string> = new Set(['incident_report', 'unknown', 'question']);

/** What "ça remarche, merci" reads as on its own: thanks, "c'est bon", news of a device, nothing in particular. */
/** The sentence that asks, in a message that tells more around it: the first one ending with "?", of three words or more. */
function questionAsked(text: string): string | undefined {
  const sentences = text.match(/[^.!?\n]+\?/g) ?? [];
  const asked = sentences.map((s) => s.trim()).find((s) => s.split(/\s+/).length >= 3);
  return asked && asked !== text.trim() ? asked : undefined;
}

/** Intents a question about the ticket just opened may be read as. */
const QUESTION_AFTER_TICKET_INTENTS: ReadonlySet<string> = new Set(['question', 'unknown', 'incident_report', 'service_request']);

const RECOVERY_INTENTS: ReadonlySet<string> = new Set(['thanks', 'cancel', 'incident_report', 'unknown', 'service_request', 'greeting']);

/**
 * An incident about a device of another kind than the ticket's ("now the printer pls - the lexmark jams"), not news of
 * the ticket ("info : le Dr Dumont lit l'AVC sur la console du scanner en attendant" names the way round).
 */
function reportsAnotherDevice(ticket: Ticket, analysis: MessageAnalysis, text: string): boolean {
  return analysis.intent === 'incident_report' && !opensAsNews(text) && namesAnotherKindOfDevice(ticket, text, analysis.assetHint?.kind, { afterthought: opensAsAfterthought(text) });
}

/** "ok", "d'accord", "bon ok", "noted": a bare acknowledgement. */
const BARE_ACKNOWLEDGEMENT = /^(ok|okay|oki|okk|ok ok|bon ok|bon|d accord|dac|entendu|compris|noted|got it|understood|alright|all right|tres bien|parfait ok)$/;

/** Messages about a problem, as opposed to a greeting, thanks, a command or a status question. */
const PROBLEM_INTENTS: ReadonlySet<string> = new Set(['incident_report', 'service_request', 'question', 'unknown']);

/** Words that say what the problem is (not a greeting, a command, a button or "ça marche pas"). */
function describesAProblem(analysis: MessageAnalysis, text: string): boolean {
  return PROBLEM_INTENTS.has(analysis.intent) && !text.startsWith('@') && !isVague(text);
}

/** Words that ask for something to be done (an account, an access, an installation), not a fault. */
function asksForSomething(analysis: MessageAnalysis): boolean {
  return analysis.intent === 'service_request' || analysis.category === 'request';
}

/** A problem reported, asked or guessed at in words that do not say what it is ("j'ai un souci", "ça marche pas"). */
function saysNothingOfTheProblem(analysis: MessageAnalysis, text: string): boolean {
  if (!['incident_report', 'question', 'unknown'].includes(analysis.intent)) return false;
  if (analysis.category || analysis.assetHint || analysis.locationHint) return false;
  return isVague(text);
}

/** Whether a fiche may be offered before opening a ticket for an incident. */
/** The "no" that answers "did this solve it?" at the start of the words after a fiche. */
const FICHE_REFUSAL = /^\s*((non|nan|nn)\b(?![\s-]+(urgent|bloquant|critique|prioritaire))|(no|nope)\s*[.,;:!-])[\s.,;:!-]*/i;

function mayDeflect(analysis: MessageAnalysis): boolean {
  if (analysis.patientCareImpact) return false;
  if (analysis.category === 'biomedical' || analysis.category === 'security') return false;
  return analysis.scope !== 'service' && analysis.scope !== 'site';
}

function firstName(user: DirectoryUser | undefined, context: TurnContext): string {
  const name = user?.displayName ?? context.activity.from?.name ?? '';
  return name.split(/\s+/)[0] ?? '';
}

/** A fiche as the bot tells it: its introduction, a note when it is in the other language, its steps. */
function ficheLines(intro: string, reply: KnowledgeReply, lang: Language): string[] {
  const lines = [intro];
  if (reply.translated) lines.push(t(lang, 'kb.translation_note'));
  lines.push(reply.text ?? reply.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  return lines;
}
