import { buildSampleHospital, EXAMPLE_USER, SAMPLE_SEED, type SampleHospital } from './build.js';
import { toCsv } from './csv-write.js';

export { buildSampleHospital, EXAMPLE_USER, SAMPLE_SEED, type SampleHospital };

/** The shipped files: name in this folder and columns, in import order. */
export const SAMPLE_FILES = [
  { kind: 'teams', file: 'support-teams.csv', columns: ['code', 'name', 'name_en', 'level', 'provider', 'contract_id', 'teams_channel_id', 'slack_channel_id'] },
  { kind: 'applications', file: 'applications.csv', columns: ['code', 'name', 'vendor', 'support_team_code'] },
  { kind: 'locations', file: 'locations.csv', columns: ['code', 'site', 'building', 'floor', 'unit_code', 'unit_name', 'room', 'phone'] },
  {
    kind: 'users',
    file: 'users.csv',
    columns: [
      'email', 'display_name', 'aad_object_id', 'slack_user_id', 'job_role', 'manager_email', 'location_code',
      'preferred_language', 'phone', 'active',
    ],
  },
  {
    kind: 'assets',
    file: 'assets.csv',
    columns: ['tag', 'hostname', 'kind', 'model', 'location_code', 'assigned_user_email', 'application_code', 'clinical'],
  },
] as const;

/** The sample hospital as CSV texts, by file name. */
export function renderSampleHospital(hospital: SampleHospital = buildSampleHospital()): Map<string, string> {
  return new Map(SAMPLE_FILES.map(({ kind, file, columns }) => [file, toCsv(columns, hospital[kind])]));
}
