import { ConversationState, UserState } from 'botbuilder';
import type restify from 'restify';
import { TriageBot, type BotServices } from '../bot/index.js';
import { HandoffDesk } from '../bot/handoff/index.js';
import { ExactlyOnceMiddleware } from '../bot/idempotency/index.js';
import { Requesters } from '../bot/requester/index.js';
import { KyselyStorage } from '../bot/storage/index.js';
import { BotFrameworkNotifier, ConversationRefs, recordConversations, type Notifier } from '../channels/notifier/index.js';
import { ActivityInbox, InboxWorkers } from '../channels/inbox/index.js';
import { createTeamsAdapter, registerBotEndpoint, type DeliveryRecord, type TeamsAdapter } from '../channels/teams/index.js';
import { systemClock, type Clock } from '../clock.js';
import type { Config } from '../config/index.js';
import { createStore, migrateToLatest, type Store } from '../db/index.js';
import { DirectoryRepository, isDirectoryEmpty, loadSampleHospital } from '../directory/index.js';
import { KyselyAnswerLog, openKnowledgeBase } from '../knowledge/index.js';
import type { Logger } from '../log.js';
import { TicketRepository, loadRoutingConfig } from '../tickets/index.js';
import { loadContracts } from '../sla/index.js';
import { createSlaLive, monthReport, reportCard, type SlaLive } from '../sla/live/index.js';
import { createWebServer } from '../web/server.js';
import { createChatModel } from '../llm/index.js';
import { loadRedactionPolicy, redactForAudience } from '../redaction/index.js';
import { applicationAssets, loadApplicationNames } from './application-names.js';
import { loadRoleGroups } from './audience-groups.js';
import { createKnowledgeDesk } from './knowledge-desk.js';
import { createBotUnderstander } from './understanding.js';
import { UnderstandingThread } from './understanding-thread.js';

/** The whole product in one process: store, directory, knowledge, bot, channels and HTTP server. */
export interface Runtime {
  config: Config;
  store: Store;
  logger: Logger;
  clock: Clock;
  services: BotServices;
  bot: TriageBot;
  adapter: TeamsAdapter;
  /** Delivered activities waiting for their turn, and the workers that run them (started here). */
  inbox: ActivityInbox;
  inboxWorkers: InboxWorkers;
  refs: ConversationRefs;
  notifier: Notifier;
  /** Agent takeover; the scheduler calls `handoff.closeUnconfirmedResolutions(now)`. */
  handoff: HandoffDesk;
  /** SLA clocks, notice planner and worker (the worker is started by main.ts, stopped by close()). */
  sla: SlaLive;
  server: restify.Server;
  /** Where messages are read by rules, beside the event loop (absent: read in the event loop). */
  understandingThread?: UnderstandingThread;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  logger: Logger;
  clock?: Clock;
  /** An already open store (tests); otherwise DATABASE_URL is opened. */
  store?: Store;
  /** Where proactive messages go instead of the Bot Framework (the terminal chat prints them). */
  notifier?: Notifier;
}

