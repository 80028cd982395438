import type { z } from 'zod';
import type { DirectoryIssue } from './issues.js';
import { assetKey } from './keys.js';
import { readCsv } from './read-csv.js';
import {
  applicationRowSchema,
  assetRowSchema,
  locationRowSchema,
  supportTeamRowSchema,
  userRowSchema,
  type ApplicationRowInput,
  type AssetRowInput,
  type LocationRowInput,
  type SupportTeamRowInput,
  type UserRowInput,
} from './row-schemas.js';

/** The five directory files, in the order they are written (each refers only to earlier ones, or itself). */
export const DIRECTORY_FILE_KINDS = ['teams', 'applications', 'locations', 'users', 'assets'] as const;
export type DirectoryFileKind = (typeof DIRECTORY_FILE_KINDS)[number];

/** A CSV file to import: the name used in reports (usually the base name) and its UTF-8 text. */
export interface DirectorySource {
  name: string;
  text: string;
}

/** Any subset of the directory files; at least one is needed for an import. */
export type DirectorySources = Partial<Record<DirectoryFileKind, DirectorySource>>;

/** A validated row and the line it came from. */
export interface Parsed<T> {
  line: number;
  row: T;
}

export interface ParsedDirectory {
  /** Report name of each file given. */
  names: Partial<Record<DirectoryFileKind, string>>;
  teams: Parsed<SupportTeamRowInput>[];
  applications: Parsed<ApplicationRowInput>[];
  locations: Parsed<LocationRowInput>[];
  users: Parsed<UserRowInput>[];
  assets: Parsed<AssetRowInput>[];
}

interface FileFormat {
  defaultName: string;
  schema: z.ZodType<unknown, Record<string, string>>;
  columns: readonly string[];
  required: readonly string[];
  /** Values that must be unique within the file: [column, key of the value]. */
  unique: ReadonlyArray<readonly [string, (row: never) => string | null]>;
}

const formats: Record<DirectoryFileKind, FileFormat> = {
  locations: {
    defaultName: 'locations.csv',
    schema: locationRowSchema,
    columns: ['code', 'site', 'building', 'floor', 'unit_code', 'unit_name', 'room', 'phone'],
    required: ['code', 'site', 'building', 'floor', 'unit_code', 'unit_name'],
    unique: [['code', (row: LocationRowInput) => row.code]],
  },
  users: {
    defaultName: 'users.csv',
    schema: userRowSchema,
    columns: [
      'email', 'display_name', 'aad_object_id', 'slack_user_id', 'job_role', 'manager_email', 'location_code',
      'preferred_language', 'phone', 'active',
    ],
    required: ['email', 'display_name', 'job_role'],
    unique: [
      ['email', (row: UserRowInput) => row.email],
      ['aad_object_id', (row: UserRowInput) => row.aad_object_id],
      ['slack_user_id', (row: UserRowInput) => row.slack_user_id],
    ],
  },
  assets: {
    defaultName: 'assets.csv',
    schema: assetRowSchema,
    columns: [
      'tag', 'hostname', 'kind', 'model', 'location_code', 'assigned_user_email', 'application_code', 'clinical',
    ],
    required: ['tag', 'kind', 'model'],
    unique: [['tag', (row: AssetRowInput) => assetKey(row.tag)]],
  },
  applications: {
    defaultName: 'applications.csv',
    schema: applicationRowSchema,
    columns: ['code', 'name', 'vendor', 'support_team_code'],
    required: ['code', 'name', 'vendor', 'support_team_code'],
    unique: [['code', (row: ApplicationRowInput) => row.code]],
  },
  teams: {
    defaultName: 'support-teams.csv',
    schema: supportTeamRowSchema,
    columns: ['code', 'name', 'name_en', 'level', 'provider', 'contract_id', 'teams_channel_id', 'slack_channel_id'],
    required: ['code', 'name', 'level', 'provider', 'contract_id'],
    unique: [['code', (row: SupportTeamRowInput) => row.code]],
  },
};

/** The usual file name of each kind (`support-teams.csv` for teams). */
export function defaultFileName(kind: DirectoryFileKind): string {
  return formats[kind].defaultName;
}

/**
 * Reads and validates every given file on its own (no database): CSV shape, each row against its
 * schema, and values that must be unique within a file. Cross-file references are checked later,
 * against the database as well (see checkReferences).
 */
export function parseDirectoryFiles(sources: DirectorySources): { parsed: ParsedDirectory; issues: DirectoryIssue[] } {
  const parsed: ParsedDirectory = { names: {}, teams: [], applications: [], locations: [], users: [], assets: [] };
  const issues: DirectoryIssue[] = [];
  for (const kind of DIRECTORY_FILE_KINDS) {
    const source = sources[kind];
    if (!source) continue;
    parsed.names[kind] = source.name;
    const format = formats[kind];
    const csv = readCsv(source.name, source.text, format);
    issues.push(...csv.issues);
    const rows: Parsed<unknown>[] = [];
    for (const { line, values } of csv.rows) {
      const result = format.schema.safeParse(values);
      if (result.success) {
        rows.push({ line, row: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        issues.push({ file: source.name, line, field: issue.path.map(String).join('.') || undefined, message: issue.message });
      }
    }
    issues.push(...duplicates(source.name, rows, format.unique));
    (parsed[kind] as Parsed<unknown>[]) = rows;
  }
  return { parsed, issues };
}

function duplicates(file: string, rows: Parsed<unknown>[], unique: FileFormat['unique']): DirectoryIssue[] {
  const issues: DirectoryIssue[] = [];
  for (const [field, keyOf] of unique) {
    const firstLine = new Map<string, number>();
    for (const { line, row } of rows) {
      const key = (keyOf as (row: unknown) => string | null)(row);
      if (key === null) continue;
      const first = firstLine.get(key);
      if (first === undefined) firstLine.set(key, line);
      else issues.push({ file, line, field, message: `duplicate value "${key}" (already on line ${first})` });
    }
  }
  return issues;
}
