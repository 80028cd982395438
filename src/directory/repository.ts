import { sql } from 'kysely';
import { preparedQuery, type Store } from '../db/index.js';
import { assetKey, emailKey } from './keys.js';
import {
  toApplication,
  toAsset,
  toLocation,
  toSupportTeam,
  toUser,
  type AssetWithPlaceRow,
} from './row-mapping.js';
import type { Application, DirectoryAsset, DirectoryLocation, DirectoryUser, SupportTeam } from './types.js';

const userByAadObjectId = preparedQuery((db, p: { aadObjectId: string }) =>
  db.selectFrom('users').selectAll().where('aad_object_id', '=', p.aadObjectId),
);

/** Longest manager chain followed; deeper chains are cut (imports refuse cycles, this guards the rest). */
const MAX_MANAGER_DEPTH = 25;

/**
 * Read access to the hospital directory: who a user is, where they sit, what equipment they have,
 * who supports what. Every method runs one query on indexed columns and returns plain data.
 *
 * ```ts
 * const directory = new DirectoryRepository(store);
 * const alice = await directory.findUserByEmail('Alice.Martin@chv.fr');
 * const pc = await directory.findAsset('pc card 0342'); // PC-CARD-0342, with its location
 * ```
 */
export class DirectoryRepository {
  constructor(private readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  /** The user Teams names by its Microsoft Entra object id (any case). */
  async findUserByAadObjectId(aadObjectId: string): Promise<DirectoryUser | undefined> {
    const [row] = await userByAadObjectId.rows(this.db, { aadObjectId: aadObjectId.trim().toLowerCase() });
    return row && toUser(row);
  }

  /** The user with this e-mail address, compared without regard to case. */
  async findUserByEmail(email: string): Promise<DirectoryUser | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', emailKey(email)).executeTakeFirst();
    return row && toUser(row);
  }

