import { CodedError } from '../../errors.js';
import { PRIORITIES, type Priority } from '../../triage/index.js';
import { calendarSpecSchema, compileCalendar, type Calendar } from '../calendar/index.js';
import type { Contract, Target } from './contract.js';
import type { SlaFile } from './contract-schema.js';

/** One thing wrong in the SLA configuration: where (path into the file) and what. */
export interface ConfigProblem {
  path: (string | number)[];
  message: string;
}

/** The contracts in force, looked up by support team. */
export class ContractBook {
  private readonly byTeam = new Map<string, Contract>();

  constructor(
    readonly contracts: readonly Contract[],
    readonly calendars: Readonly<Record<string, Calendar>>,
  ) {
    for (const contract of contracts) for (const team of contract.teams) this.byTeam.set(team, contract);
  }

  /** The contract binding `teamCode`, or undefined. */
  findContractForTeam(teamCode: string): Contract | undefined {
    return this.byTeam.get(teamCode);
  }

  /** The contract binding `teamCode`; not_found when no contract names that team. */
  contractForTeam(teamCode: string): Contract {
    const contract = this.byTeam.get(teamCode);
    if (!contract) {
      throw new CodedError('not_found', `No SLA contract binds team "${teamCode}"; add it to the teams of a contract in the SLA configuration`, {
        team: teamCode,
      });
    }
    return contract;
  }

  /** Every bound team code, sorted. */
  teams(): string[] {
    return [...this.byTeam.keys()].sort();
  }

  /** A named calendar of the configuration, or undefined. */
  calendar(name: string): Calendar | undefined {
    return this.calendars[name];
  }
}

/**
 * Resolves calendar references and checks what the schema cannot: unique ids, one contract per team,
 * a calendar for every priority, notified thresholds that exist. Problems are values, not throws.
 */
export function buildContractBook(file: SlaFile): { book: ContractBook; problems: [] } | { book?: undefined; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const calendars: Record<string, Calendar> = {};
  for (const [name, raw] of Object.entries(file.calendars)) {
    const parsed = calendarSpecSchema.safeParse(raw);
    if (parsed.success) calendars[name] = compileCalendar(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ path: ['calendars', name, ...issue.path.map(pathKey)], message: issue.message });
  }

  const resolveCalendar = (ref: unknown, path: (string | number)[]): Target['calendar'] | undefined => {
    if (typeof ref === 'string') {
      const calendar = calendars[ref];
      if (!calendar && !(ref in file.calendars)) {
        problems.push({ path, message: `unknown calendar "${ref}"; known: ${Object.keys(file.calendars).join(', ') || '(none)'}` });
      }
      return calendar;
    }
    const parsed = calendarSpecSchema.safeParse(ref);
    if (parsed.success) return compileCalendar(parsed.data);
    for (const issue of parsed.error.issues) problems.push({ path: [...path, ...issue.path.map(pathKey)], message: issue.message });
    return undefined;
  };

  const ids = new Set<string>();
  const boundBy = new Map<string, string>();
  const contracts: Contract[] = file.contracts.map((input, index) => {
    const at = (...rest: (string | number)[]) => ['contracts', index, ...rest];
    if (ids.has(input.id)) problems.push({ path: at('id'), message: `duplicate contract id "${input.id}"` });
    ids.add(input.id);
    input.teams.forEach((team, t) => {
      const other = boundBy.get(team);
      if (other !== undefined) problems.push({ path: at('teams', t), message: `team "${team}" is already bound by contract "${other}"` });
      else boundBy.set(team, input.id);
    });
    const contractCalendar = input.calendar === undefined ? undefined : resolveCalendar(input.calendar, at('calendar'));
    const targets = {} as Record<Priority, Target>;
    for (const priority of PRIORITIES) {
      const target = input.targets[priority];
      const ref = target.calendar ?? input.calendar;
      const calendar = target.calendar === undefined ? contractCalendar : resolveCalendar(target.calendar, at('targets', priority, 'calendar'));
      if (ref === undefined) problems.push({ path: at('targets', priority), message: 'no calendar: set "calendar" here or on the contract' });
      targets[priority] = {
        respond_minutes: target.respond_minutes,
        resolve_minutes: target.resolve_minutes,
        calendar: calendar!,
        calendar_name: typeof ref === 'string' ? ref : null,
      };
    }
    const { thresholds, notify } = input.escalation;
    for (const [audience, percents] of Object.entries(notify)) {
      percents.forEach((percent, p) => {
        if (!thresholds.includes(percent)) {
          problems.push({ path: at('escalation', 'notify', audience, p), message: `${percent} % is not one of the thresholds [${thresholds.join(', ')}]` });
        }
      });
    }
    return {
      id: input.id,
      name: input.name,
      provider: input.provider,
      teams: input.teams,
      targets,
      pause_statuses: input.pause_statuses,
      escalation: { thresholds, notify },
      penalties: input.penalties ?? null,
    };
  });

  if (problems.length > 0) return { problems };
  return { book: new ContractBook(contracts, calendars), problems: [] };
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}
