import type { DirectoryUser } from '../../directory/index.js';

/**
 * Job roles (users.csv, column job_role) whose holders may take over a conversation when AGENTS is not
 * set: the help desk's technicians and its manager.
 */
export const DEFAULT_AGENT_ROLES: readonly string[] = ['Technicien informatique', 'Responsable du support informatique'];

/** Someone writing in the agents' channel, as far as Teams and the directory tell. */
export interface ChannelPerson {
  /** Entra object id from the activity, when Teams sent one. */
  aadObjectId?: string;
  /** The directory user behind it, when found. */
  user?: DirectoryUser;
  /** Display name Teams gave. */
  name?: string;
}

/**
 * Who may take over a user's conversation. With a configured list (AGENTS: Entra object ids and/or
 * e-mails), exactly those people; without, every active directory user whose job role is an IT support
 * role. Entra group membership would need Microsoft Graph, which the product does not call.
 *
 * ```ts
 * const roster = new AgentRoster(['karim.benali@chv.fr']);
 * roster.isAgent({ user: karim }); // true
 * ```
 */
export class AgentRoster {
  readonly #listed: Set<string>;

  constructor(agents: readonly string[] = [], private readonly roles: readonly string[] = DEFAULT_AGENT_ROLES) {
    this.#listed = new Set(agents.map((a) => a.trim().toLowerCase()).filter(Boolean));
  }

  /** Whether the roster comes from configuration (true) or from job roles (false). */
  get configured(): boolean {
    return this.#listed.size > 0;
  }

  isAgent(person: ChannelPerson): boolean {
    const { user } = person;
    if (this.configured) {
      const keys = [person.aadObjectId, user?.aadObjectId, user?.email].filter((k): k is string => Boolean(k)).map((k) => k.toLowerCase());
      return keys.some((k) => this.#listed.has(k));
    }
    return Boolean(user?.active && this.roles.includes(user.jobRole));
  }
}
