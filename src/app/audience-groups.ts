import { z } from 'zod';
import { loadOptionalYaml } from './optional-yaml.js';
import { AUDIENCES, type RoleGroups, type StaffGroup } from '../knowledge/index.js';

const GROUPS = AUDIENCES.filter((audience): audience is StaffGroup => audience !== 'all');

const roleGroupsSchema = z.partialRecord(z.enum(GROUPS), z.array(z.string().trim().min(1)).min(1, 'give at least one job role'));

/**
 * Reads config/audiences.yaml (staff group → the job roles that form it), which decides the fiches each requester
 * may be offered. A missing file means no role is known (every fiche for everyone); a malformed one stops the start
 * with the reason.
 */
export async function loadRoleGroups(file: string): Promise<RoleGroups> {
  return loadOptionalYaml(file, roleGroupsSchema, {});
}
