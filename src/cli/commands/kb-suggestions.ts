import type { Store } from '../../db/index.js';
import { defaultRedactionPolicy, loadRedactionPolicy, redactForAudience, type RedactionPolicy } from '../../redaction/index.js';
import { toTicket } from '../../tickets/index.js';
import { parseOptions } from '../args.js';
import { usageError, type CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

const USAGE = 'triage kb-suggestions [--since YYYY-MM-DD] [--limit N] [--json]';

/** A fiche to write, drafted from how an agent resolved a ticket. */
export interface FicheDraft {
  ticket: string;
  lang: string;
  title: string;
  category: string;
  resolvedAt: string;
  resolvedBy: string;
  steps: string[];
}

export const command: CliCommand = {
  name: 'kb-suggestions',
  summary: 'draft fiches from resolved and closed tickets (their resolution becomes the steps)',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parseOptions(
      ctx.args,
      { since: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      USAGE,
    );
    if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"\nusage: ${USAGE}`);
    if (values.since && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) throw usageError(`--since takes a date such as 2026-11-01\nusage: ${USAGE}`);
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit takes a positive whole number\nusage: ${USAGE}`);
    return withStore(ctx, async (store, config) => {
      const policy = await loadRedactionPolicy(config.redactionConfigPath);
      const drafts = await ficheDrafts(store, { since: values.since, limit, policy });
      if (values.json) for (const draft of drafts) ctx.stdout.write(`${JSON.stringify(draft)}\n`);
      else ctx.stdout.write(drafts.map(renderDraft).join('\n'));
      ctx.stderr.write(`kb-suggestions: ${drafts.length} draft fiche(s)\n`);
      return 0;
    });
  },
};

/**
 * Drafts from resolved and closed tickets, newest resolution first: the ticket's title and category,
 * and the steps of the agent's resolution (the reason of its move to `resolved`). Nothing is stored;
 * patient data is masked as for any shared document.
 */
export async function ficheDrafts(
  store: Store,
  { since, limit = 50, policy = defaultRedactionPolicy }: { since?: string; limit?: number; policy?: RedactionPolicy } = {},
): Promise<FicheDraft[]> {
  let query = store.db
    .selectFrom('ticket_events')
    .innerJoin('tickets', 'tickets.id', 'ticket_events.ticket_id')
    .selectAll('tickets')
    .select(['ticket_events.id as event_id', 'ticket_events.at as event_at', 'ticket_events.actor as event_actor', 'ticket_events.data as event_data'])
    .where('ticket_events.kind', '=', 'status_changed')
    .where('tickets.status', 'in', ['resolved', 'closed']);
  if (since) query = query.where('ticket_events.at', '>=', since);
  const rows = await query.orderBy('ticket_events.id', 'desc').execute();
  const mask = (text: string) => redactForAudience(text, 'external', policy).text;
  const seen = new Set<number>();
  const drafts: FicheDraft[] = [];
  for (const row of rows) {
    if (drafts.length >= limit) break;
    const data = JSON.parse(row.event_data) as { to?: string; reason?: string };
    if (data.to !== 'resolved' || !data.reason?.trim() || seen.has(row.id)) continue;
    seen.add(row.id); // the latest resolution of a ticket wins
    const ticket = toTicket(row);
    drafts.push({
      ticket: ticket.number,
      lang: ticket.language,
      title: mask(ticket.title),
      category: ticket.category,
      resolvedAt: row.event_at,
      resolvedBy: row.event_actor,
      steps: resolutionSteps(mask(data.reason)),
    });
  }
  return drafts;
}

/** "redémarré le spooler ; puis réinstallé le pilote" → two steps, each starting with a capital. */
export function resolutionSteps(resolution: string): string[] {
  const lines = resolution.split(/\r?\n/).map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim()).filter(Boolean);
  const parts = lines.length > 1 ? lines : resolution.split(/\s*;\s*|(?<=[a-zà-ÿ0-9)])\.\s+|,?\s+(?:puis|ensuite|then)\s+/i);
  return parts
    .map((p) => p.trim().replace(/[.;]+$/, '').replace(/^(?:puis|ensuite|then|and then)\s+/i, ''))
    .filter((p) => p.length > 0)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}

/** A draft in the fiche format (front matter, then steps), to review before it joins knowledge/<lang>/. */
export function renderDraft(draft: FicheDraft): string {
  const heading = draft.lang === 'en' ? 'What to do' : 'Que faire';
  return [
    '---',
    `id: draft-${draft.ticket.toLowerCase()}`,
    `lang: ${draft.lang}`,
    `title: ${JSON.stringify(draft.title)}`,
    `category: ${draft.category}`,
    `source_ticket: ${draft.ticket}`,
    `resolved: ${draft.resolvedAt.slice(0, 10)} by ${draft.resolvedBy}`,
    'status: draft',
    '---',
    '',
    `## ${heading}`,
    ...draft.steps.map((step, i) => `${i + 1}. ${step}`),
    '',
  ].join('\n');
}
