import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { assetKey } from './keys.js';
import type { DirectoryFileKind, ParsedDirectory } from './parse-files.js';
import type { DirectorySnapshot } from './snapshot.js';

/** What an import did to one file's rows. */
export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

type Values = Record<string, string | number | null>;
type Stored = Values & { id: number };

/** Rows per INSERT, and ids per `where id in (...)`: well under both dialects' bound-parameter limits. */
const INSERT_CHUNK = 100;
const ID_CHUNK = 500;

/**
 * Writes validated, cross-checked rows: inserts new natural keys, updates rows whose values differ,
 * leaves identical ones alone (so a re-import writes nothing). Rows absent from a file are kept.
 * Must run inside the import's transaction, after checkReferences found nothing.
 */
export async function writeDirectory(
  trx: Kysely<Database>,
  parsed: ParsedDirectory,
  snapshot: DirectorySnapshot,
): Promise<Partial<Record<DirectoryFileKind, ImportCounts>>> {
  const counts: Partial<Record<DirectoryFileKind, ImportCounts>> = {};
  const db = trx as unknown as Kysely<any>;

  if (parsed.names.teams) {
    const rows = parsed.teams.map(({ row }) => ({ ...row }));
    counts.teams = (await upsert(db, 'support_teams', 'code', rows, snapshot.teams)).counts;
  }
  if (parsed.names.applications) {
    const rows = parsed.applications.map(({ row }) => ({ ...row }));
    counts.applications = (await upsert(db, 'applications', 'code', rows, snapshot.applications)).counts;
  }

  const locationIds = idsOf(snapshot.locations);
  if (parsed.names.locations) {
    const rows = parsed.locations.map(({ row }) => ({ ...row }));
    const result = await upsert(db, 'locations', 'code', rows, snapshot.locations);
    counts.locations = result.counts;
    for (const [code, id] of result.ids) locationIds.set(code, id);
  }
  const locationId = (code: string | null) => (code === null ? null : locationIds.get(code)!);

  const userIds = idsOf(snapshot.users);
  if (parsed.names.users) {
    const rows = parsed.users.map(({ row }) => ({
      email: row.email,
      display_name: row.display_name,
      aad_object_id: row.aad_object_id,
      slack_user_id: row.slack_user_id,
      job_role: row.job_role,
      location_id: locationId(row.location_code),
      preferred_language: row.preferred_language,
      phone: row.phone,
      active: row.active ? 1 : 0,
    }));
    const result = await upsert(db, 'users', 'email', rows, snapshot.users, ['aad_object_id', 'slack_user_id']);
    for (const [email, id] of result.ids) userIds.set(email, id);
    // Managers are linked once every user of the file has an id, so a file may list staff before their manager;
    // one statement per manager and batch of staff.
    const staffOf = new Map<number | null, number[]>();
    for (const { row } of parsed.users) {
      const wanted = row.manager_email === null ? null : userIds.get(row.manager_email)!;
      const current = snapshot.users.get(row.email)?.manager_id ?? null;
      if (wanted === current) continue;
      const staff = staffOf.get(wanted) ?? [];
      staff.push(userIds.get(row.email)!);
      staffOf.set(wanted, staff);
      if (!result.inserted.has(row.email) && !result.updated.has(row.email)) {
        result.updated.add(row.email);
        result.counts.updated++;
        result.counts.unchanged--;
      }
    }
    for (const [managerId, staff] of staffOf) {
      for (const ids of chunks(staff, ID_CHUNK)) {
        await db.updateTable('users').set({ manager_id: managerId }).where('id', 'in', ids).execute();
      }
    }
    counts.users = result.counts;
  }

  if (parsed.names.assets) {
    const stored = new Map([...snapshot.assetsByKey.values()].map((asset) => [asset.tag, asset]));
    const rows = parsed.assets.map(({ row }) => ({
      tag: row.tag,
      tag_key: assetKey(row.tag),
      hostname: row.hostname,
      hostname_key: row.hostname === null ? null : assetKey(row.hostname),
      kind: row.kind,
      model: row.model,
      location_id: locationId(row.location_code),
      assigned_user_id: row.assigned_user_email === null ? null : userIds.get(row.assigned_user_email)!,
      application_code: row.application_code,
      clinical: row.clinical ? 1 : 0,
    }));
    counts.assets = (await upsert(db, 'assets', 'tag', rows, stored)).counts;
  }
  return counts;
}

function idsOf(stored: Map<string, { id: number }>): Map<string, number> {
  return new Map([...stored].map(([key, row]) => [key, row.id]));
}

interface UpsertResult {
  counts: ImportCounts;
  /** Id of every row of the file, by natural key. */
  ids: Map<string, number>;
  inserted: Set<string>;
  updated: Set<string>;
}

/**
 * Inserts or updates `rows` by their natural key. `uniqueColumns` may move from one stored row to
 * another within a file (two users swapping Slack ids): those values are cleared on every row about to
 * change them before any is written, so no intermediate state breaks a unique index.
 */
async function upsert(
  db: Kysely<any>,
  table: string,
  keyColumn: string,
  rows: Values[],
  stored: Map<string, object>,
  uniqueColumns: string[] = [],
): Promise<UpsertResult> {
  const result: UpsertResult = {
    counts: { inserted: 0, updated: 0, unchanged: 0 },
    ids: new Map(),
    inserted: new Set(),
    updated: new Set(),
  };
  const fresh: Values[] = [];
  const changed: Array<{ id: number; changes: Values }> = [];
  for (const row of rows) {
    const key = String(row[keyColumn]);
    const current = stored.get(key) as Stored | undefined;
    if (!current) {
      fresh.push(row);
      continue;
    }
    result.ids.set(key, current.id);
    const changes = Object.fromEntries(Object.entries(row).filter(([column, value]) => current[column] !== value));
    if (Object.keys(changes).length === 0) {
      result.counts.unchanged++;
      continue;
    }
    changed.push({ id: current.id, changes });
    result.updated.add(key);
    result.counts.updated++;
  }
  for (const column of uniqueColumns) {
    const ids = changed.filter(({ changes }) => column in changes).map(({ id }) => id);
    for (const chunk of chunks(ids, ID_CHUNK)) {
      await db.updateTable(table).set({ [column]: null }).where('id', 'in', chunk).execute();
    }
  }
  for (const { id, changes } of changed) await db.updateTable(table).set(changes).where('id', '=', id).execute();
  for (const chunk of chunks(fresh, INSERT_CHUNK)) {
    const inserted = (await db.insertInto(table).values(chunk).returning(['id', keyColumn]).execute()) as Stored[];
    for (const row of inserted) {
      const key = String(row[keyColumn]);
      result.ids.set(key, row.id);
      result.inserted.add(key);
    }
    result.counts.inserted += chunk.length;
  }
  return result;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
