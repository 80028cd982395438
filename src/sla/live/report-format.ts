import type { Attachment } from 'botbuilder';
import { DateTime } from 'luxon';
import { card, factSet, textBlock } from '../../bot/cards/index.js';
import { t } from '../../bot/messages/index.js';
import type { Language } from '../../triage/index.js';
import { formatDuration } from '../clocks/index.js';
import type { ClockStats, MonthReport } from './report.js';
import { DISPLAY_ZONE } from './words.js';

const time = (ms: number | null) => (ms === null ? '-' : formatDuration(Math.round(ms / 60_000) * 60_000));
const counts = (s: ClockStats) => `${s.met} met, ${s.breached} breached${s.open ? `, ${s.open} open` : ''}; median ${time(s.median_ms)}, p90 ${time(s.p90_ms)}`;

/** The report as lines of text for a terminal. */
export function reportText(report: MonthReport): string {
  const lines = [`SLA report ${report.month}: ${report.tickets} tickets (${report.cancelled} cancelled, left out), as of ${report.as_of}`, `Rule: ${report.rule}`, ''];
  for (const g of report.groups) {
    lines.push(`${g.contract_id} ${g.priority}: ${g.tickets} tickets`);
    lines.push(`  response:   ${counts(g.response)}`);
    lines.push(`  resolution: ${counts(g.resolution)}`);
    if (g.penalty_eur > 0) lines.push(`  penalties:  ${g.penalty_eur.toFixed(2)} EUR (per-ticket caps applied)`);
  }
  lines.push('', 'Penalties of the month (per-ticket caps, then monthly cap):');
  for (const c of report.contracts) {
    lines.push(`  ${c.contract_id} (${c.provider}): ${c.penalty.total_eur.toFixed(2)} EUR${c.penalty.capped ? ` (capped; ${c.penalty.uncapped_eur.toFixed(2)} EUR before the cap)` : ''}`);
  }
  if (report.worst.length) {
    lines.push('', 'Worst tickets:');
    for (const w of report.worst) lines.push(`  ${w.number} ${w.contract_id} ${w.priority} ${w.status}: late ${time(w.late_ms)}, penalty ${w.penalty_eur.toFixed(2)} EUR`);
  }
  return lines.join('\n') + '\n';
}

/** The report as an Adaptive Card for a manager in Teams, in their language. */
export function reportCard(report: MonthReport, lang: Language): Attachment {
  const month = DateTime.fromISO(`${report.month}-01`, { zone: DISPLAY_ZONE }).setLocale(lang === 'fr' ? 'fr' : 'en-GB').toFormat('LLLL yyyy');
  const asOf = DateTime.fromISO(report.as_of, { zone: DISPLAY_ZONE }).setLocale(lang === 'fr' ? 'fr' : 'en-GB').toFormat('d LLLL yyyy HH:mm');
  const body = [
    textBlock(t(lang, 'sla.report.title', { month }), { weight: 'Bolder', size: 'Medium' }),
    textBlock(t(lang, 'sla.report.scope', { month, asOf }), { isSubtle: true, size: 'Small' }),
  ];
  if (report.groups.length === 0) return card([...body, textBlock(t(lang, 'sla.report.none', { month }))]);
  for (const g of report.groups) {
    body.push(textBlock(t(lang, 'sla.report.line', {
      contract: g.contract_name, priority: g.priority, tickets: g.tickets,
      respMet: g.response.met, respBreached: g.response.breached, resMet: g.resolution.met, resBreached: g.resolution.breached,
    }), { spacing: 'Small' }));
  }
  const penalties = report.contracts.filter((c) => c.penalty.uncapped_eur > 0);
  if (penalties.length) {
    body.push(factSet(penalties.map((c) => [
      c.contract_name,
      t(lang, 'sla.report.penalty', {
        contract: c.contract_id,
        total: c.penalty.total_eur.toFixed(2),
        capped: c.penalty.capped ? t(lang, 'sla.report.capped', { uncapped: c.penalty.uncapped_eur.toFixed(2) }) : '',
      }),
    ])));
  }
  if (report.worst.length) {
    body.push(textBlock(t(lang, 'sla.report.worst', { list: report.worst.slice(0, 5).map((w) => `${w.number} (${w.penalty_eur.toFixed(2)} EUR)`).join(', ') }), { spacing: 'Medium' }));
  }
  return card(body);
}
