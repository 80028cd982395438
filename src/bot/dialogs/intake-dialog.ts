import { teamNameFor } from '../../directory/index.js';
import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { DateTime } from 'luxon';
import { momentInWords } from '../intake/needed-at.js';
import type { Language } from '../../triage/index.js';
import { isCodedError } from '../../errors.js';
import type { Reassessment, Ticket } from '../../tickets/index.js';
import type { KnownFields } from '../handoff/index.js';
import { summaryCard, ticketCreatedCard } from '../cards/index.js';
import {
  adviceAsked, detailsAdded, showsRansomware, sideQuestionsIn, sentencesOf, tellsCredentialsShared, tellsLostCredential, tellsUsbFoundNotPlugged, firstSentenceTitle, foldAnswer, lastFileNamed, requestDetailsGiven, problemAsCorrected, pointsBack, roomNotStored, withoutPointerBack, applyAnswer, nextQuestion, promptFor, ticketPlace, tellsMedicineFridge, withoutGreeting, type IntakeDeps, type IntakeState,
} from '../intake/index.js';
import { t, type MessageKey } from '../messages/index.js';
import type { BotServices } from '../services.js';

/** "mon smartphone pro a été volé", "I lost my work laptop": a device out of the hospital's hands. */
const LOST_DEVICE = /\b(vole|volee|voles|volees|vol|perdu|perdue|egare|egaree|stolen|lost|missing|theft)\b/;
import { sendCard, sendWithChoices, sourceActivityKey, sourceChannel, turnText } from './turn-helpers.js';
import { guessRequestType, initialIntake } from './start-intake.js';
import { asksIfKnown, knownOutage, openTicketOnDevice, toldAlreadyReported, type KnownOutage } from '../known-outage.js';
import { priorityMeaningAsked } from '../priority-question.js';
import { otherTicketAskedIn, otherTicketStatus } from '../other-ticket-asked.js';
import { coverOutOfHours, priorityExplained, timesIfCreatedNow } from '../times-before-creation.js';

export interface IntakeOptions {
  intake: IntakeState;
  requester: string;
  /** Taken up again after a cancel that was not meant: no opening words, straight back to the question left. */
  resumed?: boolean;
}

interface IntakeDialogState {
  intake: IntakeState;
  requester: string;
}

const BUTTON_LABELS: Record<string, MessageKey> = { create: 'choice.create', change: 'choice.change', cancel: 'choice.cancel' };

/**
 * Collects an incident or a request one question at a time, shows the summary, and creates the
 * ticket. Its whole state is plain data in the dialog stack, so a restart resumes the same question.
 */
export class IntakeDialog extends Dialog<IntakeOptions> {
  static readonly id = 'intake';

  constructor(private readonly services: BotServices) {
    super(IntakeDialog.id);
  }

  private get deps(): IntakeDeps {
    const { understander, directory, applications, clock } = this.services;
    return { understander, directory, applications, now: () => clock.now() };
  }

