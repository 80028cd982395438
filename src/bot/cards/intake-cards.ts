import type { Attachment } from 'botbuilder';
import type { Ticket } from '../../tickets/index.js';
import { assess, type Priority } from '../../triage/index.js';
import { describePlace, detailsAdded, roomNotStored, ticketPlace, type IntakeState } from '../intake/index.js';
import { t, type MessageKey } from '../messages/index.js';
import { card, factSet, submitAction, textBlock } from './adaptive.js';

/** The summary shown before a ticket is created: what the bot understood, and the buttons to confirm. */
export function summaryCard(state: IntakeState): Attachment {
  const { lang } = state;
  const none = t(lang, 'summary.none');
  // A request shows what was asked first, then the details given; an incident, the problem in the person's own words,
  // as the ticket keeps them (the device and place corrected since are the facts below).
  const facts: Array<[string, string]> = state.kind === 'request' ? requestFacts(state) : [[t(lang, 'summary.what'), state.text]];
  const details = [state.retold, ...detailsAdded(state)].filter(Boolean).join(' / ');
  if (details) facts.push([t(lang, 'summary.detail'), details]);
  if (state.requesterName) facts.push([t(lang, 'summary.requester'), state.requesterName]);
  if (state.kind === 'incident') {
    facts.push([t(lang, 'summary.category'), state.category ? t(lang, `category.${state.category}` as MessageKey) : none]);
    facts.push([t(lang, 'summary.asset'), state.asset ? state.asset.tag : none]);
    const place = ticketPlace(state);
    facts.push([t(lang, 'summary.location'), place ? placeText(state, place) : state.awayFromSite ? t(lang, 'summary.away') : none]);
    facts.push([t(lang, 'summary.scope'), state.scope ? t(lang, `scope.${state.scope}` as MessageKey) : none]);
    facts.push([t(lang, 'summary.patient_care'), t(lang, state.patientCareImpact ? 'summary.yes' : 'summary.no')]);
  }
  facts.push([t(lang, 'summary.urgency'), state.urgency ? t(lang, `urgency.${state.urgency}` as MessageKey) : none]);
  const priority = estimatedPriority(state);
  if (priority) facts.push([t(lang, 'summary.priority'), priority]);
  return card(
    [
      textBlock(t(lang, 'summary.title', { kind: t(lang, `summary.kind.${state.kind}` as MessageKey) }), { weight: 'Bolder', size: 'Medium' }),
      factSet(facts),
    ],
    [
      submitAction(t(lang, 'choice.create'), { intake: 'create' }, 'positive'),
      submitAction(t(lang, 'choice.change'), { intake: 'change' }),
      submitAction(t(lang, 'choice.cancel'), { intake: 'cancel' }, 'destructive'),
    ],
  );
}

/** What is asked ("Un accès (application, dossier partagé…)"), the message, then the details given. */
function requestFacts(state: IntakeState): Array<[string, string]> {
  const { lang } = state;
  const facts: Array<[string, string]> = [];
  if (state.requestType && state.requestType !== 'other') facts.push([t(lang, 'summary.request'), t(lang, `choice.request.${state.requestType}` as MessageKey)]);
  // A request is no problem: the person's own words, under their own label.
  facts.push([t(lang, 'summary.request_words'), state.text]);
  if (state.requestDetail) facts.push([t(lang, 'summary.detail'), state.requestDetail]);
  if (state.asset) facts.push([t(lang, 'summary.asset'), state.asset.tag]);
  // Where the request is carried out (the unit named, else the requester's office), so it can be corrected.
  const place = ticketPlace(state);
  if (place) facts.push([t(lang, 'summary.location'), placeText(state, place)]);
  if (state.neededBy) facts.push([t(lang, 'summary.needed_by'), state.neededBy]);
  // Said to be for more than one person, the request weighs more: shown so it can be corrected.
  if (state.scope && state.scope !== 'single_user') facts.push([t(lang, 'summary.scope'), t(lang, `scope.${state.scope}` as MessageKey)]);
  return facts;
}

function placeText(state: IntakeState, place: NonNullable<IntakeState['location']>): string {
  const { unit, building, floor } = describePlace(place);
  const where = state.lang === 'fr' ? `${unit}, bâtiment ${building}, étage ${floor}` : `${unit}, building ${building}, floor ${floor}`;
  const room = place.room ? `${where}, ${place.room}` : where;
  // A room said that the directory does not list ("salle 5"): shown with the place the ticket stores.
  const said = roomNotStored(state);
  return said ? `${room} (${said})` : room;
}

export function estimatedPriority(state: IntakeState): Priority | undefined {
  const category = state.kind === 'request' ? 'request' : state.category;
  if (!category || !state.urgency) return undefined;
  return assess({
    category,
    scope: state.scope ?? 'single_user',
    urgency: state.urgency,
    patient_care_impact: state.patientCareImpact ?? false,
  }).priority;
}

/** The confirmation of a new ticket: number, priority, team and, when known, the SLA deadlines. */
export function ticketCreatedCard(
  ticket: Ticket,
  teamName: string,
  deadlines: { respond: string; resolve: string } | undefined,
): Attachment {
  const lang = ticket.language;
  const facts: Array<[string, string]> = [
    [t(lang, 'created.priority'), ticket.priority],
    [t(lang, 'created.team'), teamName],
  ];
  if (deadlines) {
    facts.push([t(lang, 'created.respond_by'), deadlines.respond]);
    facts.push([t(lang, 'created.resolve_by'), deadlines.resolve]);
  }
  return card([
    textBlock(t(lang, 'created.title', { number: ticket.number }), { weight: 'Bolder', size: 'Medium', color: ticket.priority === 'P1' ? 'Attention' : 'Default' }),
    textBlock(ticket.title, { isSubtle: true }),
    factSet(facts),
  ]);
}
