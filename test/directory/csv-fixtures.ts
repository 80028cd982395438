import type { Store } from '../../src/db/index.js';

/** A CSV text from a header and rows (values are written as given: quote them yourself when needed). */
export function csv(header: string, ...rows: string[]): string {
  return [header, ...rows].join('\n') + '\n';
}

export const LOCATIONS_HEADER = 'code,site,building,floor,unit_code,unit_name,room,phone';
export const USERS_HEADER =
  'email,display_name,aad_object_id,slack_user_id,job_role,manager_email,location_code,preferred_language,phone,active';
export const ASSETS_HEADER = 'tag,hostname,kind,model,location_code,assigned_user_email,application_code,clinical';
export const APPLICATIONS_HEADER = 'code,name,vendor,support_team_code';
export const TEAMS_HEADER = 'code,name,level,provider,contract_id,teams_channel_id,slack_channel_id';

const DIRECTORY_TABLES = ['locations', 'users', 'assets', 'applications', 'support_teams'] as const;
type DirectoryTable = (typeof DIRECTORY_TABLES)[number];

/** Row counts of the five directory tables, to prove that a refused import wrote nothing. */
export async function directoryCounts(store: Store): Promise<Record<DirectoryTable, number>> {
  const counts = {} as Record<DirectoryTable, number>;
  for (const table of DIRECTORY_TABLES) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
