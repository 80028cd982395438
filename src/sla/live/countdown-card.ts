import type { Attachment } from 'botbuilder';
import { card, factSet, textBlock, type CardElement } from '../../bot/cards/index.js';
import type { Ticket } from '../../tickets/index.js';
import type { Language } from '../../triage/index.js';
import type { Clock, TicketClocks } from '../clocks/index.js';
import { durationInWords, MINUTE_MS, textBar, whenInWords } from './words.js';

/** What a countdown card shows besides the ticket and its clocks (looked up by the sender). */
export interface CardContext {
  teamName: string;
  /** "Urgences, bâtiment A, étage 0", or null when the ticket has no place. */
  location: string | null;
  /** Care is blocked or delayed, or the device is a clinical one. */
  clinical: boolean;
  now: Date;
  lang?: Language;
}

const WORDS = {
  fr: {
    response: 'Prise en charge',
    resolution: 'Résolution',
    location: 'Lieu',
    clinical: 'Soins',
    clinicalYes: '⚕ soins patients impactés',
    clinicalNo: 'non impactés',
    status: 'Statut',
    assignee: 'Assigné à',
    nobody: 'personne',
    contract: 'Contrat',
    remaining: (left: string, due: string) => `reste ${left} (échéance ${due})`,
    paused: 'en pause : le demandeur doit répondre',
    met: (at: string) => `respecté (${at})`,
    late: (late: string) => `DÉPASSÉ de ${late}`,
    updated: (at: string) => `Mis à jour ${at}`,
    transferred: (number: string, team: string) => `${number} a été transféré à ${team} : ce suivi s'arrête ici.`,
    statuses: { new: 'nouveau', assigned: 'attribué', in_progress: 'en cours', waiting_user: 'en attente du demandeur', resolved: 'résolu', closed: 'clos', cancelled: 'annulé' },
  },
  en: {
    response: 'Response',
    resolution: 'Resolution',
    location: 'Location',
    clinical: 'Care',
    clinicalYes: '⚕ patient care affected',
    clinicalNo: 'not affected',
    status: 'Status',
    assignee: 'Assigned to',
    nobody: 'nobody',
    contract: 'Contract',
    remaining: (left: string, due: string) => `${left} left (due ${due})`,
    paused: 'paused: waiting for the requester',
    met: (at: string) => `met (${at})`,
    late: (late: string) => `BREACHED by ${late}`,
    updated: (at: string) => `Updated ${at}`,
    transferred: (number: string, team: string) => `${number} was handed to ${team}: this countdown stops here.`,
    statuses: { new: 'new', assigned: 'assigned', in_progress: 'in progress', waiting_user: 'waiting for the requester', resolved: 'resolved', closed: 'closed', cancelled: 'cancelled' },
  },
} as const;

/** Share of the target used, in percent (may exceed 100). */
export function percentUsed(clock: Clock): number {
  return (clock.elapsed_ms / (clock.target_minutes * MINUTE_MS)) * 100;
}

/** Colour of a clock's line: red once late, orange from 75 %, green when met. */
function colour(clock: Clock): string {
  if (clock.state === 'breached') return 'Attention';
  if (clock.state === 'met') return 'Good';
  return percentUsed(clock) >= 75 ? 'Warning' : 'Default';
}

/** One clock's line in words and its bar: "Résolution : reste 2 h 10 min (échéance aujourd'hui à 16 h 00)". */
export function clockLine(clock: Clock, now: Date, lang: Language = 'fr'): { text: string; bar: string } {
  const w = WORDS[lang];
  let state: string;
  if (clock.state === 'breached') state = w.late(durationInWords(clock.late_ms, lang));
  else if (clock.state === 'met') state = w.met(whenInWords(clock.stopped_at!, now, lang));
  else if (clock.state === 'paused' || clock.deadline === null) state = w.paused;
  else state = w.remaining(durationInWords(clock.remaining_ms, lang), whenInWords(clock.deadline, now, lang));
  return { text: `${w[clock.kind]}${lang === 'fr' ? ' : ' : ': '}${state}`, bar: textBar(percentUsed(clock)) };
}

function clockBlock(clock: Clock, now: Date, lang: Language): CardElement {
  const line = clockLine(clock, now, lang);
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      textBlock(line.text, { weight: 'Bolder', color: colour(clock) }),
      textBlock(line.bar, { fontType: 'Monospace', color: colour(clock), spacing: 'None' }),
    ],
  };
}

/**
 * The countdown card of a ticket in its team's channel: priority, title, place, clinical flag,
 * status, and both clocks in words and as a bar. Posted once, then updated in place.
 */
export function countdownCard(ticket: Ticket, clocks: TicketClocks, context: CardContext): Attachment {
  const lang = context.lang ?? 'fr';
  const w = WORDS[lang];
  const urgent = ticket.priority === 'P1' || ticket.priority === 'P2';
  const header: CardElement = {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'auto', items: [textBlock(ticket.priority, { size: 'ExtraLarge', weight: 'Bolder', color: urgent ? 'Attention' : 'Accent' })] },
      {
        type: 'Column',
        width: 'stretch',
        verticalContentAlignment: 'Center',
        items: [
          textBlock(`${ticket.number} — ${ticket.title}`, { weight: 'Bolder', size: 'Medium' }),
          textBlock(`${context.teamName} · ${w.contract} ${clocks.response.contract.name}`, { isSubtle: true, spacing: 'None' }),
        ],
      },
    ],
  };
  const facts: Array<[string, string]> = [
    [w.status, w.statuses[ticket.status]],
    [w.clinical, context.clinical ? w.clinicalYes : w.clinicalNo],
  ];
  if (context.location) facts.unshift([w.location, context.location]);
  facts.push([w.assignee, ticket.assignee ?? w.nobody]);
  const body: CardElement[] = [header, factSet(facts)];
  // Once the response is met it matters less than the resolution: keep it, below.
  const order = clocks.response.state === 'met' ? [clocks.resolution, clocks.response] : [clocks.response, clocks.resolution];
  for (const clock of order) body.push(clockBlock(clock, context.now, lang));
  body.push(textBlock(w.updated(whenInWords(context.now, context.now, lang)), { isSubtle: true, size: 'Small' }));
  return card(body);
}

/** What the card in a previous team's channel becomes once the ticket changes team. */
export function transferredCard(ticket: Ticket, newTeamName: string, lang: Language = 'fr'): Attachment {
  return card([
    textBlock(`${ticket.priority} · ${ticket.number} — ${ticket.title}`, { weight: 'Bolder', isSubtle: true }),
    textBlock(WORDS[lang].transferred(ticket.number, newTeamName)),
  ]);
}
