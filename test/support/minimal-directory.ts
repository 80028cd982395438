import type { Store } from '../../src/db/index.js';

/**
 * The smallest directory a ticket needs: one care unit, two users, a PC, a biomedical monitor, an
 * application and the support teams of the routing rules.
 */
export async function seedMinimalDirectory(store: Store): Promise<void> {
  const { db } = store;
  const location = await db
    .insertInto('locations')
    .values({ code: 'VAL-B-3-CARD', site: 'VALMONT', building: 'B', floor: '3', unit_code: 'cardiology', unit_name: 'Cardiologie', room: null, phone: '4301' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const icu = await db
    .insertInto('locations')
    .values({ code: 'VAL-A-1-REA', site: 'VALMONT', building: 'A', floor: '1', unit_code: 'icu', unit_name: 'Réanimation', room: null, phone: '4101' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const manager = await db
    .insertInto('users')
    .values({ email: 'claire.durand@chv.fr', display_name: 'Claire Durand', aad_object_id: null, slack_user_id: null, job_role: 'cadre de santé', manager_id: null, location_id: location.id, preferred_language: 'fr', phone: null, active: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const alice = await db
    .insertInto('users')
    .values({ email: 'alice.martin@chv.fr', display_name: 'Alice Martin', aad_object_id: '00000000-0000-4000-8000-000000000001', slack_user_id: 'U0ALICE01', job_role: 'IDE', manager_id: manager.id, location_id: location.id, preferred_language: 'fr', phone: '4302', active: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('applications')
    .values({ code: 'dpi', name: 'Cristal-Net', vendor: 'Éditeur DPI', support_team_code: 'dpi-vendor-l2' })
    .execute();
  await db
    .insertInto('assets')
    .values([
      { tag: 'PC-CARD-0342', tag_key: 'PCCARD0342', hostname: 'WVAL-CARD-0342', hostname_key: 'WVALCARD0342', kind: 'workstation', model: 'Dell OptiPlex 7010', location_id: location.id, assigned_user_id: alice.id, application_code: null, clinical: 0 },
      { tag: 'BIO-REA-0007', tag_key: 'BIOREA0007', hostname: null, hostname_key: null, kind: 'biomedical', model: 'Philips IntelliVue MX450', location_id: icu.id, assigned_user_id: null, application_code: null, clinical: 1 },
      { tag: 'APP-DPI', tag_key: 'APPDPI', hostname: null, hostname_key: null, kind: 'application', model: 'Cristal-Net', location_id: null, assigned_user_id: null, application_code: 'dpi', clinical: 1 },
    ])
    .execute();
  const teams: Array<[string, string]> = [
    ['helpdesk-l1', 'l1'], ['proximity', 'proximity'], ['biomedical', 'biomedical'], ['security', 'security'],
    ['dpi-vendor-l2', 'l2'], ['infra-l2', 'l2'], ['telecom', 'l2'],
  ];
  await db
    .insertInto('support_teams')
    .values(teams.map(([code, level]) => ({ code, name: code, level, provider: 'internal', contract_id: code, teams_channel_id: null, slack_channel_id: null })))
    .execute();
}

/** A valid ticket body for tests; override any field. */
export function ticketBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requester: 'alice.martin@chv.fr',
    category: 'hardware',
    scope: 'single_user',
    urgency: 'medium',
    patient_care_impact: false,
    title: 'PC ne démarre plus',
    description: 'Écran noir au démarrage.',
    asset: 'pc card 0342',
    ...overrides,
  };
}
