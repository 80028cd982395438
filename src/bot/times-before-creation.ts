import { teamNameFor } from '../directory/index.js';
import type { Priority } from '../triage/index.js';
import { estimatedPriority } from './cards/index.js';
import type { IntakeState } from './intake/index.js';
import { t } from './messages/index.js';
import type { BotServices } from './services.js';
import { minutesInWords } from './sla-targets-question.js';

type Services = Pick<BotServices, 'tickets' | 'deadlines' | 'directory'>;

/** The team the form's ticket would go to if created now; the service desk while the kind of problem is not known. */
async function teamOfIntake(services: Services, intake: IntakeState): Promise<string> {
  const category = intake.kind === 'request' ? 'request' : intake.category;
  if (!category) return services.tickets.deskTeam;
  return services.tickets.teamFor({
    category,
    ...(intake.asset ? { asset: intake.asset.tag } : {}),
    ...(intake.kind === 'request' && intake.requestType ? { request_type: intake.requestType } : {}),
  });
}

/**
 * "P4 ça veut dire quoi ?": what the priority means, its times under the contract of the team that would take the
 * ticket, and, for the priority the summary shows, when the ticket would be due if created now.
 */
export async function priorityExplained(services: Services, intake: IntakeState, priority: Priority): Promise<string> {
  const { lang } = intake;
  const team = await teamOfIntake(services, intake);
  const teamName = teamNameFor(await services.directory.findSupportTeam(team), team, lang);
  const lines = [t(lang, `priority.meaning.${priority}`)];
  const times = services.deadlines?.targetsOf?.(team)?.[priority];
  if (times) {
    lines.push(t(lang, 'priority.times', {
      team: teamName,
      priority,
      respond: minutesInWords(times.respondMinutes),
      resolve: minutesInWords(times.resolveMinutes),
      hours: times.allHours ? '' : t(lang, 'sla.targets_working_hours'),
    }));
  }
  const shown = estimatedPriority(intake);
  if (shown && shown !== priority) lines.push(t(lang, 'priority.yours', { priority: shown }));
  if (shown === priority) {
    const due = services.deadlines?.forecast?.(team, priority, lang);
    if (due) lines.push(t(lang, 'priority.if_created_now', { priority, team: teamName, respond: due.respond, resolve: due.resolve }));
  }
  return lines.join('\n\n');
}

/**
 * "ça va prendre combien de temps ?" once the summary shows a priority: when the ticket would be due if created now.
 * Undefined while the priority is not known yet or no contract binds the team.
 */
export async function timesIfCreatedNow(services: Services, intake: IntakeState): Promise<string | undefined> {
  const due = await dueIfCreatedNow(services, intake);
  return due ? `${due} ${t(intake.lang, 'priority.cannot_wait')}` : undefined;
}

async function dueIfCreatedNow(services: Services, intake: IntakeState): Promise<string | undefined> {
  const priority = estimatedPriority(intake);
  if (!priority) return undefined;
  const team = await teamOfIntake(services, intake);
  const due = services.deadlines?.forecast?.(team, priority, intake.lang);
  if (!due) return undefined;
  const teamName = teamNameFor(await services.directory.findSupportTeam(team), team, intake.lang);
  return t(intake.lang, 'priority.if_created_now', { priority, team: teamName, respond: due.respond, resolve: due.resolve });
}

const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];

/**
 * "y a qqun de l'informatique la nuit ou faut attendre demain matin ?": the desk's hours, then those of the team that
 * would take the ticket (the priorities its contract covers at night and at weekends) and, once the summary shows a
 * priority, when the ticket would be due if created now.
 */
export async function coverOutOfHours(services: Services, intake: IntakeState): Promise<string> {
  const { lang } = intake;
  const lines = [t(lang, 'intake.side_it_at_night')];
  const team = await teamOfIntake(services, intake);
  const targets = services.deadlines?.targetsOf?.(team);
  if (targets) {
    const teamName = teamNameFor(await services.directory.findSupportTeam(team), team, lang);
    const nights = PRIORITIES.filter((priority) => targets[priority]?.allHours);
    const and = lang === 'fr' ? ' et ' : ' and ';
    if (nights.length === 0) lines.push(t(lang, 'intake.side_team_hours_none', { team: teamName }));
    else if (nights.length < PRIORITIES.length) lines.push(t(lang, 'intake.side_team_hours', { team: teamName, priorities: nights.join(', ').replace(/, (?=[^,]*$)/, and) }));
  }
  const due = await dueIfCreatedNow(services, intake);
  if (due) lines.push(due);
  return lines.join(' ');
}
