import { DateTime } from 'luxon';
import type { DirectoryUser } from '../directory/index.js';
import type { Reassessment, Ticket } from '../tickets/index.js';
import type { Language } from '../triage/index.js';
import { foldAnswer } from './intake/answers.js';
import { momentInWords, momentNeeded } from './intake/needed-at.js';
import { t } from './messages/index.js';
import { fieldsInWords } from './priority-of-ticket.js';
import type { BotServices } from './services.js';

const ZONE = 'Europe/Paris';

/**
 * The requester objects to how long their ticket may take: "jeudi 10?? je vous ai dit aujourd'hui", "à 15h j'ai plus
 * de poste pour valider", "vous pouvez passer le INC-… en urgent ?". `neededAt` is the moment the words say it is
 * needed by, when they say one.
 */
export interface DeadlineObjection {
  neededAt?: Date;
  /** Needed today, with no time said ("je vous ai dit aujourd'hui"). */
  neededToday: boolean;
}

/** "jeudi 10??", "Thursday??", "demain ??": the day shown, echoed in disbelief. */
const DAY_ECHOED = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b[^?\n]{0,12}\?{2,}/i;

/** "je vous ai dit aujourd'hui", "I told you today", "faut que ce soit réglé aujourd'hui", "c'est trop tard". */
const NEEDED_SOONER =
  /\b((je (vous|te) (l )?ai (dit|ecrit|precise)|j ai dit|i (told you|said|wrote)) (que |c est |it s |its |it was )?(pour )?(aujourd hui|today|ce (matin|midi|soir)|tonight|this (morning|afternoon))|trop tard|too late|(faut|il faut|doit|must|need|needs|has to) (que |qu )?(ce |ca |it |this )?(soit |be )?(regle|repare|resolu|fixed|sorted|done|solved) (aujourd hui|today|ce soir|tonight|avant ce soir))\b/;

/** "à 15h j'ai plus de poste", "at 3pm I won't have a workstation", "by 3pm I can't validate": when the way round ends. */
const WAY_ROUND_ENDS = /\b(a|at|des|from|by|vers|around)\s+(\d{1,2}) ?(?:h|heures?|:(\d{2}))? ?(?:(\d{2})\b)? ?(am|pm)?\b(?=.{0,12}\b(j ai plus|je n ai plus|je peux plus|je ne peux plus|on a plus|on peut plus|plus de (poste|pc)|i won t|i will not|i can t|i cannot|i ll lose|i lose|i no longer|we won t|we can t|no more)\b)/;

/** "vous pouvez passer le INC-2026-000009 en urgent ?", "can you make INC-… urgent?", "mettez-le en urgence". */
const ASKS_URGENT = /\b(passer|passez|mettre|mettez|make|mark|set|put)\b.{0,40}?\b(en urgent|en urgence|en urgente|urgent|as urgent|to urgent|to high|en haute)\b/;
const TICKET_NAMED = /\b(inc|req) ?-?\d{4}/;
const NOT_URGENT = /\b(pas|plus|moins|not|no longer|less) (urgent|urgente)\b/;

/** What the words object to in the ticket's deadline; undefined when they do not. */
export function deadlineObjected(text: string, now: Date): DeadlineObjection | undefined {
  const folded = foldAnswer(text);
  if (NOT_URGENT.test(folded)) return undefined;
  const endsAt = WAY_ROUND_ENDS.exec(folded);
  const neededAt = momentNeeded(text, now) ?? (endsAt ? momentToday(endsAt, now) : undefined);
  // "passez-le en urgence" alone is the requester's word on how soon, taken as such elsewhere; with a ticket named or a
  // moment needed, it objects to the deadline.
  const asksUrgent = ASKS_URGENT.test(folded) && (TICKET_NAMED.test(folded) || neededAt !== undefined);
  const objects = DAY_ECHOED.test(text) || NEEDED_SOONER.test(folded) || asksUrgent || endsAt !== null;
  if (!objects) return undefined;
  return { ...(neededAt ? { neededAt } : {}), neededToday: !neededAt && /\b(aujourd hui|today|ce soir|tonight)\b/.test(folded) };
}