  override async beginDialog(dc: DialogContext, options?: IntakeOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('intake needs its initial state');
    const state = dc.activeDialog!.state as IntakeDialogState;
    state.intake = options.intake;
    state.requester = options.requester;
    if (options.resumed) return this.ask(dc, state.intake);
    const { lang, kind } = options.intake;
    // "A few quick questions" only when there are some: the first message may have said everything.
    const ready = nextQuestion(options.intake) === 'confirm';
    const opening: MessageKey = kind === 'request' ? (ready ? 'intake.start_request_ready' : 'intake.start_request') : ready ? 'intake.start_incident_ready' : 'intake.start_incident';
    await dc.context.sendActivity(t(lang, opening));
    // "faudrait installer Acrobat. Faut l'accord de qqn ?": a question of the first message the bot can answer, answered
    // now; the message stays the ticket's description. A threat's questions get the threat's own advice below.
    if (options.intake.category !== 'security') {
      const answers = sideQuestionsIn(options.intake.text, options.intake).answers;
      // A medicine fridge out of range: what to do with its products cannot wait for the questions, asked or not.
      if (tellsMedicineFridge(options.intake.text) && !answers.includes('intake.side_fridge_products')) answers.unshift('intake.side_fridge_products');
      for (const key of answers) await dc.context.sendActivity(t(lang, key));
    }
    // A phishing link clicked or a virus suspected: what to do now cannot wait for the questions.
    if (kind === 'incident' && options.intake.category === 'security') {
      // A lost or stolen device is locked from the service desk; the phishing advice does not apply to it.
      // A lost badge or CPS card is blocked, and a temporary one given.
      // A USB stick found and not plugged in: plug it in nowhere.
      const advice = tellsLostCredential(options.intake.text)
        ? 'intake.security_lost_credential'
        : tellsUsbFoundNotPlugged(options.intake.text)
          ? 'intake.security_usb_found'
          : LOST_DEVICE.test(foldAnswer(options.intake.text))
            ? 'intake.security_lost_device'
            // Files encrypted, a ransom asked: unplugging and calling do not wait on whether a link was clicked.
            : showsRansomware(options.intake.text) ? 'intake.security_ransomware' : 'intake.security_first';
      await dc.context.sendActivity(t(lang, advice));
      // "…encrypted, pay in bitcoin?? can I just reboot it": the question asked in the report, answered now.
      const asked = options.intake.text.includes('?') ? adviceAsked(options.intake, foldAnswer(options.intake.text)) : undefined;
      if (asked && asked !== advice) await dc.context.sendActivity(t(lang, asked));
    }
    // "ma collègue me prête le sien": working under another's name is stopped now, and the account is wanted now.
    if (tellsCredentialsShared(options.intake.text)) {
      await dc.context.sendActivity(t(lang, 'intake.sharing_told'));
      // A colleague's login is no way round: unless a day was said, it is wanted now.
      if (kind === 'request' && !options.intake.neededBy) options.intake.urgency = 'high';
    }
    // A medical device failing on a patient: the biomedical on-call comes before any question.
    if (kind === 'incident' && options.intake.category === 'biomedical' && options.intake.patientCareImpact === true) {
      await dc.context.sendActivity(t(lang, 'intake.biomedical_first'));
    }
    // A care system down for a whole unit or more, patients waiting: the downtime procedure and the phone come first.
    const wide = options.intake.scope === 'service' || options.intake.scope === 'site';
    const system = options.intake.category === 'software' || options.intake.category === 'network';
    if (kind === 'incident' && system && wide && options.intake.patientCareImpact === true) {
      await dc.context.sendActivity(t(lang, 'intake.outage_first'));
    }
    return this.ask(dc, state.intake);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as IntakeDialogState;
    const intake = state.intake;
    let text = turnText(dc.context.activity);
    const button = /^@intake:(\w+)$/.exec(text);
    // The summary, with its priority, was on screen when the user wrote.
    const summaryWasShown = intake.pending === 'confirm' || intake.pending === 'change';
    if (button && BUTTON_LABELS[button[1]!]) text = t(intake.lang, BUTTON_LABELS[button[1]!]!);

    // "attendez, ma question c'est : est-ce que c'est déjà signalé ?": looked up now, not read as an answer.
    // "ma collegue caroline a deja appelé pour ca je crois": told, looked up too; the form goes on quietly if none is open.
    const asked = !button && intake.kind === 'incident' && asksIfKnown(text);
    if (asked || (!button && intake.kind === 'incident' && toldAlreadyReported(text))) {
      const known = await this.knownOutageFor(state);
      const rest = asked ? sentencesOf(text).filter((sentence) => !asksIfKnown(sentence) && !ABOUT_DUPLICATES.test(foldAnswer(sentence))).join(' ') : text;
      if (known) {
        const words = [intake.text, ...detailsAdded(intake), rest].filter(Boolean).join('\n');
        return dc.endDialog({ knownOutage: known.ticket.number, reach: known.reach, words } satisfies KnownOutageResult);
      }
      if (asked) {
        await dc.context.sendActivity(t(intake.lang, 'intake.not_known'));
        if (rest.trim() === '') return this.ask(dc, intake);
        text = rest;
      }
    }
    // "et le ticket d'avant pour le 0107 il reste en P3 ??" while the 0106 is reported: that ticket's state, and the form
    // goes on with its own device.
    const otherAsked = button ? undefined : await otherTicketAskedIn(this.services, text, intake, state.requester);
    if (otherAsked) {
      await dc.context.sendActivity(await otherTicketStatus(this.services, otherAsked, intake));
      return this.ask(dc, intake, true);
    }
    // "P4 ça veut dire quoi ?", "c'est quoi P2 ?": answered, not kept as a detail; the question left open is asked again.
    const priorityAsked = button ? undefined : priorityMeaningAsked(text);
    if (priorityAsked) {
      await dc.context.sendActivity(await priorityExplained(this.services, intake, priorityAsked.priority));
      if (priorityAsked.rest.trim() === '') return this.ask(dc, intake, true);
      text = priorityAsked.rest;
    }
    // The summary card's own "Annuler" cancels the incident, whatever question is open.
    const outcome = button?.[1] === 'cancel' ? ({ kind: 'cancel' } as const) : await applyAnswer(intake, text, this.deps);
    switch (outcome.kind) {
      case 'cancel':
        await dc.context.sendActivity(t(intake.lang, 'cancel.done'));
        return dc.endDialog({ cancelled: cancelledProblem(intake) } satisfies CancelledResult);
      case 'create':
        await this.sendAdvice(dc, intake, outcome.advice, summaryWasShown);
        if (outcome.noted?.length) await dc.context.sendActivity(t(intake.lang, 'intake.noted', { changes: outcome.noted.join(', ') }));
        return this.create(dc, state);
      case 'ask_change': {
        // "non… je le rappelle ou pas ??": the question asked on the way is answered before asking what to correct.
        await this.sendAdvice(dc, intake, outcome.advice, summaryWasShown);
        intake.pending = 'change';
        const prompt = promptFor(intake, 'change');
        await sendWithChoices(dc.context, prompt.text, prompt.choices);
        return Dialog.EndOfTurn;
      }
      case 'switch_kind':
        return this.startAgainAs(dc, state, outcome.to, text);
      case 'to_question':
        await dc.context.sendActivity(t(intake.lang, 'intake.to_question'));
        return dc.endDialog({ cancelled: cancelledProblem(intake), asked: `${intake.text}\n${text}` } satisfies CancelledResult);
      case 'retry': {
        await dc.context.sendActivity(t(intake.lang, outcome.message, outcome.params));
        return this.ask(dc, intake, true);
      }
      case 'next':
        await this.sendAdvice(dc, intake, outcome.advice, summaryWasShown);
        if (outcome.noted.length) await dc.context.sendActivity(t(intake.lang, 'intake.noted', { changes: outcome.noted.join(', ') }));
        return this.ask(dc, intake);
    }
  }

