import type { DirectoryUser } from '../directory/index.js';
import { OPEN_STATUSES, type Ticket } from '../tickets/index.js';
import { foldAnswer, sentencesOf, type IntakeState } from './intake/index.js';
import type { BotServices } from './services.js';
import { isUnitWide, locationIdsOfUnit, mayFollowTicket, staysItsReporters } from './ticket-followers.js';

/** Kinds of problem whose system every unit shares, whatever the device named: the telephone exchange. */
const SHARED_SYSTEMS: ReadonlySet<string> = new Set(['phone']);
/** How recent another unit's outage must be to be the same one: a unit's phones down since last week are their own. */
const SHARED_SYSTEM_WINDOW_MS = 4 * 60 * 60 * 1000;

/**
 * The open ticket already about the same unit-wide problem, when a new report would only repeat it: the
 * morning the patient record fails for a whole unit, the tenth nurse to write is told the ticket exists and her
 * words go on it. Same kind of problem, placed in the same unit, both unit-wide or more, and the same
 * application when the new report names one.
 */
export async function knownOutage(
  services: Pick<BotServices, 'directory' | 'tickets' | 'clock'>,
  user: DirectoryUser,
  intake: IntakeState,
  options: { asked?: boolean } = {},
): Promise<KnownOutage | undefined> {
  // Asked "c'est connu ?", the report is read as a problem of many (why else ask).
  if (intake.kind !== 'incident' || !intake.category || (!options.asked && !isUnitWide({ scope: intake.scope ?? 'single_user' }))) return undefined;
  const application = intake.asset?.kind === 'application' ? await services.directory.findAsset(intake.asset.tag) : undefined;
  const sameProblem = (ticket: Ticket) => ticket.kind === 'incident' && ticket.category === intake.category && (!application || ticket.assetId === application.id);
  const unitCode = intake.location?.unitCode ?? (await services.directory.locationOfUser(user.id))?.unitCode;
  if (unitCode) {
    const locationIds = await locationIdsOfUnit(services.directory, unitCode);
    // Asked "c'est connu ?", a colleague's ticket for a few of the unit ("ma collègue a essayé sur l'autre poste") counts too.
    const reach: Ticket['scope'][] = options.asked ? ['team', 'service', 'site'] : ['service', 'site'];
    const open = await services.tickets.list({ locationIds, scope: reach, status: [...OPEN_STATUSES], limit: 20 });
    const inTheUnit = open.find(sameProblem);
    if (inTheUnit) return { ticket: inTheUnit, reach: 'unit' };
  }
  // "le DPI rame depuis ce matin, ici aussi" from another unit than the one that opened the hospital-wide ticket.
  const hospitalWide = await services.tickets.list({ scope: ['site'], status: [...OPEN_STATUSES], limit: 20 });
  const same = hospitalWide.find((ticket) => sameProblem(ticket) && !staysItsReporters(ticket.category));
  if (same) return { ticket: same, reach: 'site' };
  // "plus aucun tél fixe en SSPI, les DECT non plus" and, an hour later, "les téléphones sont HS aux urgences": one
  // telephone exchange serves every unit, so a whole unit's phones down in two units is one outage.
  if (!application && SHARED_SYSTEMS.has(intake.category) && (options.asked || isUnitWide({ scope: intake.scope ?? 'single_user' }))) {
    const since = services.clock.now().getTime() - SHARED_SYSTEM_WINDOW_MS;
    const unitIds = unitCode ? await locationIdsOfUnit(services.directory, unitCode) : [];
    const elsewhere = await services.tickets.list({ scope: ['service'], status: [...OPEN_STATUSES], limit: 50 });
    const other = elsewhere.find(
      (ticket) => sameProblem(ticket) && ticket.locationId !== null && !unitIds.includes(ticket.locationId) && Date.parse(ticket.createdAt) >= since,
    );
    return other ? { ticket: other, reach: 'other_unit' } : undefined;
  }
  // "cristal net super lent en cardio depuis 8h" while neurology's ticket on the same application is open: one
  // outage across two units, not two tickets at two priorities. Only for an application named, or a system every unit
  // shares: a printer or a network fault in two units are two faults.
  if (!application || staysItsReporters(intake.category)) return undefined;
  const elsewhere = await services.tickets.list({ assetId: application.id, scope: ['service'], status: [...OPEN_STATUSES], limit: 20 });
  const unitIds = unitCode ? await locationIdsOfUnit(services.directory, unitCode) : [];
  const other = elsewhere.find((ticket) => sameProblem(ticket) && ticket.locationId !== null && !unitIds.includes(ticket.locationId));
  return other ? { ticket: other, reach: 'other_unit' } : undefined;
}

/**
 * A ticket already open for a problem of many: the unit's own, one that spans the hospital, or another unit's on the
 * same application (which then spans several units).
 */
export interface KnownOutage {
  ticket: Ticket;
  reach: 'unit' | 'site' | 'other_unit';
}

/** What the user is told of the ticket found: the unit's, the hospital's, or another unit's now shared. */
export function knownOutageMessage(outage: Pick<KnownOutage, 'reach'>): 'outage.known' | 'outage.known_site' | 'outage.known_elsewhere' {
  if (outage.reach === 'other_unit') return 'outage.known_elsewhere';
  return outage.reach === 'site' ? 'outage.known_site' : 'outage.known';
}

