import type { DirectoryIssue } from './issues.js';
import { assetKey } from './keys.js';
import { defaultFileName, type DirectoryFileKind, type ParsedDirectory } from './parse-files.js';
import type { DirectorySnapshot } from './snapshot.js';

/**
 * Checks what a single file cannot: every code or e-mail a row refers to exists, in the files being
 * imported or already in the database; identifiers that must be unique are not held by another stored
 * row; and no chain of managers loops back on itself.
 */
export function checkReferences(parsed: ParsedDirectory, snapshot: DirectorySnapshot): DirectoryIssue[] {
  const issues: DirectoryIssue[] = [];
  const name = (kind: DirectoryFileKind) => parsed.names[kind] ?? defaultFileName(kind);
  const known = {
    teams: keys(parsed.teams.map((p) => p.row.code), snapshot.teams.keys()),
    applications: keys(parsed.applications.map((p) => p.row.code), snapshot.applications.keys()),
    locations: keys(parsed.locations.map((p) => p.row.code), snapshot.locations.keys()),
    users: keys(parsed.users.map((p) => p.row.email), snapshot.users.keys()),
  };
  const unknown = (kind: DirectoryFileKind, line: number, field: string, what: string, value: string) =>
    issues.push({ file: name(kind), line, field, message: `unknown ${what} "${value}"` });

  for (const { line, row } of parsed.applications) {
    if (!known.teams.has(row.support_team_code)) unknown('applications', line, 'support_team_code', 'support team', row.support_team_code);
  }
  for (const { line, row } of parsed.users) {
    if (row.location_code && !known.locations.has(row.location_code)) unknown('users', line, 'location_code', 'location', row.location_code);
    if (row.manager_email && !known.users.has(row.manager_email)) unknown('users', line, 'manager_email', 'user', row.manager_email);
  }
  for (const { line, row } of parsed.assets) {
    if (row.location_code && !known.locations.has(row.location_code)) unknown('assets', line, 'location_code', 'location', row.location_code);
    if (row.assigned_user_email && !known.users.has(row.assigned_user_email)) {
      unknown('assets', line, 'assigned_user_email', 'user', row.assigned_user_email);
    }
    if (row.application_code && !known.applications.has(row.application_code)) {
      unknown('assets', line, 'application_code', 'application', row.application_code);
    }
    const stored = snapshot.assetsByKey.get(assetKey(row.tag));
    if (stored && stored.tag !== row.tag) {
      issues.push({ file: name('assets'), line, field: 'tag', message: `"${row.tag}" is the same tag as stored asset "${stored.tag}"` });
    }
  }
  issues.push(...storedIdentifierClashes(parsed, snapshot, name('users')));
  issues.push(...managerCycles(parsed, snapshot, name('users')));
  return issues;
}

function keys(fromFile: string[], stored: Iterable<string>): Set<string> {
  return new Set([...fromFile, ...stored]);
}

/** An AAD or Slack id in the file that a stored user outside the file already holds. */
function storedIdentifierClashes(parsed: ParsedDirectory, snapshot: DirectorySnapshot, file: string): DirectoryIssue[] {
  const inFile = new Set(parsed.users.map((p) => p.row.email));
  const heldBy = (field: 'aad_object_id' | 'slack_user_id') => {
    const map = new Map<string, string>();
    for (const user of snapshot.users.values()) {
      const value = user[field];
      if (value && !inFile.has(user.email)) map.set(value, user.email);
    }
    return map;
  };
  const issues: DirectoryIssue[] = [];
  for (const field of ['aad_object_id', 'slack_user_id'] as const) {
    const held = heldBy(field);
    for (const { line, row } of parsed.users) {
      const value = row[field];
      const holder = value ? held.get(value) : undefined;
      if (holder) issues.push({ file, line, field, message: `"${value}" already belongs to ${holder}` });
    }
  }
  return issues;
}

/**
 * The manager graph after the import (stored links, replaced by the file's rows) must have no cycle.
 * Each cycle is reported once, on the file row with the smallest line number among its members.
 */
function managerCycles(parsed: ParsedDirectory, snapshot: DirectorySnapshot, file: string): DirectoryIssue[] {
  const managerOf = new Map<string, string | null>();
  for (const user of snapshot.users.values()) {
    const manager = user.manager_id === null ? undefined : snapshot.usersById.get(user.manager_id);
    managerOf.set(user.email, manager?.email ?? null);
  }
  const lineOf = new Map<string, number>();
  for (const { line, row } of parsed.users) {
    managerOf.set(row.email, row.manager_email);
    lineOf.set(row.email, line);
  }
  const issues: DirectoryIssue[] = [];
  const settled = new Set<string>();
  for (const { row } of parsed.users) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null | undefined = row.email;
    while (current && !settled.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = managerOf.get(current);
    }
    if (current && onPath.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      const lines = cycle.map((email) => lineOf.get(email)).filter((line): line is number => line !== undefined);
      issues.push({
        file,
        line: lines.length > 0 ? Math.min(...lines) : lineOf.get(row.email)!,
        field: 'manager_email',
        message: `manager cycle: ${[...cycle, current].join(' → ')}`,
      });
    }
    for (const email of path) settled.add(email);
  }
  return issues;
}
