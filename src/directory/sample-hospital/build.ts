import {
  ACCESS_POINT,
  ACCESS_SWITCH,
  APPLICATIONS,
  CARE_CART,
  CORE_SWITCH,
  DECT_PHONES,
  DESKTOPS,
  LAPTOPS,
  OFFICE_PRINTERS,
  READING_CONSOLE,
  SERVERS,
  TEAMS,
  WARD_PRINTERS,
} from './catalog.js';
import { emailPart, FEMALE_FIRST_NAMES, INTERNATIONAL_NAMES, MALE_FIRST_NAMES, SURNAMES } from './names.js';
import { Random } from './prng.js';
import { SITE_PREFIX, UNITS, type Pole, type UnitSpec } from './units.js';

/** One CSV row: column name → text value (empty for none). */
export type CsvRecord<C extends string = string> = Record<C, string>;

export type TeamCsv = CsvRecord<'code' | 'name' | 'name_en' | 'level' | 'provider' | 'contract_id' | 'teams_channel_id' | 'slack_channel_id'>;
export type ApplicationCsv = CsvRecord<'code' | 'name' | 'vendor' | 'support_team_code'>;
export type LocationCsv = CsvRecord<'code' | 'site' | 'building' | 'floor' | 'unit_code' | 'unit_name' | 'room' | 'phone'>;
export type UserCsv = CsvRecord<
  | 'email' | 'display_name' | 'aad_object_id' | 'slack_user_id' | 'job_role' | 'manager_email' | 'location_code'
  | 'preferred_language' | 'phone' | 'active'
>;
export type AssetCsv = CsvRecord<
  'tag' | 'hostname' | 'kind' | 'model' | 'location_code' | 'assigned_user_email' | 'application_code' | 'clinical'
>;

export interface SampleHospital {
  teams: TeamCsv[];
  applications: ApplicationCsv[];
  locations: LocationCsv[];
  users: UserCsv[];
  assets: AssetCsv[];
}

export const SAMPLE_SEED = 20_260_915;
export const DOMAIN = 'chv.fr';

/** The user the product's examples speak of: an IDE in cardiology, B3, with PC-CARD-0342. */
export const EXAMPLE_USER = { email: 'alice.martin@chv.fr', pc: 'PC-CARD-0342', location: 'VAL-B310' } as const;

/** Room numbers (two digits after building and floor) and their labels, per kind of place. */
const ROOMS = {
  secretariat: [1, 'Secrétariat'],
  cadre: [5, 'Bureau du cadre de santé'],
  station: [10, 'Poste de soins'],
  office1: [20, 'Bureau médical'],
  office2: [21, 'Bureau médical'],
} as const;

interface Place {
  code: string;
  unit: UnitSpec;
  floor: string;
}

interface UnitPlaces {
  secretariat: Place;
  cadre: Place;
  offices: Place[];
  /** One per floor. */
  stations: Place[];
  /** Patient rooms, boxes, examination rooms: where bedside devices stand. */
  bedside: Place[];
}

interface Person {
  email: string;
  role: string;
  unit: UnitSpec;
  place: Place;
}

/** Roles that have a workstation of their own; other staff use the unit's shared ones. */
const PERSONAL_PC_ROLES = new Set([
  'Chef de service', 'Médecin', 'Médecin anesthésiste', 'Médecin radiologue', 'Biologiste', 'Cadre de santé',
  'Cadre supérieur de santé', 'Secrétaire médicale', 'Pharmacien', 'Pharmacien chef de service', 'Directeur général',
  'Directeur des soins', 'Directeur des affaires médicales', "Directeur des systèmes d'information",
  'Directeur des ressources humaines', 'Directeur financier', 'Assistante de direction', 'Gestionnaire RH',
  'Gestionnaire financier', 'Responsable des admissions', 'Responsable logistique', 'Technicien informatique',
  'Ingénieur systèmes et réseaux', 'Responsable du support informatique', 'Responsable de la sécurité des SI',
]);
const DOCTOR_ROLES = new Set(['Chef de service', 'Médecin', 'Médecin anesthésiste', 'Médecin radiologue', 'Biologiste']);