  /** The user Slack names by its member id (e.g. U0ABC123). */
  async findUserBySlackId(slackUserId: string): Promise<DirectoryUser | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('slack_user_id', '=', slackUserId.trim().toUpperCase())
      .executeTakeFirst();
    return row && toUser(row);
  }

  /** Assets assigned to a user, by tag. */
  async assetsOfUser(userId: number): Promise<DirectoryAsset[]> {
    const rows = await this.assetsWithPlace().where('assets.assigned_user_id', '=', userId).orderBy('assets.tag').execute();
    return rows.map(toAsset);
  }

  /**
   * The asset whose tag or hostname matches, ignoring case, spaces and punctuation: "pc card 0342",
   * "pccard0342" and "wval-card-0342" all find PC-CARD-0342. A tag match wins over a hostname match.
   */
  async findAsset(tagOrHostname: string): Promise<DirectoryAsset | undefined> {
    const key = assetKey(tagOrHostname);
    if (key === '') return undefined;
    const row = await this.assetsWithPlace()
      .where((eb) => eb.or([eb('assets.tag_key', '=', key), eb('assets.hostname_key', '=', key)]))
      .orderBy(sql`case when assets.tag_key = ${key} then 0 else 1 end`)
      .orderBy('assets.id')
      .limit(1)
      .executeTakeFirst();
    return row && toAsset(row);
  }

  /** An inventory entry by its id (a ticket's device). */
  async findAssetById(id: number): Promise<DirectoryAsset | undefined> {
    const row = await this.assetsWithPlace().where('assets.id', '=', id).executeTakeFirst();
    return row && toAsset(row);
  }

  /** The inventory entry of a business application (kind `application`, e.g. APP-DPI for `dpi`). */
  async findApplicationAsset(applicationCode: string): Promise<DirectoryAsset | undefined> {
    const row = await this.assetsWithPlace()
      .where('assets.kind', '=', 'application')
      .where('assets.application_code', '=', applicationCode.trim().toLowerCase())
      .orderBy('assets.id')
      .limit(1)
      .executeTakeFirst();
    return row && toAsset(row);
  }

  /** Assets placed at a location (by location code, any case), by tag. */
  async assetsOfLocation(locationCode: string): Promise<DirectoryAsset[]> {
    const rows = await this.assetsWithPlace()
      .where('locations.code', '=', locationCode.trim().toUpperCase())
      .orderBy('assets.tag')
      .execute();
    return rows.map(toAsset);
  }

  /** Assets placed anywhere in a care unit or department (unit code such as `cardiology`), by place then tag. */
  async assetsOfUnit(unitCode: string): Promise<DirectoryAsset[]> {
    const rows = await this.assetsWithPlace()
      .where('locations.unit_code', '=', unitCode.trim().toLowerCase())
      .orderBy('locations.code')
      .orderBy('assets.tag')
      .execute();
    return rows.map(toAsset);
  }

  /** Every location of a care unit or department (unit code such as `cardiology`), by code. */
  async locationsOfUnit(unitCode: string): Promise<DirectoryLocation[]> {
    const rows = await this.db
      .selectFrom('locations')
      .selectAll()
      .where('unit_code', '=', unitCode.trim().toLowerCase())
      .orderBy('code')
      .execute();
    return rows.map(toLocation);
  }

  /** The places whose code ends with a door's code ("A270" → VAL-A270), one per site that has it. */
  async locationsByDoorCode(doorCode: string): Promise<DirectoryLocation[]> {
    const code = doorCode.trim().toUpperCase();
    if (!/^[A-Z]\d{3}$/.test(code)) return [];
    const rows = await this.db.selectFrom('locations').selectAll().where('code', 'like', `%-${code}`).orderBy('code').execute();
    return rows.map(toLocation);
  }

  /** A place by its id (a ticket's place), with its unit's name. */
  async findLocationById(id: number): Promise<DirectoryLocation | undefined> {
    const row = await this.db.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toLocation(row);
  }

  /** Where a user works, with the unit's name; undefined when the user or their location is unknown. */
  async locationOfUser(userId: number): Promise<DirectoryLocation | undefined> {
    const row = await this.db
      .selectFrom('users')
      .innerJoin('locations', 'locations.id', 'users.location_id')
      .selectAll('locations')
      .where('users.id', '=', userId)
      .executeTakeFirst();
    return row && toLocation(row);
  }

  /** The people whose line manager this user is, by name. */
  async directReports(userId: number): Promise<DirectoryUser[]> {
    const rows = await this.db.selectFrom('users').selectAll().where('manager_id', '=', userId).orderBy('display_name').execute();
    return rows.map(toUser);
  }

  /** A user's managers, nearest first (cadre de santé, cadre supérieur, directeur des soins...). */
  async managerChain(userId: number): Promise<DirectoryUser[]> {
    const rows = await this.db
      .withRecursive('chain(id, depth)', (db) =>
        db
          .selectFrom('users')
          .select((eb) => [eb.ref('manager_id').$notNull().as('id'), sql<number>`1`.as('depth')])
          .where('id', '=', userId)
          .where('manager_id', 'is not', null)
          .unionAll((db) =>
            db
              .selectFrom('users')
              .innerJoin('chain', 'chain.id', 'users.id')
              .select((eb) => [eb.ref('users.manager_id').$notNull().as('id'), sql<number>`chain.depth + 1`.as('depth')])
              .where('users.manager_id', 'is not', null)
              .where('chain.depth', '<', MAX_MANAGER_DEPTH),
          ),
      )
      .selectFrom('chain')
      .innerJoin('users', 'users.id', 'chain.id')
      .selectAll('users')
      .orderBy('chain.depth')
      .execute();
    return rows.map(toUser);
  }

  /** The support team with this code (e.g. `helpdesk-l1`), any case. */
  async findSupportTeam(code: string): Promise<SupportTeam | undefined> {
    const row = await this.db
      .selectFrom('support_teams')
      .selectAll()
      .where('code', '=', code.trim().toLowerCase())
      .executeTakeFirst();
    return row && toSupportTeam(row);
  }

  /** The business application with this code (`dpi`) or name (`DPI Cristal-Net`), any case; code wins. */
  async findApplication(codeOrName: string): Promise<Application | undefined> {
    const text = codeOrName.trim().toLowerCase();
    const row = await this.db
      .selectFrom('applications')
      .selectAll()
      .where((eb) => eb.or([eb('code', '=', text), eb(eb.fn('lower', ['name']), '=', text)]))
      .orderBy(sql`case when code = ${text} then 0 else 1 end`)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row && toApplication(row);
  }

  private assetsWithPlace() {
    return this.db
      .selectFrom('assets')
      .leftJoin('locations', 'locations.id', 'assets.location_id')
      .selectAll('assets')
      .select([
        'locations.code as loc_code',
        'locations.site as loc_site',
        'locations.building as loc_building',
        'locations.floor as loc_floor',
        'locations.unit_code as loc_unit_code',
        'locations.unit_name as loc_unit_name',
        'locations.room as loc_room',
      ])
      .$castTo<AssetWithPlaceRow>();
  }
}
