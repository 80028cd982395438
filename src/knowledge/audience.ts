import type { Audience, StaffGroup } from './fiche.js';
import { fold } from './text/normalize.js';

/**
 * The staff groups of fiche audiences, each with the job roles (users.csv, `job_role`) that belong to it, as
 * config/audiences.yaml writes them. A role may belong to several groups (a cadre de santé is care staff and a
 * manager); `*` at the end of a role matches any ending ("Médecin*": "Médecin anesthésiste").
 */
export type RoleGroups = Partial<Record<StaffGroup, readonly string[]>>;

/**
 * The groups a job role belongs to; undefined when it is in none (an unknown role reads every fiche).
 * Roles are compared without case, accents or extra spaces.
 *
 * ```ts
 * groupsOfRole({ care: ['IDE', 'Cadre*'], managers: ['Cadre*'] }, 'Cadre de santé'); // ['care', 'managers']
 * groupsOfRole({ care: ['IDE'] }, 'Jardinier');                                     // undefined
 * ```
 */
export function groupsOfRole(groups: RoleGroups, jobRole: string | undefined): StaffGroup[] | undefined {
  if (!jobRole?.trim()) return undefined;
  const role = plain(jobRole);
  const found = (Object.keys(groups) as StaffGroup[]).filter((group) => groups[group]!.some((pattern) => matches(role, pattern)));
  return found.length ? found : undefined;
}

/**
 * Whether a fiche written for `audience` may be offered to a reader of these groups: a fiche for everyone, or one
 * naming a group of the reader's; any fiche when the reader's groups are unknown.
 */
export function fitsReader(audience: readonly Audience[], readers: readonly StaffGroup[] | undefined): boolean {
  return readers === undefined || audience.includes('all') || audience.some((group) => (readers as readonly Audience[]).includes(group));
}

function matches(role: string, pattern: string): boolean {
  const wanted = plain(pattern);
  return wanted.endsWith('*') ? role.startsWith(wanted.slice(0, -1).trimEnd()) : role === wanted;
}

function plain(text: string): string {
  return fold(text).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