/**
 * Another unit's outage reported again from here: it spans several units now, so the ticket becomes the hospital's
 * (scope site, priority by the rule), audited with the words and the unit that told it.
 */
export async function widenToSeveralUnits(
  services: Pick<BotServices, 'directory' | 'tickets'>,
  user: DirectoryUser,
  ticket: Ticket,
  words: string,
): Promise<Ticket> {
  if (ticket.scope === 'site') return ticket;
  const unit = (await services.directory.locationOfUser(user.id))?.unitCode ?? 'another unit';
  return services.tickets.reassess(ticket.number, { scope: 'site' }, { by: user.email, kind: 'user' }, `the same problem reported from ${unit}: ${words}`);
}

/**
 * "c'est connu ?", "vous êtes au courant ?", "is this a known issue?", "vous avez d'autres signalements ?", "is anyone
 * else reporting this?": whether the problem is already reported.
 */
const ASKS_IF_KNOWN =
  /\b((un |une )?(probleme|incident|panne|souci|bug|coupure) (connu|connue|deja connu|deja connue|en cours)|(est|sont) (deja )?(connu|connue|connus|signale|signalee|signales)|(un |deja un |a )?(ticket|incident) (en cours|deja ouvert|ouvert|open|already)|c est connu|est ce connu|c est deja connu|(vous etes|vous etiez|etes vous|tu es|on est) au courant|deja (signale|remonte|declare)\w*|quelqu un (l )?a (deja )?(signale|remonte|declare)|(is|was) (this|it|that) (a )?known|known (issue|problem|outage)|(are|were) you aware|already (reported|known)|has (anyone|someone|somebody) (already )?reported|d autres (signalements?|remontees?|declarations?|appels|plaintes)|d autres (gens|personnes|collegues|services|unites) (qui|ont|l ont)|quelqu un d autre (a|qui|l a)|(je suis|on est|suis je|sommes nous) (la |le |les )?seule?s? (a|dans ce cas|concernee?s?)|(anyone|anybody|someone|somebody) else (reporting|reported|report|having|had|seeing|complain\w*|called|with)|other (reports|people reporting|complaints|units reporting)|am i the only one|is it just (me|us))\b/;

/** "est-ce que…", "y a-t-il…", "has anyone…": a question without its question mark. */
const ASKING_OPENER = /^(est ce|y a t il|y a t il|vous avez|avez vous|is|are|has|have|was|were|do|does|did)\b/;

/** Asked, not told: "la panne c'est déjà signalé (la brother)" says it was reported. */
export function asksIfKnown(text: string): boolean {
  return sentencesOf(text).some((sentence) => {
    const folded = foldAnswer(sentence);
    return ASKS_IF_KNOWN.test(folded) && (sentence.includes('?') || ASKING_OPENER.test(folded));
  });
}

/** "ma collegue caroline a deja appelé pour ca je crois", "someone already called it in": told it was reported. */
const TOLD_REPORTED =
  /\b(ma|mon|une|un|la|le|notre) (collegue|cadre|voisine?|binome|interne|chef|cheffe|ide|secretaire)\b.{0,30}\b(a|l a|ont|l ont) (deja |surement |peut etre )?(appele|appelee|telephone|signale|remonte|declare|fait (un|le) ticket|ouvert (un|le) ticket)\b|\b(someone|somebody|my colleague|a colleague|the charge nurse|my manager)\b.{0,20}\b(already |probably )?(called|phoned|reported|logged|raised|rang)\b/;

export function toldAlreadyReported(text: string): boolean {
  return TOLD_REPORTED.test(foldAnswer(text));
}

/**
 * The open incident already about the device a new report names, when the user may follow it: the nurse who writes
 * about the pump of box 3 an hour after her colleague is told of her colleague's ticket, and her words go on it.
 * Not for an application (many problems share one) nor when the user asked for a separate ticket.
 */
export async function openTicketOnDevice(services: Pick<BotServices, 'directory' | 'tickets'>, user: DirectoryUser, intake: IntakeState): Promise<Ticket | undefined> {
  if (intake.kind !== 'incident' || intake.separateTicket || !intake.asset || intake.asset.kind === 'application') return undefined;
  const asset = await services.directory.findAsset(intake.asset.tag);
  if (!asset) return undefined;
  const open = await services.tickets.list({ assetId: asset.id, status: [...OPEN_STATUSES], limit: 5 });
  for (const ticket of open) if (ticket.kind === 'incident' && (await mayFollowTicket(services.directory, ticket, user))) return ticket;
  return undefined;
}

/** "c'est un autre problème", "nouveau ticket", "not the same thing": the known ticket is not theirs, a new one is wanted. */
const ANOTHER_PROBLEM =
  /\b(autre (probleme|souci|chose|panne)|pas (le meme|la meme chose|pareil|ce probleme)|nouveau ticket|nouvel incident|nouvelle demande|un autre ticket|ouvr\w* (un )?(nouveau |autre )?ticket|(another|different|new|separate|second) (problem|issue|ticket|incident|thing)|another thing|other thing|(2|two|deux) (different|separate) (things|problems|issues)|(2|deux) (choses|problemes) differente?s|open a (new |separate |second )?ticket for|is separate|not the same|rien a voir avec|nothing to do with)\b/;

export function saysAnotherProblem(text: string): boolean {
  return ANOTHER_PROBLEM.test(foldAnswer(text));
}