/** Migrates, seeds the sample hospital into an empty database when configured, and wires everything. */
export async function createRuntime(config: Config, { logger, clock = systemClock, store: given, notifier: givenNotifier }: RuntimeOptions): Promise<Runtime> {
  const store =
    given ??
    createStore(config.databaseUrl, {
      onCheckpointFailure: (reason) => logger.warn({ reason }, 'background database checkpoint failed'),
    });
  const migration = await migrateToLatest(store);
  if (migration.error) throw new Error(migration.error);
  if (migration.applied.length) logger.info({ applied: migration.applied, database: store.location }, 'database migrated');
  if (config.seedSampleDirectory && (await isDirectoryEmpty(store))) {
    const report = await loadSampleHospital(store);
    logger.info({ report }, 'sample hospital directory loaded');
  }

  const { knowledge, problems } = await openKnowledgeBase(config.knowledgeDir);
  for (const problem of problems) logger.warn({ file: problem.file, line: problem.line, problem: problem.message }, 'fiche left out');

  const redaction = await loadRedactionPolicy(config.redactionConfigPath);
  const model = createChatModel(config.llm);
  if (model) logger.info({ provider: config.llm.provider, model: config.llm.model }, 'language model configured');
  const redactExternal = (text: string) => redactForAudience(text, 'external', redaction).text;

  const directory = new DirectoryRepository(store);
  const tickets = new TicketRepository(store, clock, loadRoutingConfig(config.routingConfigPath));
  const thread = config.understandingThread && !model
    ? new UnderstandingThread({ onFailure: (reason) => logger.warn({ reason }, 'messages read in the event loop again') })
    : undefined;
  const services: BotServices = {
    understander: createBotUnderstander({
      model,
      thread,
      timeoutMs: config.llm.timeoutMs,
      redact: redactExternal,
      onModelFailure: (reason) => logger.warn({ reason }, 'language model extraction not used'),
    }),
    directory,
    tickets,
    knowledge: createKnowledgeDesk(knowledge, new KyselyAnswerLog(store, clock), {
      model,
      timeoutMs: config.llm.timeoutMs,
      logger,
      redact: redactExternal,
      roleGroups: await loadRoleGroups(config.audiencesConfigPath),
    }),
    applications: applicationAssets(await loadApplicationNames(config.applicationsConfigPath), directory),
    clock,
    logger,
  };

  const storage = new KyselyStorage(store, clock);
  // One per process: the bot and the conversation recorder share what Teams said of each member.
  const requesters = new Requesters({ directory, logger, clock });
  const bot = new TriageBot(services, new ConversationState(storage), new UserState(storage), requesters);
  const adapter = createTeamsAdapter(config.botFramework, logger);
  const refs = new ConversationRefs(store, () => clock.now());
  adapter.use(new ExactlyOnceMiddleware({ store, logger, clock, staleAfterMs: config.inbox.leaseMs }));
  adapter.use(
    recordConversations(refs, async (context) => (await requesters.resolve(context))?.id, logger),
  );
  const notifier = givenNotifier ?? new BotFrameworkNotifier({
    adapter,
    refs,
    logger,
    appId: config.botFramework.appId ?? '',
    defaultServiceUrl: config.teamsServiceUrl,
  });
  const sla = createSlaLive({
    store, tickets, notifier, clock, logger,
    contracts: await loadContracts(config.slaConfigPath),
    managersChannelId: config.sla.managersChannelId,
    channelLanguage: config.channelLanguage,
    redaction,
  });
  services.deadlines = sla.deadlines;
  services.slaReports = { card: async (month, lang) => reportCard(await monthReport(store.db, sla.clocks, month, clock.now()), lang) };
  const handoff = new HandoffDesk({
    store, tickets, directory, notifier, refs, clock, logger,
    understander: services.understander,
    redaction,
    agents: config.handoff.agents,
    agentChannelId: config.handoff.agentChannelId,
    channelLanguage: config.channelLanguage,
    deadlines: () => services.deadlines,
    requesters,
  });
  services.handoff = handoff;
  const inbox = new ActivityInbox(store);
  const inboxWorkers = new InboxWorkers({
    inbox,
    logger,
    slots: config.inbox.workers,
    maxAttempts: config.inbox.maxAttempts,
    leaseMs: config.inbox.leaseMs,
    runTurn: (entry, attempt) => adapter.runDelivered(entry.delivery as unknown as DeliveryRecord, entry.activity, attempt, (context) => bot.run(context)),
  });
  inboxWorkers.start();
  const server = createWebServer({
    store,
    logger,
    health: async () => ({
      inbox: await inbox.counts(),
      turns_at_once: inboxWorkers.concurrency,
      understanding: thread?.ready ? 'thread' : 'event loop',
    }),
    routes: [(s) => registerBotEndpoint(s, { adapter, bot, logger, inbox: { inbox, workers: inboxWorkers, ackWithinMs: config.inbox.ackWithinMs } })],
  });

  return {
    config, store, logger, clock, services, bot, adapter, inbox, inboxWorkers, refs, notifier, sla, handoff, server,
    ...(thread ? { understandingThread: thread } : {}),
    async close() {
      server.close();
      await inboxWorkers.stop();
      await sla.worker.stop();
      await thread?.stop();
      await store.close();
    },
  };
}
