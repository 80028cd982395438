import type { Attachment } from 'botbuilder';
import type { Language, Priority } from '../../triage/index.js';
import { card, factSet, submitAction, textBlock, type CardElement } from '../cards/index.js';
import { t, type MessageKey } from '../messages/index.js';
import type { HandoffReason } from './handoff-store.js';

/** Where a handoff card stands: waiting for an agent, taken, or over. */
export type HandoffCardStatus =
  | { kind: 'waiting' }
  | { kind: 'taken'; agent: string; time: string }
  | { kind: 'ended'; why: string; time: string };

/** Everything the agents' card shows, already redacted for the channel's audience. */
export interface HandoffCardView {
  lang: Language;
  handoffId: number;
  reason: HandoffReason;
  ticket: { number: string; title: string; priority: Priority };
  requester: { name: string; unit?: string; phone?: string };
  clinical: boolean;
  sla?: { respond: string; resolve: string };
  /** The user's latest messages, oldest first. */
  summary: string[];
  status: HandoffCardStatus;
}

/**
 * The card posted in the agents' channel when the bot hands a conversation over: who asks, for which
 * ticket, how urgent, what they said; and the "Take over" button while nobody has taken it.
 */
export function handoffCard(view: HandoffCardView): Attachment {
  const { lang } = view;
  const unknown = t(lang, 'agent.card_unknown');
  const facts: Array<[string, string]> = [
    [t(lang, 'agent.card_reason'), t(lang, `agent.reason.${view.reason}` as MessageKey)],
    [t(lang, 'agent.card_requester'), view.requester.name],
    [t(lang, 'agent.card_unit'), view.requester.unit ?? unknown],
    [t(lang, 'agent.card_phone'), view.requester.phone ?? unknown],
    [t(lang, 'agent.card_ticket'), view.ticket.number],
    [t(lang, 'agent.card_priority'), view.ticket.priority],
  ];
  if (view.clinical) facts.push([t(lang, 'agent.card_clinical'), t(lang, 'agent.card_clinical_yes')]);
  if (view.sla) facts.push([t(lang, 'agent.card_sla'), t(lang, 'agent.card_sla_value', view.sla)]);
  const body: CardElement[] = [
    textBlock(t(lang, 'agent.card_title', { number: view.ticket.number }), {
      weight: 'Bolder',
      size: 'Medium',
      color: view.ticket.priority === 'P1' || view.clinical ? 'Attention' : 'Default',
    }),
    textBlock(view.ticket.title, { isSubtle: true }),
    factSet(facts),
  ];
  if (view.summary.length) {
    body.push(textBlock(t(lang, 'agent.card_summary'), { weight: 'Bolder', spacing: 'Medium' }));
    body.push(textBlock(view.summary.map((line) => `- ${line}`).join('\n')));
  }
  body.push(textBlock(statusLine(lang, view.status), { weight: 'Bolder', color: view.status.kind === 'waiting' ? 'Warning' : 'Good' }));
  const actions = view.status.kind === 'waiting' ? [submitAction(t(lang, 'agent.card_take'), { handoff: 'take', id: view.handoffId }, 'positive')] : [];
  return card(body, actions);
}

function statusLine(lang: Language, status: HandoffCardStatus): string {
  switch (status.kind) {
    case 'waiting':
      return t(lang, 'agent.card_waiting');
    case 'taken':
      return t(lang, 'agent.card_taken', { agent: status.agent, time: status.time });
    case 'ended':
      return t(lang, 'agent.card_ended', { why: status.why, time: status.time });
  }
}

/** Asks the user to confirm an agent's resolution, with yes/no buttons. */
export function resolutionCard(lang: Language, number: string, agent: string, resolution: string): Attachment {
  return card(
    [textBlock(t(lang, 'handoff.resolve_ask', { agent, resolution }), { wrap: true })],
    [
      submitAction(t(lang, 'handoff.resolve_yes'), { handoff: 'confirm', ticket: number, answer: 'yes' }, 'positive'),
      submitAction(t(lang, 'handoff.resolve_no'), { handoff: 'confirm', ticket: number, answer: 'no' }),
    ],
  );
}