/**
 * Builds the fictional Centre hospitalier de Valmont: sites VALMONT (buildings A–E) and LES-TILLEULS
 * (geriatrics, building F). Pure and deterministic: the same seed gives the same rows.
 */
export function buildSampleHospital(seed = SAMPLE_SEED): SampleHospital {
  const rng = new Random(seed);
  const locations: LocationCsv[] = [];
  const users: UserCsv[] = [];
  const assets: AssetCsv[] = [];
  const usedPhones = new Set<string>();
  const usedEmails = new Set<string>([EXAMPLE_USER.email]);
  const usedSlackIds = new Set<string>();
  const people: Person[] = [];

  const phone = (): string => {
    for (;;) {
      const value = `04 65 71 ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}`;
      if (!usedPhones.has(value)) {
        usedPhones.add(value);
        return value;
      }
    }
  };

  // ---- locations ----------------------------------------------------------------------------------
  const floorUse = new Map<string, number>();
  /** Network closets, one per building floor in use: code prefix → where. */
  const closets = new Map<string, { site: string; building: string; floor: string }>();
  const addLocation = (unit: UnitSpec, floor: string, number: number, label: string, withPhone = false): Place => {
    const site = SITE_PREFIX[unit.site];
    const room = `${unit.building}${floor}${String(number).padStart(2, '0')}`;
    const code = `${site}-${room}`;
    locations.push({
      code, site: unit.site, building: unit.building, floor, unit_code: unit.code, unit_name: unit.name,
      room: `${room} ${label}`, phone: withPhone ? phone() : '',
    });
    const closetKey = `${site}-${unit.building}${floor}`;
    if (!closets.has(closetKey)) closets.set(closetKey, { site: unit.site, building: unit.building, floor });
    return { code, unit, floor };
  };

  const places = new Map<string, UnitPlaces>();
  for (const unit of UNITS) {
    const offsets = unit.floors.map((floor) => {
      const key = `${unit.site}-${unit.building}${floor}`;
      const used = floorUse.get(key) ?? 0;
      floorUse.set(key, used + 1);
      return used * 50;
    });
    const first = unit.floors[0]!;
    const roomAt = (index: number, n: number) => offsets[index]! + n;
    const unitPlaces: UnitPlaces = {
      secretariat: addLocation(unit, first, roomAt(0, ROOMS.secretariat[0]), unit.kind === 'admin' ? 'Accueil du service' : ROOMS.secretariat[1], true),
      cadre: addLocation(unit, first, roomAt(0, ROOMS.cadre[0]), unit.kind === 'admin' ? 'Bureau de direction' : ROOMS.cadre[1]),
      offices: [
        addLocation(unit, first, roomAt(0, ROOMS.office1[0]), unit.kind === 'admin' ? 'Bureaux' : ROOMS.office1[1]),
        addLocation(unit, first, roomAt(0, ROOMS.office2[0]), unit.kind === 'admin' ? 'Bureaux' : ROOMS.office2[1]),
      ],
      stations: [],
      bedside: [],
    };
    unit.floors.forEach((floor, index) => {
      unitPlaces.stations.push(addLocation(unit, floor, roomAt(index, ROOMS.station[0]), stationLabel(unit), true));
      const [label, count] = bedsideRooms(unit);
      for (let i = 1; i <= count; i++) unitPlaces.bedside.push(addLocation(unit, floor, roomAt(index, 30 + i), `${label} ${i}`));
    });
    places.set(unit.code, unitPlaces);
  }
  const itUnit = UNITS.find((u) => u.code === 'it')!;
  const closetCodes: string[] = [];
  for (const [key, { site, building, floor }] of closets) {
    const code = `${key}-LT`;
    closetCodes.push(code);
    locations.push({
      code, site, building, floor, unit_code: 'it', unit_name: itUnit.name, room: `Local technique ${building}${floor}`, phone: '',
    });
  }
  const dataCentre = 'VAL-E0-DC';
  locations.push({
    code: dataCentre, site: 'VALMONT', building: 'E', floor: '0', unit_code: 'it', unit_name: itUnit.name,
    room: 'Salle serveurs E0', phone: phone(),
  });

  // ---- users --------------------------------------------------------------------------------------
  const pickName = (): [string, string] => {
    for (let attempt = 0; ; attempt++) {
      const first = rng.chance(0.62) ? rng.pick(FEMALE_FIRST_NAMES) : rng.pick(MALE_FIRST_NAMES);
      const last = rng.pick(SURNAMES);
      const email = `${emailPart(first)}.${emailPart(last)}@${DOMAIN}`;
      if (!usedEmails.has(email) || attempt > 50) return [first, last];
    }
  };
  const slackId = (): string => {
    for (;;) {
      const id = `U0${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 7)}`;
      if (!usedSlackIds.has(id)) {
        usedSlackIds.add(id);
        return id;
      }
    }
  };
  interface NewUser {
    role: string;
    unit: UnitSpec;
    place: Place;
    manager: string | null;
    name?: readonly [string, string];
    language?: 'fr' | 'en';
    leaf?: boolean;
  }
  const addUser = ({ role, unit, place, manager, name, language, leaf = false }: NewUser): string => {
    const [first, last] = name ?? pickName();
    let email = `${emailPart(first)}.${emailPart(last)}@${DOMAIN}`;
    if (name && email === EXAMPLE_USER.email) usedEmails.delete(email);
    for (let n = 2; usedEmails.has(email); n++) email = `${emailPart(first)}.${emailPart(last)}${n}@${DOMAIN}`;
    usedEmails.add(email);
    const isExample = email === EXAMPLE_USER.email;
    users.push({
      email,
      display_name: `${first} ${last}`,
      aad_object_id: rng.uuid(),
      slack_user_id: isExample || rng.chance(0.35) ? slackId() : '',
      job_role: role,
      manager_email: manager ?? '',
      location_code: place.code,
      preferred_language: language ?? (rng.chance(0.03) ? 'en' : 'fr'),
      phone: rng.chance(0.5) ? phone() : '',
      active: leaf && !isExample && rng.chance(0.02) ? 'false' : 'true',
    });
    people.push({ email, role, unit, place });
    return email;
  };
  const unit = (code: string) => UNITS.find((u) => u.code === code)!;
  const at = (code: string) => places.get(code)!;

  const management = unit('management');
  const dg = addUser({ role: 'Directeur général', unit: management, place: at('management').cadre, manager: null });
  const nursingDirector = addUser({ role: 'Directeur des soins', unit: management, place: at('management').offices[0]!, manager: dg });
  const medicalAffairs = addUser({ role: 'Directeur des affaires médicales', unit: management, place: at('management').offices[0]!, manager: dg });
  const poleHeads = {} as Record<Pole, string>;
  for (const pole of ['medecine', 'chirurgie-urgences', 'femme-enfant-medicotechnique'] as const) {
    poleHeads[pole] = addUser({ role: 'Cadre supérieur de santé', unit: management, place: at('management').offices[1]!, manager: nursingDirector });
  }
  for (let i = 0; i < 2; i++) addUser({ role: 'Assistante de direction', unit: management, place: at('management').secretariat, manager: dg, leaf: true });

  const department = (code: string, headRole: string, headManager: string, staff: Array<[string, number, 'station' | 'office']>) => {
    const u = unit(code);
    const p = at(code);
    const head = addUser({ role: headRole, unit: u, place: p.cadre, manager: headManager });
    for (const [role, count, where] of staff) {
      for (let i = 0; i < count; i++) {
        const place = where === 'station' ? rng.pick(p.stations) : rng.pick(p.offices);
        addUser({ role, unit: u, place, manager: head, leaf: true });
      }
    }
    return head;
  };
  const dsi = department('it', "Directeur des systèmes d'information", dg, [
    ['Ingénieur systèmes et réseaux', 3, 'office'],
    ['Responsable de la sécurité des SI', 1, 'office'],
  ]);
  department('it', 'Responsable du support informatique', dsi, [['Technicien informatique', 6, 'station']]);
  department('hr', 'Directeur des ressources humaines', dg, [['Gestionnaire RH', 6, 'office']]);
  const cfo = department('finance', 'Directeur financier', dg, [['Gestionnaire financier', 5, 'office']]);
  department('admissions', 'Responsable des admissions', cfo, [["Agent d'accueil", 8, 'station']]);
  department('logistics', 'Responsable logistique', dg, [
    ['Agent logistique', 6, 'station'],
    ['Magasinier', 2, 'station'],
    ['Brancardier', 4, 'station'],
  ]);
  department('pharmacy', 'Pharmacien chef de service', medicalAffairs, [
    ['Pharmacien', 2, 'office'],
    ['Préparateur en pharmacie', 5, 'station'],
  ]);

  let international = 0;
  for (const u of UNITS.filter((x) => x.kind !== 'admin' && x.code !== 'pharmacy')) {
    const p = at(u.code);
    const chief = addUser({ role: 'Chef de service', unit: u, place: p.offices[0]!, manager: medicalAffairs });
    const cadre = addUser({ role: 'Cadre de santé', unit: u, place: p.cadre, manager: poleHeads[u.pole!] });
    for (const [role, count, managedByChief, where] of staffing(u, rng)) {
      for (let i = 0; i < count; i++) {
        const place = where === 'station' ? rng.pick(p.stations) : where === 'secretariat' ? p.secretariat : rng.pick(p.offices);
        const visiting = managedByChief && u.kind === 'care' && international < INTERNATIONAL_NAMES.length && rng.chance(0.3);
        const name = visiting ? INTERNATIONAL_NAMES[international++] : undefined;
        addUser({ role, unit: u, place, manager: managedByChief ? chief : cadre, name, language: name ? 'en' : undefined, leaf: true });
      }
    }
    if (u.code === 'cardiology') {
      addUser({ role: 'IDE', unit: u, place: p.stations[0]!, manager: cadre, name: ['Alice', 'Martin'], language: 'fr', leaf: true });
    }
  }

  // ---- assets -------------------------------------------------------------------------------------
  const counters = new Map<string, number>();
  const next = (prefix: string, u: UnitSpec, start: number, reserved: number[] = []): string => {
    const key = `${prefix}-${u.abbr}-${u.site}`;
    let n = counters.get(key) ?? start;
    while (reserved.includes(n)) n++;
    counters.set(key, n + 1);
    return String(n).padStart(4, '0');
  };
  const site = (u: UnitSpec) => SITE_PREFIX[u.site];
  interface NewAsset {
    tag: string;
    kind: string;
    model: string;
    hostname?: string;
    location_code?: string;
    assigned_user_email?: string;
    application_code?: string;
    clinical?: 'true' | 'false';
  }
  const addAsset = (row: NewAsset) =>
    assets.push({
      tag: row.tag, hostname: row.hostname ?? '', kind: row.kind, model: row.model, location_code: row.location_code ?? '',
      assigned_user_email: row.assigned_user_email ?? '', application_code: row.application_code ?? '', clinical: row.clinical ?? 'false',
    });
  const reservedPc = (u: UnitSpec) => (u.code === 'cardiology' ? [342] : []);
  const workstation = (u: UnitSpec, place: Place, model: string, user?: string) => {
    const n = next('PC', u, u.pcBase, reservedPc(u));
    addAsset({
      tag: `PC-${u.abbr}-${n}`, hostname: `W${site(u)}-${u.abbr}-${n}`, kind: 'workstation', model,
      location_code: place.code, assigned_user_email: user,
    });
  };
  const printer = (u: UnitSpec, place: Place, model: string) => {
    const n = next('PRN', u, 10);
    addAsset({ tag: `PRN-${u.abbr}-${n}`, hostname: `P${site(u)}-${u.abbr}-${n}`, kind: 'printer', model, location_code: place.code });
  };

  addAsset({
    tag: EXAMPLE_USER.pc, hostname: 'WVAL-CARD-0342', kind: 'workstation', model: 'HP EliteDesk 800 G6 SFF',
    location_code: EXAMPLE_USER.location, assigned_user_email: EXAMPLE_USER.email,
  });
  for (const person of people) {
    if (!PERSONAL_PC_ROLES.has(person.role)) continue;
    const model = DOCTOR_ROLES.has(person.role) && rng.chance(0.5) ? rng.pick(LAPTOPS) : rng.pick(DESKTOPS);
    workstation(person.unit, person.place, model, person.email);
  }
  for (const u of UNITS) {
    const p = at(u.code);
    printer(u, p.secretariat, rng.pick(OFFICE_PRINTERS));
    for (const station of p.stations) {
      const shared = u.code === 'admissions' ? 6 : u.kind === 'admin' ? 1 : rng.int(3, 4);
      for (let i = 0; i < shared; i++) workstation(u, station, rng.pick(DESKTOPS));
      if (u.kind === 'care') for (let i = 0; i < 2; i++) workstation(u, station, CARE_CART);
      printer(u, station, rng.pick(WARD_PRINTERS));
    }
    if (u.code === 'radiology') for (let i = 0; i < 3; i++) workstation(u, p.stations[0]!, READING_CONSOLE);
    if (u.code === 'emergency' || u.code === 'admissions') for (let i = 0; i < 2; i++) printer(u, p.stations[0]!, rng.pick(WARD_PRINTERS));
    for (let i = 0; u.labelPrinters && i < u.labelPrinters.count; i++) {
      const n = next('LBL', u, 1);
      addAsset({
        tag: `LBL-${u.abbr}-${n}`, hostname: `L${site(u)}-${u.abbr}-${n}`, kind: 'label_printer', model: u.labelPrinters.model,
        location_code: p.stations[i % p.stations.length]!.code,
      });
    }
    const dectCount = u.kind === 'care' ? rng.int(5, 8) : u.code === 'it' ? 3 : u.code === 'logistics' ? 4 : u.kind === 'medtech' ? 2 : 0;
    for (const station of dectCount > 0 ? p.stations : []) {
      for (let i = 0; i < dectCount; i++) {
        addAsset({ tag: `DECT-${u.abbr}-${next('DECT', u, 101)}`, kind: 'phone', model: rng.pick(DECT_PHONES), location_code: station.code });
      }
    }
    let bed = 0;
    for (const [model, count] of u.biomedical ?? []) {
      for (let i = 0; i < count; i++) {
        const place = p.bedside.length > 0 ? p.bedside[bed++ % p.bedside.length]! : p.stations[0]!;
        addAsset({ tag: `BIO-${u.abbr}-${next('BIO', u, 1)}`, kind: 'biomedical', model, location_code: place.code, clinical: 'true' });
      }
    }
  }
  for (const [suffix, application, model] of SERVERS) {
    addAsset({ tag: `SRV-${suffix}`, hostname: `SVAL-${suffix}`, kind: 'server', model, location_code: dataCentre, application_code: application });
  }
  addAsset({ tag: 'SRV-TIL-01', hostname: 'STIL-FIC-01', kind: 'server', model: 'HPE ProLiant DL20 Gen10 (fichiers et impression)', location_code: 'TIL-F1-LT' });
  for (const n of ['01', '02']) {
    addAsset({ tag: `SW-VAL-CORE-${n}`, hostname: `sw-val-core-${n}`, kind: 'network', model: CORE_SWITCH, location_code: dataCentre });
  }
  for (const closet of closetCodes) {
    const area = closet.replace(/-LT$/, '');
    for (const n of ['01', '02']) {
      addAsset({ tag: `SW-${area}-${n}`, hostname: `sw-${area.toLowerCase()}-${n}`, kind: 'network', model: ACCESS_SWITCH, location_code: closet });
    }
    for (const n of ['01', '02', '03']) {
      addAsset({ tag: `AP-${area}-${n}`, hostname: `ap-${area.toLowerCase()}-${n}`, kind: 'network', model: ACCESS_POINT, location_code: closet });
    }
  }
  for (const app of APPLICATIONS) {
    addAsset({ tag: `APP-${app.code.toUpperCase()}`, kind: 'application', model: app.product, application_code: app.code });
  }

  const teams = TEAMS.map((team) => ({
    ...team,
    teams_channel_id: `19:${team.code}@thread.tacv2`,
    slack_channel_id: `C0${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8)}`,
  }));
  const applications = APPLICATIONS.map(({ code, name, vendor, support_team_code }) => ({ code, name, vendor, support_team_code }));
  return { teams, applications, locations, users, assets };
}

