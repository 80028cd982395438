import type { AssetPlace, DirectoryAsset } from '../../directory/index.js';
import type { Category, Language, Scope, Urgency } from '../../triage/index.js';

export type Intent =
  | 'question' | 'incident_report' | 'service_request' | 'ticket_status' | 'talk_to_human'
  | 'cancel' | 'help' | 'greeting' | 'thanks' | 'unknown';

/** The incident fields a text states (or, for a first message, implies); never defaults. */
export interface StatedFields {
  category?: Category;
  scope?: Scope;
  urgency?: Urgency;
  patientCareImpact?: boolean;
  assetHint?: { tag?: string; hostname?: string; kind?: string };
  locationHint?: { unit?: string; building?: string; floor?: string; room?: string };
}

/** What the bot needs to know of one message. */
export interface MessageAnalysis extends StatedFields {
  language: Language;
  intent: Intent;
  ticketNumber?: string;
  /** Fields guessed from the circumstances rather than said ("the wristband printer of the ER": care held up). */
  guessed?: { urgency?: boolean; patientCareImpact?: boolean; scope?: boolean };
}

/** The understanding of messages, as the bot uses it. */
export interface Understander {
  /** A first message: its intent and everything it says or implies about the incident. */
  analyse(text: string): Promise<MessageAnalysis>;
  /** An answer during intake: only the fields it states outright (a correction such as "non, c'est en réa"). */
  analyseAnswer(text: string): Promise<StatedFields>;
}

/** The directory lookups intake needs. */
export interface IntakeDirectory {
  findAsset(tagOrHostname: string): Promise<DirectoryAsset | undefined>;
  locationsOfUnit(unitCode: string): Promise<Array<AssetPlace & { id: number }>>;
  /** The places with a door's code ("A270"), one per site that has it. */
  locationsByDoorCode(doorCode: string): Promise<Array<AssetPlace & { id: number }>>;
  assetsOfUnit(unitCode: string): Promise<DirectoryAsset[]>;
}

/** The business application a text names, as its inventory entry (APP-SIL for "le SIL"). */
export interface IntakeApplications {
  namedIn(text: string): Promise<DirectoryAsset | undefined>;
}