function momentToday(found: RegExpExecArray, now: Date): Date | undefined {
  const pm = found[5] === 'pm';
  const hour = (Number(found[2]) % (found[5] ? 12 : 24)) + (pm ? 12 : 0);
  const minute = Number(found[3] ?? found[4] ?? 0);
  if (hour > 23 || minute > 59) return undefined;
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  const moment = local.startOf('day').set({ hour, minute });
  return (moment <= local ? moment.plus({ days: 1 }) : moment).toJSDate();
}

export interface DeadlineAnswer {
  reply: string;
  /** The contract's resolution still falls after the moment needed: a technician must see what can be done sooner. */
  stillLate: boolean;
}

/**
 * The requester's objection to their ticket's deadline, taken: the words go on the ticket, its urgency becomes high
 * with whatever else they weigh more (`alsoRaised`: care held up, a wider reach), the priority follows by the rule
 * from all its fields, and the reply says the moment needed, the new priority and resolution target.
 * Undefined when the ticket did not take the words.
 */
export async function urgencyRaisedForDeadline(
  services: Pick<BotServices, 'tickets' | 'handoff' | 'deadlines' | 'clock'>,
  requester: DirectoryUser,
  ticket: Ticket,
  text: string,
  objection: DeadlineObjection,
  lang: Language,
  alsoRaised?: Reassessment,
): Promise<DeadlineAnswer | undefined> {
  if (!(await services.handoff?.addToTicket(requester, ticket.number, text))) return undefined;
  const now = services.clock.now();
  const needed = objection.neededAt ? momentInWords(objection.neededAt, now, lang) : t(lang, objection.neededToday ? 'deadline.needed_today' : 'deadline.needed_sooner');
  // The urgency is made high here whatever the words said of it; care held up or a wider reach come with it.
  const { urgency: _urgency, ...besides } = alsoRaised ?? {};
  const weighsMore = Object.keys(besides).length > 0;
  const raised = ticket.urgency === 'high' && !weighsMore
    ? ticket
    : await services.tickets.reassess(ticket.number, { ...besides, urgency: 'high' }, { by: requester.email, kind: 'user' }, `the requester needs it by ${objection.neededAt?.toISOString() ?? (objection.neededToday ? 'today' : 'sooner')}: ${text}`);
  const deadlines = await services.deadlines?.describe(raised, lang).catch(() => undefined);
  const resolve = deadlines?.resolve ?? t(lang, 'deadline.resolve_unknown');
  // "ça retarde les soins maintenant" besides: said with the urgency, the priority following from both.
  const also = weighsMore ? fieldsInWords(besides, lang) : '';
  const lines = [
    raised === ticket
      ? t(lang, 'deadline.already_high', { number: ticket.number, needed, priority: ticket.priority, resolve })
      : also
        ? t(lang, 'deadline.raised_with', { number: ticket.number, needed, changes: also, from: ticket.priority, to: raised.priority, resolve })
        : t(lang, 'deadline.raised', { number: ticket.number, needed, from: ticket.priority, to: raised.priority, resolve }),
  ];
  const stillLate = resolvedTooLate(deadlines?.resolveDay, objection, now);
  if (stillLate) lines.push(t(lang, 'deadline.still_late', { needed }));
  return { reply: lines.join('\n\n'), stillLate };
}

/** Whether the day the resolution is due comes after the moment needed (a day only is known of the resolution). */
function resolvedTooLate(resolveDay: string | undefined, objection: DeadlineObjection, now: Date): boolean {
  if (!resolveDay) return true;
  const neededDay = DateTime.fromJSDate(objection.neededAt ?? now, { zone: ZONE }).toISODate();
  return neededDay === null || resolveDay >= neededDay;
}
