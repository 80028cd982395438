import type { AssetPlace } from '../../directory/index.js';
import type { RequestType } from '../../tickets/index.js';
import type { Category, Language, Scope, Urgency } from '../../triage/index.js';

export type { RequestType };

export type QuestionId =
  | 'category' | 'asset' | 'location' | 'scope' | 'patient_care' | 'urgency'
  | 'request_type' | 'request_detail' | 'request_urgency' | 'confirm' | 'change';

/** A device as intake remembers it (plain data: it is stored in conversation state). */
export interface IntakeAsset {
  tag: string;
  kind: string;
  place: AssetPlace | null;
  /**
   * Proposed before the others: the requester's own device ("mon PC"), or the one the message points at
   * ("le scope du box 3").
   */
  preferred?: boolean;
  /** The inventory's model name ("Moniteur multiparamétrique Philips IntelliVue MX550"). */
  model?: string;
}

/**
 * Everything intake knows so far. It lives in the dialog state, so it must stay plain JSON:
 * a restart in the middle of intake resumes from it.
 */
export interface IntakeState {
  kind: 'incident' | 'request';
  lang: Language;
  /** The user's own description (first message), kept as the ticket description. */
  text: string;
  /**
   * The first message only said that something is wrong ("j'ai un souci"): the answer that describes
   * the problem replaces it as the description and the title.
   */
  vague?: boolean;
  /**
   * The problem told again in a correction of its kind ("non, en fait c'est l'imprimante du poste de
   * soins"): it titles the ticket, the first message staying in the description.
   */
  retold?: string;
  /** What the user added on the summary that corrects no field ("c'est la 2e fois cette semaine"): kept for the ticket. */
  addedDetails?: string[];
  /** The retold problem names another machine than the first message: it titles the ticket. */
  retoldTitles?: boolean;
  category?: Category;
  scope?: Scope;
  urgency?: Urgency;
  patientCareImpact?: boolean;
  /** The urgency was guessed from the circumstances of the first message, not said or answered. */
  urgencyGuessed?: boolean;
  /** undefined: not yet known; null: the user does not know or it does not apply. */
  asset?: IntakeAsset | null;
  location?: AssetPlace | null;
  requestType?: RequestType;
  /** Who is affected was read from circumstances, not said: the device named may tell better (a shared station). */
  scopeGuessed?: boolean;
  requestDetail?: string;
  /** The first message gave the request's details: the details question is not asked. */
  detailsInMessage?: boolean;
  /** The user asked for a ticket of its own ("autre problème"): an open ticket on the same device is not joined. */
  separateTicket?: boolean;
  /** An access request whose application and person are said: the details question asks only for the profile. */
  accessProfileOnly?: boolean;
  /** A software request whose software is named: the details question asks only for the computer. */
  softwareNamed?: boolean;
  /** The requester's own computer, offered for the installation, is not the one ("un autre PC"). */
  ownMachineDeclined?: boolean;
  /** When a request is needed, in the user's words, when they gave more than a button ("pour le 14 décembre"). */
  neededBy?: string;
  /** The day `neededBy` names, YYYY-MM-DD. */
  neededByDay?: string;
  /** When an incident's words say the repair is needed by ("avant la relève de 6h45"), ISO 8601 UTC. */
  neededAt?: string;
  /** "depuis chez moi le vpn se connecte pas": the person works away from the hospital; the ticket has no place in it. */
  awayFromSite?: boolean;
  /** A device number told that the directory does not know ("non c'est le BIO-SSPI-0014"), said when the number is asked. */
  unknownTag?: string;
  /** The requester's own computers, for "c'était sur mon PC" said later. */
  ownMachines?: IntakeAsset[];
  /** Devices the bot may propose: the user's own and those of their unit. */
  candidates: IntakeAsset[];
  /** Ransomware told on one more computer ("the pc next door has the same red screen"): the advice to unplug it was given. */
  threatSpreadTold?: boolean;
  /** "c'est pas le respi, c'est le moniteur de l'anesthésie": the device the first words name, and the one at fault instead. */
  deviceRenamed?: { cleared: string; named: string };
  /** The kind of device and the room the messages name ("le scope du box 3"), to single out the device. */
  pointer?: { kind?: string; room?: string };
  /** The requester's usual place, proposed when nothing else says where. */
  homePlace: AssetPlace | null;
  /** Who the ticket will be in the name of, shown on the summary so that a report for a colleague is caught. */
  requesterName?: string;
  /** The question waiting for an answer, and how many unusable answers it got. */
  pending?: QuestionId;
  /** For the asset question: which form was asked (confirm one, choose among several, or type the tag). */
  assetMode?: 'confirm' | 'choose' | 'tag';
  /** The user said the proposed device is not the one: ask for its tag instead. */
  assetDeclined?: boolean;
  /** For the location question: proposing homePlace, or asking for a unit. */
  locationMode?: 'confirm' | 'ask';
  retries: number;
  /** The ticket number once created, so a repeated confirmation never creates a second one. */
  createdNumber?: string;
}

/** Which categories concern a device the user can point at, and which device kinds fit them. */
export const DEVICE_KINDS: Partial<Record<Category, string[]>> = {
  hardware: ['workstation'],
  printer: ['printer', 'label_printer'],
  phone: ['phone'],
  biomedical: ['biomedical'],
};

/** Carts, laptops, handsets, pumps: devices that move from room to room, so the inventory's room is only their home. */
const CARRIED_OR_WHEELED = /\b(chariot|cart|elitebook|latitude|laptop|portable|tablette|tablet|ascom|dect|pompe|pousse-seringue|t[ée]l[ée]m[ée]trie|transport)\b/i;

export function movesAround(asset: IntakeAsset): boolean {
  return CARRIED_OR_WHEELED.test(asset.model ?? '');
}