  /** The answers to the questions asked on the way; "how long?", asked on the summary, gets the priority's times it shows. */
  private async sendAdvice(dc: DialogContext, intake: IntakeState, keys: readonly MessageKey[] = [], summaryWasShown = false): Promise<void> {
    for (const key of keys) {
      const times = key === 'intake.side_when' && summaryWasShown
        ? await timesIfCreatedNow(this.services, intake)
        : key === 'intake.side_it_at_night' ? await coverOutOfHours(this.services, intake) : undefined;
      await dc.context.sendActivity(times ?? t(intake.lang, key));
    }
  }

  /** The open ticket of many the report so far would repeat, when the user asks whether it is known. */
  private async knownOutageFor(state: IntakeDialogState) {
    const user = await this.services.directory.findUserByEmail(state.requester);
    return user ? knownOutage(this.services, user, state.intake, { asked: true }) : undefined;
  }

  /**
   * "it's an incident, not a request": the same words taken again as the other kind of intake, what was said
   * on the way kept for the technician. A request's category does not carry over to an incident: it is asked.
   */
  private async startAgainAs(dc: DialogContext, state: IntakeDialogState, kind: 'incident' | 'request', correction: string): Promise<DialogTurnResult> {
    const { intake } = state;
    const user = await this.services.directory.findUserByEmail(state.requester);
    if (!user) return this.ask(dc, intake);
    const analysis = await this.services.understander.analyse(`${intake.text}\n${correction}`);
    if (kind === 'incident' && analysis.category === 'request') delete analysis.category;
    const again = await initialIntake(this.services, user, analysis, intake.text, kind, intake.lang);
    again.addedDetails = [...detailsAdded(intake), correction.trim()].filter(Boolean);
    // "c'est une demande de restauration de fichier": the kind of request, said in the correction.
    if (kind === 'request') again.requestType ??= guessRequestType(correction);
    // The machine found or confirmed on the way is the same machine: "sur mon PC, je vous l'ai déjà dit".
    if (again.asset === undefined && intake.asset) {
      again.asset = intake.asset;
      again.location = intake.location;
    }
    // "c'est une demande d'installation d'acrobat pro": what to install, on the machine known, is said.
    if (kind === 'request' && requestDetailsGiven(`${intake.text} ${correction}`, again.requestType, Boolean(again.asset))) again.detailsInMessage = true;
    await dc.context.sendActivity(t(intake.lang, kind === 'incident' ? 'intake.kind_to_incident' : 'intake.kind_to_request'));
    state.intake = again;
    return this.ask(dc, again);
  }

