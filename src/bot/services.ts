import type { Clock } from '../clock.js';
import type { DirectoryAsset, DirectoryUser, AssetPlace, SupportTeam } from '../directory/index.js';
import type { Logger } from '../log.js';
import type { Ticket, TicketRepository } from '../tickets/index.js';
import type { Category, Language, Priority } from '../triage/index.js';
import type { HandoffDesk } from './handoff/index.js';
import type { Understander } from './intake/index.js';

/** A knowledge answer as the bot shows it. */
export interface KnowledgeReply {
  slug: string;
  lang: Language;
  title: string;
  /** The kind of problem the fiche is about: the category of the ticket if it did not help. */
  category?: Category;
  steps: string[];
  /** Set when the fiche exists only in the other language. */
  translated: boolean;
  /** A language model's answer grounded in the fiche (and citing it), shown instead of the raw steps. */
  text?: string;
}

/** Knowledge base as the bot uses it: find an answer, and record it and its feedback. */
export interface KnowledgeDesk {
  /**
   * The best fiche for the message; `category`, the kind of problem it was read as, breaks near ties; `readerRole`, the
   * requester's job role in the directory, leaves out the fiches written for other staff (undefined: every fiche).
   */
  answer(text: string, lang: Language, hints?: { category?: Category; readerRole?: string | undefined }): Promise<KnowledgeReply | undefined>;
  recordAnswer(reply: KnowledgeReply, context: { userRef: string | null; conversationId: string }): Promise<number>;
  recordFeedback(answerId: number, helpful: boolean): Promise<void>;
}

/** Deadlines of a new ticket's SLA clocks, in words for the user (undefined when no contract covers it). */
/** When a ticket is due, in words; `respondToday` when its first response falls on today's date (Paris time). */
export interface TicketDeadlines {
  respond: string;
  resolve: string;
  respondToday?: boolean;
  /** When the first response is due (ISO 8601, UTC); undefined while the clock is paused. */
  respondAt?: string;
  /** The day (Paris time, YYYY-MM-DD) the resolution is due; undefined while the clock is paused. */
  resolveDay?: string;
  /** Where the first response stands: still awaited, awaited past its deadline, or given. */
  response?: 'awaited' | 'late' | 'given';
}

/** A contract's times for one priority, in minutes of open time; `allHours` when they run day and night. */
export interface PriorityTimes {
  respondMinutes: number;
  resolveMinutes: number;
  allHours: boolean;
}

export interface DeadlineTeller {
  describe(ticket: Ticket, lang: Language): Promise<TicketDeadlines | undefined>;
  /** The times of the contract that binds a team, per priority (undefined when none does). */
  targetsOf?(team: string): Record<Priority, PriorityTimes> | undefined;
  /** When a ticket for a team at a priority would be due if it were created now (undefined when no contract binds the team). */
  forecast?(team: string, priority: Priority, lang: Language): Pick<TicketDeadlines, 'respond' | 'resolve'> | undefined;
}

/** A month's SLA report (YYYY-MM) as a card in the manager's language. */
export interface SlaReportTeller {
  card(month: string, lang: Language): Promise<import('botbuilder').Attachment>;
}

/** The directory lookups the bot needs. */
export interface BotDirectory {
  findUserByAadObjectId(id: string): Promise<DirectoryUser | undefined>;
  findUserByEmail(email: string): Promise<DirectoryUser | undefined>;
  findUserBySlackId(id: string): Promise<DirectoryUser | undefined>;
  assetsOfUser(userId: number): Promise<DirectoryAsset[]>;
  assetsOfUnit(unitCode: string): Promise<DirectoryAsset[]>;
  locationOfUser(userId: number): Promise<(AssetPlace & { id: number }) | undefined>;
  /** A place by its id: where a ticket is. */
  findLocationById(id: number): Promise<(AssetPlace & { id: number }) | undefined>;
  findAsset(tagOrHostname: string): Promise<DirectoryAsset | undefined>;
  findAssetById(id: number): Promise<DirectoryAsset | undefined>;
  locationsOfUnit(unitCode: string): Promise<Array<AssetPlace & { id: number }>>;
  /** The places with a door's code ("A270"), one per site that has it. */
  locationsByDoorCode(doorCode: string): Promise<Array<AssetPlace & { id: number }>>;
  findSupportTeam(code: string): Promise<SupportTeam | undefined>;
  /** A user's managers, nearest first: they may follow the tickets their staff opened. */
  managerChain(userId: number): Promise<DirectoryUser[]>;
  /** The people a user is the line manager of. */
  directReports(userId: number): Promise<DirectoryUser[]>;
}

/** The business application a message names, as its inventory entry (APP-DPI for "Cristal-Net"). */
export interface ApplicationAssets {
  namedIn(text: string): Promise<DirectoryAsset | undefined>;
}

/** Everything the bot's dialogs depend on, passed in so tests give real parts or simple fakes. */
export interface BotServices {
  understander: Understander;
  directory: BotDirectory;
  tickets: TicketRepository;
  knowledge: KnowledgeDesk;
  deadlines?: DeadlineTeller;
  /** Monthly SLA reports as a card, for managers who ask ("rapport SLA novembre"). */
  slaReports?: SlaReportTeller;
  /** Business applications named in messages, so software tickets reach the application's team. */
  applications?: ApplicationAssets;
  /** Agent takeover (escalation cards, relay, agent commands); without it the bot only offers tickets. */
  handoff?: HandoffDesk;
  clock: Clock;
  logger: Logger;
}
