import type { Ticket } from '../tickets/index.js';
import type { Language } from '../triage/index.js';
import { t } from './messages/index.js';
import type { BotServices } from './services.js';

/**
 * What comes next for a ticket, in words: its first response due (or late), else its resolution due; '' when no
 * contract covers it or its deadlines cannot be told. `separator` goes before the words when there are some.
 *
 * @example
 * await ticketNextStep(services, ticket, 'fr', '\n') // "\nPrise en charge prévue : demain à 9 h 00 ; résolution visée : …"
 */
export async function ticketNextStep(services: Pick<BotServices, 'deadlines' | 'logger'>, ticket: Ticket, lang: Language, separator: string): Promise<string> {
  const deadlines = await ticketDeadlines(services, ticket, lang);
  if (!deadlines?.response) return '';
  const key = deadlines.response === 'late' ? 'status.respond_late' : deadlines.response === 'awaited' ? 'status.respond_due' : 'status.resolve_due';
  return separator + t(lang, key, { respond: deadlines.respond, resolve: deadlines.resolve });
}

/** The ticket's deadlines in words; undefined (and logged) when they cannot be told, undefined when no contract covers it. */
export async function ticketDeadlines(services: Pick<BotServices, 'deadlines' | 'logger'>, ticket: Ticket, lang: Language) {
  return services.deadlines?.describe(ticket, lang).catch((error: unknown) => {
    services.logger.error({ err: error, ticket: ticket.number }, 'could not tell the deadlines of a ticket');
    return undefined;
  });
}