  private async ask(dc: DialogContext, intake: IntakeState, again = false): Promise<DialogTurnResult> {
    await this.sendQuestion(dc.context, intake, again);
    return Dialog.EndOfTurn;
  }

  /** The open question again, in the intake's language as it is now ("sorry, english pls"). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.sendQuestion(context, (instance.state as IntakeDialogState).intake, true);
  }

  private async sendQuestion(context: TurnContext, intake: IntakeState, again: boolean): Promise<void> {
    const question = again && intake.pending ? intake.pending : nextQuestion(intake);
    if (intake.pending !== question) intake.retries = 0;
    intake.pending = question;
    const prompt = promptFor(intake, question);
    // The summary card carries its own buttons; quick replies would only repeat them.
    if (prompt.summary) await sendCard(context, summaryCard(intake), prompt.text);
    else await sendWithChoices(context, prompt.text, prompt.choices);
  }

  private async create(dc: DialogContext, state: IntakeDialogState): Promise<DialogTurnResult> {
    const { intake } = state;
    // "BIO-REA-0019", confirmed in the form, has had a ticket since an hour ago: no second one.
    const requester = await this.services.directory.findUserByEmail(state.requester);
    const onDevice = requester ? await openTicketOnDevice(this.services, requester, intake) : undefined;
    if (onDevice) {
      const words = [intake.text, intake.retold, ...detailsAdded(intake)].filter(Boolean).join('\n');
      return dc.endDialog({ sameDevice: onDevice.number, words, settled: settledInForm(intake) } satisfies SameDeviceResult);
    }
    const { activity } = dc.context;
    const place = ticketPlace(intake);
    const roomSaid = roomNotStored(intake);
    const ticket = await this.services.tickets
      .create({
        kind: intake.kind,
        requester: state.requester,
        category: intake.kind === 'request' ? 'request' : intake.category!,
        scope: intake.scope ?? 'single_user',
        urgency: intake.urgency ?? 'medium',
        patient_care_impact: intake.patientCareImpact ?? false,
        title: ticketTitle(intake),
        description: [
          // The user's words as written; the corrections follow them (the title and the summary read them in).
          intake.text,
          intake.retold,
          intake.requestDetail,
          ...detailsAdded(intake),
          intake.neededBy ? labelled(intake.lang, 'summary.needed_by', intake.neededBy) : undefined,
          // "salle 5", which the directory does not list: the technician reads it here.
          roomSaid ? labelled(intake.lang, 'summary.room_said', roomSaid) : undefined,
          // The ticket's place is then the requester's own unit, for who they are; where they work now is said here.
          intake.awayFromSite && !place ? labelled(intake.lang, 'summary.location', t(intake.lang, 'summary.away')) : undefined,
        ].filter(Boolean).join('\n\n'),
        ...(intake.asset ? { asset: intake.asset.tag } : {}),
        ...(place ? { location: place.code } : {}),
        ...(intake.kind === 'request' && intake.requestType ? { request_type: intake.requestType } : {}),
        language: intake.lang,
        source: {
          channel: sourceChannel(activity.channelId),
          conversation_id: activity.conversation?.id,
          activity_id: sourceActivityKey(activity),
        },
        created_by_kind: 'user',
      })
      .then((r) => r.ticket)
      .catch(async (error: unknown) => {
        if (!isCodedError(error, 'validation_failed')) throw error;
        this.services.logger.warn({ code: error.code, details: error.details }, 'intake could not create the ticket');
        await dc.context.sendActivity(t(intake.lang, 'error.generic'));
        return undefined;
      });
    if (!ticket) return dc.endDialog();
    intake.createdNumber = ticket.number;
    try {
      await this.announce(dc, ticket, intake);
    } catch (error) {
      // The ticket exists: whatever failed afterwards, the user must leave with its number.
      this.services.logger.error({ err: error, ticket: ticket.number }, 'ticket created but its confirmation failed');
      await dc.context.sendActivity(t(intake.lang, 'error.with_ticket', { number: ticket.number }));
    }
    return dc.endDialog({ ticket: ticket.number });
  }

  private async announce(dc: DialogContext, ticket: Ticket, intake: IntakeState): Promise<void> {
    const lang = ticket.language;
    const team = await this.services.directory.findSupportTeam(ticket.team);
    const teamName = teamNameFor(team, ticket.team, lang);
    const deadlines = await this.services.deadlines?.describe(ticket, lang).catch((error: unknown) => {
      this.services.logger.error({ err: error, ticket: ticket.number }, 'deadline computation failed');
      return undefined;
    });
    await sendCard(dc.context, ticketCreatedCard(ticket, teamName, deadlines));
    const lines = [t(lang, 'intake.created', { number: ticket.number, priority: ticket.priority, team: teamName })];
    if (deadlines) lines.push(t(lang, 'intake.deadline', { respond: deadlines.respond, resolve: deadlines.resolve }));
    if (ticket.priority === 'P1') lines.push(t(lang, 'intake.p1_notice'));
    // Urgent for the person, or a whole unit slowed (P2), but the contract's first response is not today: the phone is quicker.
    else if ((ticket.urgency === 'high' || ticket.priority === 'P2') && deadlines && deadlines.respondToday === false) {
      lines.push(t(lang, callIfSooner(ticket)));
    }
    // "needed by Monday", and the contract's target is Tuesday: said now, not found out on Monday.
    if (intake.neededByDay && deadlines?.resolveDay && deadlines.resolveDay > intake.neededByDay) {
      lines.push(t(lang, 'intake.needed_by_late', { resolve: deadlines.resolve, needed: dayInWords(intake.neededByDay, lang) }));
    }
    // "avant la relève de 6h45", and the contract's first response is tomorrow at 16:00: said now, with whom to call.
    if (intake.kind === 'incident' && intake.neededAt && deadlines?.respondAt && deadlines.respondAt > intake.neededAt) {
      lines.push(t(lang, 'intake.needed_at_late', { respond: deadlines.respond, needed: momentInWords(new Date(intake.neededAt), this.services.clock.now(), lang) }));
    }
    lines.push(t(lang, 'intake.created_followup'));
    await dc.context.sendActivity(lines.join('\n\n'));
  }
}

/** "2026-12-03" → "jeudi 3 décembre", "Thursday 3 December": the day needed, as the deadlines are told. */
function dayInWords(day: string, lang: Language): string {
  return DateTime.fromISO(day, { zone: 'Europe/Paris' }).setLocale(lang === 'fr' ? 'fr' : 'en-GB').toFormat('cccc d LLLL');
}

/** The intake's summary is on screen, waiting for "create" or a correction. */
export function summaryShown(dc: DialogContext): boolean {
  if (dc.activeDialog?.id !== IntakeDialog.id) return false;
  const { pending } = (dc.activeDialog.state as IntakeDialogState).intake;
  return pending === 'confirm' || pending === 'change';
}

/** The problem being collected in this conversation, in the user's words (undefined when none is, or it is not said yet). */
/** The form was cancelled: what it was about, in case the user did not mean it ("j'ai rien annulé !"). */
/** The form ended on a device that already has an open ticket the user may follow: the words go on that ticket. */
/** "si oui je ne veux pas faire un doublon", "if so I don't want to open it twice": why it was asked, no answer. */
const ABOUT_DUPLICATES = /\b(doublon|doublons|duplicate|duplicates|deux fois|twice|si oui|if so|if yes)\b/;

/** The report, asked whether it is known, is already a ticket of many: the words go on that one. */
export interface KnownOutageResult {
  knownOutage: string;
  reach: KnownOutage['reach'];
  words: string;
}

export interface SameDeviceResult {
  sameDevice: string;
  words: string;
  /** Who is affected, how urgent, whether care is held up, as the summary the user confirmed showed them. */
  settled: Reassessment;
}

/** What the form settled of how the report weighs. */
function settledInForm(intake: IntakeState): Reassessment {
  return {
    ...(intake.scope ? { scope: intake.scope } : {}),
    ...(intake.urgency ? { urgency: intake.urgency } : {}),
    ...(intake.patientCareImpact !== undefined ? { patientCareImpact: intake.patientCareImpact } : {}),
  };
}

export interface CancelledResult {
  cancelled: CancelledProblem;
  /** The form left for a question ("c'est pas une panne, je veux juste savoir…"): the words to answer. */
  asked?: string;
}

export interface CancelledProblem {
  text: string;
  kind: 'incident' | 'request';
  /** Everything the form had settled, so that taking the cancel back asks nothing twice. */
  intake?: IntakeState;
}

function cancelledProblem(intake: IntakeState): CancelledProblem {
  const text = intake.kind === 'request' && intake.requestDetail ? `${intake.text}\n${intake.requestDetail}` : intake.text;
  return { text, kind: intake.kind, intake: structuredClone(intake) };
}

/** What the form under way is about, to keep when it is cancelled. */
export function cancelledInProgress(dc: DialogContext): CancelledProblem | undefined {
  if (dc.activeDialog?.id !== IntakeDialog.id) return undefined;
  const { intake } = dc.activeDialog.state as IntakeDialogState;
  return intake.vague ? undefined : cancelledProblem(intake);
}

export function problemInProgress(dc: DialogContext): string | undefined {
  if (dc.activeDialog?.id !== IntakeDialog.id) return undefined;
  const { intake } = dc.activeDialog.state as IntakeDialogState;
  if (intake.vague) return undefined;
  return intake.kind === 'request' && intake.requestDetail ? `${intake.text}\n${intake.requestDetail}` : intake.text;
}

/**
 * What the form under way has settled (device, place, kind, who, how urgent; for a request, what is asked and for
 * when), for a ticket opened elsewhere.
 */
export function knownSoFar(dc: DialogContext): KnownFields | undefined {
  if (dc.activeDialog?.id !== IntakeDialog.id) return undefined;
  const { intake } = dc.activeDialog.state as IntakeDialogState;
  const place = ticketPlace(intake);
  if (intake.kind === 'request') {
    return {
      category: 'request',
      ...(intake.requestType ? { requestType: intake.requestType } : {}),
      ...(intake.urgency ? { urgency: intake.urgency } : {}),
      ...(intake.neededBy ? { neededBy: labelled(intake.lang, 'summary.needed_by', intake.neededBy) } : {}),
      ...(intake.asset ? { asset: intake.asset.tag } : {}),
      ...(place ? { location: place.code } : {}),
    };
  }
  return {
    ...(intake.category ? { category: intake.category } : {}),
    ...(intake.scope ? { scope: intake.scope } : {}),
    ...(intake.urgency ? { urgency: intake.urgency } : {}),
    ...(intake.patientCareImpact !== undefined ? { patientCareImpact: intake.patientCareImpact } : {}),
    ...(intake.asset ? { asset: intake.asset.tag } : {}),
    ...(place ? { location: place.code } : {}),
  };
}

/** A short title from the user's words: first sentence, at most 120 characters, cut on a word. */
export function ticketTitle(intake: IntakeState): string {
  // A request's title says what is asked, then for whom or what: "Un compte pour un nouvel arrivant : Julie Morel, IDE…".
  const asked = intake.kind === 'request' && intake.requestType && intake.requestType !== 'other'
    ? labelled(intake.lang, `choice.request.${intake.requestType}` as MessageKey, '')
    : '';
  // "je l'ai mis au-dessus… Inès Garnier, sage-femme": the words pointing back are not the title.
  // "ben VoxMed sur le PC-ONCO-0602, c'est dans mon message": an answer that repeats the first message does not title it.
  const detail = intake.kind === 'request' && intake.requestDetail && !pointsBack(intake.requestDetail) ? withoutPointerBack(intake.requestDetail) : undefined;
  const retold = intake.retoldTitles ? intake.retold : undefined;
  // "…c'est juste le fichier excel budget_CA_v3.xlsx dedans qui a disparu": a restore is titled with the file, the last one named.
  const file = intake.kind === 'request' && intake.requestType === 'restore' ? lastFileNamed([intake.text, intake.requestDetail ?? '', ...(intake.addedDetails ?? [])].join('\n')) : undefined;
  if (file) return `${asked}${file}`;
  const words = detail || (retold ?? withoutGreeting(intake.text));
  const source = asked + (firstSentenceTitle(words) ?? words.trim());
  return problemAsCorrected(intake, firstSentenceTitle(source) ?? `${source.trim()} (${intake.kind})`);
}

/** "Pour quand : lundi" in French, "Needed by: Monday" in English. */
function labelled(lang: IntakeState['lang'], key: MessageKey, value: string): string {
  return `${t(lang, key)}${lang === 'fr' ? ' : ' : ': '}${value}`;
}

/** Whom to call when the first response is not today: security for a threat, as its first advice said; else the service desk. */
function callIfSooner(ticket: Ticket): MessageKey {
  if (ticket.category === 'access') return 'intake.call_if_sooner_access';
  const lostDevice = LOST_DEVICE.test(foldAnswer(`${ticket.title} ${ticket.description}`));
  return ticket.category === 'security' && !lostDevice ? 'intake.call_if_sooner_security' : 'intake.call_if_sooner';
}
