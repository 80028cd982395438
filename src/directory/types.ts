import type { Language, SupportLevel } from '../triage/index.js';

/** What an asset is; `application` stands for a business application (DPI, PACS...) as a supported item. */
export const ASSET_KINDS = [
  'workstation', 'printer', 'label_printer', 'phone', 'server', 'network', 'biomedical', 'application',
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** A place: a room (or desk, nursing station) of a care unit or department, in a building of a site. */
export interface DirectoryLocation {
  id: number;
  code: string;
  site: string;
  building: string;
  floor: string;
  unitCode: string;
  unitName: string;
  room: string | null;
  phone: string | null;
}

export interface DirectoryUser {
  id: number;
  /** Lower case; the natural key of a user. */
  email: string;
  displayName: string;
  /** Microsoft Entra (Azure AD) object id, lower case, as Teams sends it. */
  aadObjectId: string | null;
  slackUserId: string | null;
  jobRole: string;
  managerId: number | null;
  locationId: number | null;
  preferredLanguage: Language;
  phone: string | null;
  active: boolean;
}

/** A supported item, with the place it stands when it has one. */
export interface DirectoryAsset {
  id: number;
  /** Upper case, e.g. PC-CARD-0342. */
  tag: string;
  hostname: string | null;
  kind: AssetKind;
  model: string;
  locationId: number | null;
  assignedUserId: number | null;
  applicationCode: string | null;
  /** True for medical devices whose failure touches patient care directly. */
  clinical: boolean;
  location: AssetPlace | null;
}

/** The part of a location the bot names when it asks "is it your PC ... in Cardiologie, B, 3?". */
export interface AssetPlace {
  code: string;
  site: string;
  building: string;
  floor: string;
  unitCode: string;
  unitName: string;
  room: string | null;
}

export interface SupportTeam {
  id: number;
  code: string;
  name: string;
  /** The name shown to English-speaking staff, when the directory gives one. */
  nameEn: string | null;
  level: SupportLevel;
  /** `internal` or the name of the company that provides the service. */
  provider: string;
  contractId: string;
  teamsChannelId: string | null;
  slackChannelId: string | null;
}

export interface Application {
  id: number;
  code: string;
  name: string;
  vendor: string;
  supportTeamCode: string;
}
