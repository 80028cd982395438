import type { Runtime } from '../../src/app/runtime.js';
import type { Category, Language, Scope, Urgency } from '../../src/triage/index.js';

export interface EarlierTicket {
  requester: string;
  title: string;
  category?: Category;
  scope?: Scope;
  urgency?: Urgency;
  care?: boolean;
  language?: Language;
}

/** A ticket the requester opened earlier, in another conversation: the state a "where is my ticket?" starts from. */
export async function openEarlierTicket(runtime: Runtime, earlier: EarlierTicket) {
  const { ticket } = await runtime.services.tickets.create({
    requester: earlier.requester,
    category: earlier.category ?? 'printer',
    scope: earlier.scope ?? 'team',
    urgency: earlier.urgency ?? 'medium',
    patient_care_impact: earlier.care ?? false,
    title: earlier.title,
    description: earlier.title,
    language: earlier.language ?? 'fr',
    source: { channel: 'teams', conversation_id: 'a:1earlier-conversation', activity_id: `earlier-${earlier.requester}-${earlier.title}` },
    created_by_kind: 'user',
  });
  return ticket;
}
