import type { ApplicationRow, AssetRow, LocationRow, SupportTeamRow, UserRow } from '../db/index.js';
import type { Language, SupportLevel } from '../triage/index.js';
import type {
  Application,
  AssetKind,
  AssetPlace,
  DirectoryAsset,
  DirectoryLocation,
  DirectoryUser,
  SupportTeam,
} from './types.js';

/* Stored rows (snake case, 0/1 booleans) to the directory's plain data. Values were validated on import. */

export function toUser(row: UserRow): DirectoryUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    aadObjectId: row.aad_object_id,
    slackUserId: row.slack_user_id,
    jobRole: row.job_role,
    managerId: row.manager_id,
    locationId: row.location_id,
    preferredLanguage: row.preferred_language as Language,
    phone: row.phone,
    active: row.active === 1,
  };
}

export function toLocation(row: LocationRow): DirectoryLocation {
  return {
    id: row.id,
    code: row.code,
    site: row.site,
    building: row.building,
    floor: row.floor,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    room: row.room,
    phone: row.phone,
  };
}

/** An asset row with the columns of its location, prefixed `loc_` (null when it has none). */
export interface AssetWithPlaceRow extends AssetRow {
  loc_code: string | null;
  loc_site: string | null;
  loc_building: string | null;
  loc_floor: string | null;
  loc_unit_code: string | null;
  loc_unit_name: string | null;
  loc_room: string | null;
}

export function toAsset(row: AssetWithPlaceRow): DirectoryAsset {
  const location: AssetPlace | null =
    row.loc_code === null
      ? null
      : {
          code: row.loc_code,
          site: row.loc_site!,
          building: row.loc_building!,
          floor: row.loc_floor!,
          unitCode: row.loc_unit_code!,
          unitName: row.loc_unit_name!,
          room: row.loc_room,
        };
  return {
    id: row.id,
    tag: row.tag,
    hostname: row.hostname,
    kind: row.kind as AssetKind,
    model: row.model,
    locationId: row.location_id,
    assignedUserId: row.assigned_user_id,
    applicationCode: row.application_code,
    clinical: row.clinical === 1,
    location,
  };
}

export function toSupportTeam(row: SupportTeamRow): SupportTeam {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.name_en ?? null,
    level: row.level as SupportLevel,
    provider: row.provider,
    contractId: row.contract_id,
    teamsChannelId: row.teams_channel_id,
    slackChannelId: row.slack_channel_id,
  };
}

export function toApplication(row: ApplicationRow): Application {
  return { id: row.id, code: row.code, name: row.name, vendor: row.vendor, supportTeamCode: row.support_team_code };
}