function stationLabel(unit: UnitSpec): string {
  if (unit.kind === 'admin') return unit.code === 'admissions' ? 'Guichets' : 'Open space';
  if (unit.code === 'radiology') return "Salle d'interprétation";
  if (unit.code === 'laboratory') return 'Plateau technique';
  if (unit.code === 'pharmacy') return 'Préparation et dispensation';
  return 'Poste de soins';
}

function bedsideRooms(unit: UnitSpec): [string, number] {
  switch (unit.code) {
    case 'icu':
      return ['Box', 8];
    case 'operating_theatre':
      return ["Salle d'opération", 4];
    case 'recovery':
      return ['Emplacement de réveil', 6];
    case 'radiology':
      return ["Salle d'examen", 4];
    case 'emergency':
      return ['Box', 6];
    case 'maternity':
      return ['Salle de naissance', 3];
    default:
      return unit.kind === 'care' ? ['Chambre', 6] : ['', 0];
  }
}

/** Staff of a clinical unit besides its chef de service and cadre: [role, count, reports to the chief, where]. */
function staffing(unit: UnitSpec, rng: Random): Array<[string, number, boolean, 'station' | 'office' | 'secretariat']> {
  const floors = unit.floors.length;
  if (unit.code === 'radiology') {
    return [['Médecin radiologue', 2, true, 'office'], ['Manipulateur radio', 8, false, 'station'], ['Secrétaire médicale', 2, false, 'secretariat']];
  }
  if (unit.code === 'laboratory') {
    return [['Biologiste', 2, true, 'office'], ['Technicien de laboratoire', 8, false, 'station'], ['Secrétaire médicale', 1, false, 'secretariat']];
  }
  const doctors: [string, number, boolean, 'office'] =
    unit.code === 'operating_theatre' ? ['Médecin anesthésiste', 3, true, 'office'] : ['Médecin', rng.int(2, 4), true, 'office'];
  const staff: Array<[string, number, boolean, 'station' | 'office' | 'secretariat']> = [
    doctors,
    ['Interne', rng.int(1, 3), true, 'office'],
    ['IDE', rng.int(8, 12) * floors + (unit.code === 'icu' ? 4 : 0), false, 'station'],
    ['AS', rng.int(5, 8) * floors, false, 'station'],
    ['Secrétaire médicale', rng.int(1, 2), false, 'secretariat'],
  ];
  if (unit.code === 'maternity') staff.push(['Sage-femme', 6, false, 'station'], ['Auxiliaire de puériculture', 3, false, 'station']);
  if (unit.code === 'operating_theatre') staff.push(['IBODE', 5, false, 'station'], ['IADE', 3, false, 'station']);
  if (unit.code === 'emergency') staff.push(["Agent d'accueil", 2, false, 'station']);
  return staff;
}
