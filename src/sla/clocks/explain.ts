import { DateTime } from 'luxon';
import { compileCalendar, HOUR, MINUTE, openMsBetween, WEEKDAYS, type CalendarSpec } from '../calendar/index.js';
import type { Clock } from './clock.js';

/** Zone used to show instants of a 24/7 calendar, which has none of its own. */
const DEFAULT_ZONE = 'Europe/Paris';

/** "26 h 05 min", "0 min", "1 h 00 min 12.5 s": exact, never rounded away. */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const seconds = (ms % MINUTE) / 1000;
  const main = hours > 0 ? `${hours} h ${String(minutes).padStart(2, '0')} min` : `${minutes} min`;
  return seconds > 0 ? `${main} ${seconds} s` : main;
}

/** "mon–fri 08:30–12:30, 13:30–17:30; French public holidays closed (Europe/Paris)" */
export function describeCalendar(spec: CalendarSpec): string {
  if (spec.kind === '24/7') return '24/7 (every hour counts)';
  const groups: { from: string; to: string; ranges: string }[] = [];
  for (const day of WEEKDAYS) {
    const ranges = (spec.hours[day] ?? []).join(', ').replaceAll('-', '–');
    const last = groups[groups.length - 1];
    if (last && last.ranges === ranges && ranges !== '') last.to = day;
    else if (ranges !== '') groups.push({ from: day, to: day, ranges });
  }
  const hours = groups.map((g) => `${g.from === g.to ? g.from : `${g.from}–${g.to}`} ${g.ranges}`).join('; ');
  const holidays = spec.holidays === 'FR' ? '; closed on French public holidays' : '';
  const closed = spec.closed_dates?.length ? `; closed on ${spec.closed_dates.join(', ')}` : '';
  return `${hours}${holidays}${closed} (${spec.timezone} local time)`;
}

/** Lines of text that explain a clock: contract, calendar, start, pauses, elapsed time, deadline, state. */
export function explain(clock: Clock): string[] {
  const zone = clock.calendar.spec.kind === '24/7' ? DEFAULT_ZONE : clock.calendar.spec.timezone;
  const when = (iso: string) =>
    `${DateTime.fromISO(iso, { zone }).setLocale('en-GB').toFormat('ccc d LLL yyyy HH:mm:ss.SSS')} ${zone} (${iso})`;
  const calendar = compileCalendar(clock.calendar.spec);
  const targetMs = clock.target_minutes * MINUTE;
  const title = clock.kind === 'response' ? 'Response' : 'Resolution';
  const percent = Math.floor((clock.elapsed_ms / targetMs) * 100);
  const lines = [
    `${title} clock: ${clock.state}`,
    `Contract: ${clock.contract.name} (${clock.contract.id}), provider ${clock.contract.provider}`,
    `Team: ${clock.team}, priority ${clock.priority}, target ${clock.target_minutes} min of open time (${formatDuration(targetMs)})`,
    `Calendar${clock.calendar.name ? ` "${clock.calendar.name}"` : ''}: ${describeCalendar(clock.calendar.spec)}`,
    `Started: ${when(clock.start)}`,
  ];
  if (clock.pauses.length === 0) lines.push('Pauses: none');
  for (const pause of clock.pauses) {
    const from = Date.parse(pause.from);
    const to = pause.to === null ? Date.parse(clock.as_of) : Date.parse(pause.to);
    const open = openMsBetween(calendar, from, to);
    lines.push(
      `Paused (${pause.reason}): ${when(pause.from)} → ${pause.to ? when(pause.to) : 'not resumed'}, ${formatDuration(open)} of open time${pause.to ? '' : ' so far'}`,
    );
  }
  lines.push(`Elapsed: ${formatDuration(clock.elapsed_ms)} of open time (${percent} % of the target), as of ${when(clock.as_of)}`);
  lines.push(clock.deadline ? `Deadline: ${when(clock.deadline)}` : 'Deadline: none while the clock is paused; it is recomputed when the clock resumes');
  if (clock.stopped_at) lines.push(`Stopped: ${when(clock.stopped_at)} (${clock.stop_reason})`);
  if (clock.state === 'breached') {
    lines.push(
      `Late: ${formatDuration(clock.late_ms)} of open time beyond the target (${formatDuration(clock.late_wall_ms)} of wall-clock time after the deadline), ` +
        `${clock.started_hours_late} started hour${clock.started_hours_late === 1 ? '' : 's'}, penalty ${clock.penalty_eur.toFixed(2)} EUR`,
    );
  } else if (clock.state !== 'met') {
    lines.push(`Remaining: ${formatDuration(clock.remaining_ms)} of open time`);
  }
  for (const threshold of clock.thresholds) {
    const at = threshold.at ? when(threshold.at) : 'not scheduled while paused';
    lines.push(`Threshold ${threshold.percent} %: ${at}${threshold.reached ? ', reached' : ''}; notify ${threshold.audiences.join(', ') || 'nobody'}`);
  }
  return lines;
}
