import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { CodedError } from '../errors.js';
import { AUDIENCES, type RoleGroups, type StaffGroup } from '../knowledge/index.js';

const GROUPS = AUDIENCES.filter((audience): audience is StaffGroup => audience !== 'all');

const roleGroupsSchema = z.partialRecord(z.enum(GROUPS), z.array(z.string().trim().min(1)).min(1, 'give at least one job role'));

/**
 * Reads config/audiences.yaml (staff group → the job roles that form it), which decides the fiches each requester
 * may be offered. A missing file means no role is known (every fiche for everyone); a malformed one stops the start
 * with the reason.
 */
export async function loadRoleGroups(file: string): Promise<RoleGroups> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed = roleGroupsSchema.safeParse(parse(text) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CodedError('config_invalid', `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}
