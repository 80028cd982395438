import { teamNameFor, type DirectoryUser } from '../directory/index.js';
import { isOpen, type Ticket } from '../tickets/index.js';
import type { Language, Scope, Urgency } from '../triage/index.js';
import { t, type MessageKey } from './messages/index.js';
import { priorityMeaningAsked } from './priority-question.js';
import type { BotServices } from './services.js';
import { minutesInWords } from './sla-targets-question.js';
import { mayFollowTicket } from './ticket-followers.js';
import { ticketDeadlines } from './ticket-next-step.js';

type Services = Pick<BotServices, 'tickets' | 'directory' | 'deadlines' | 'logger'>;

/**
 * "P4 ça veut dire quoi ?", "pourquoi P4 ?", "what does P3 mean?" once a ticket is open (just created, or just looked
 * at): what the priority means, why this ticket has its own (who is affected, how urgent, whether care is held up, as
 * recorded), its times under the contract of its team and when it is due, and how to have it changed. Undefined when
 * the words are not that question alone (news told with it weighs on the ticket elsewhere), or the ticket is not one
 * the user may follow.
 *
 * ```ts
 * const reply = await priorityOfTicketAnswer(services, user, 'INC-2026-000012', 'pourquoi P4 ?', 'fr');
 * ```
 */
export async function priorityOfTicketAnswer(services: Services, user: DirectoryUser, number: string, text: string, lang: Language): Promise<string | undefined> {
  const asked = priorityMeaningAsked(text);
  if (!asked?.alone) return undefined;
  const ticket = await services.tickets.find(number);
  if (!ticket || !isOpen(ticket.status) || !(await mayFollowTicket(services.directory, ticket, user))) return undefined;
  const lines = [t(lang, `priority.meaning.${asked.priority}`)];
  if (asked.priority !== ticket.priority) lines.push(t(lang, `priority.meaning.${ticket.priority}`));
  // A medical device or a security threat with care at stake is a P1 whoever it reaches: its kind is part of the why.
  const kind = ticket.category === 'biomedical' || ticket.category === 'security' ? `${t(lang, 'summary.category').toLowerCase()}${lang === 'fr' ? ' : ' : ': '}${t(lang, `category.${ticket.category}`)}, ` : '';
  lines.push(t(lang, 'priority.ticket_why', { number: ticket.number, priority: ticket.priority, fields: kind + fieldsInWords(ticket, lang) }));
  const times = await timesOf(services, ticket, lang);
  if (times) lines.push(times);
  lines.push(t(lang, 'priority.change_how'));
  return lines.join('\n\n');
}

/** The contract's times for the ticket's team at its priority, and when it is due. */
async function timesOf(services: Services, ticket: Ticket, lang: Language): Promise<string | undefined> {
  const team = teamNameFor(await services.directory.findSupportTeam(ticket.team), ticket.team, lang);
  const targets = services.deadlines?.targetsOf?.(ticket.team)?.[ticket.priority];
  const due = await ticketDeadlines(services, ticket, lang);
  const parts: string[] = [];
  if (targets) {
    parts.push(t(lang, 'priority.ticket_times', {
      team,
      priority: ticket.priority,
      respond: minutesInWords(targets.respondMinutes),
      resolve: minutesInWords(targets.resolveMinutes),
      hours: targets.allHours ? '' : t(lang, 'sla.targets_working_hours'),
    }));
  }
  if (due) parts.push(t(lang, due.response === 'given' ? 'status.resolve_due' : 'status.respond_due', { respond: due.respond, resolve: due.resolve }));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** "personnes touchées : une personne, soins impactés : non, urgence : basse", in the summary's words. */
export function fieldsInWords(fields: { scope?: Scope; patientCareImpact?: boolean; urgency?: Urgency }, lang: Language): string {
  const parts: string[] = [];
  const colon = lang === 'fr' ? ' : ' : ': ';
  if (fields.scope) parts.push(`${t(lang, 'summary.scope').toLowerCase()}${colon}${t(lang, `scope.${fields.scope}` as MessageKey)}`);
  if (fields.patientCareImpact !== undefined) parts.push(`${t(lang, 'summary.patient_care').toLowerCase()}${colon}${t(lang, fields.patientCareImpact ? 'summary.yes' : 'summary.no')}`);
  if (fields.urgency) parts.push(`${t(lang, 'summary.urgency').toLowerCase()}${colon}${t(lang, `urgency.${fields.urgency}` as MessageKey)}`);
  return parts.join(', ');
}
