import type { Kysely } from 'kysely';
import type { ApplicationRow, AssetRow, Database, LocationRow, SupportTeamRow, UserRow } from '../db/index.js';

/** The directory as stored when an import starts, by natural key, read inside the import's transaction. */
export interface DirectorySnapshot {
  teams: Map<string, SupportTeamRow>;
  applications: Map<string, ApplicationRow>;
  locations: Map<string, LocationRow>;
  users: Map<string, UserRow>;
  usersById: Map<number, UserRow>;
  /** By tag_key, so two spellings of one tag are recognised as the same asset. */
  assetsByKey: Map<string, AssetRow>;
}

/** Reads the five directory tables whole (an import compares every row; lookups never do this). */
export async function loadSnapshot(db: Kysely<Database>): Promise<DirectorySnapshot> {
  const [teams, applications, locations, users, assets] = await Promise.all([
    db.selectFrom('support_teams').selectAll().execute(),
    db.selectFrom('applications').selectAll().execute(),
    db.selectFrom('locations').selectAll().execute(),
    db.selectFrom('users').selectAll().execute(),
    db.selectFrom('assets').selectAll().execute(),
  ]);
  return {
    teams: new Map(teams.map((row) => [row.code, row])),
    applications: new Map(applications.map((row) => [row.code, row])),
    locations: new Map(locations.map((row) => [row.code, row])),
    users: new Map(users.map((row) => [row.email, row])),
    usersById: new Map(users.map((row) => [row.id, row])),
    assetsByKey: new Map(assets.map((row) => [row.tag_key, row])),
  };
}
