import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityHandler, TeamsInfo, type CloudAdapter } from 'botbuilder';
import type { Store } from '../../src/db/index.js';
import { createTeamsAdapter } from '../../src/channels/teams/index.js';
import { silentLogger } from '../../src/log.js';
import { BotClient, TEST_TENANT_ID, teamsUser } from '../support/bot-client.js';
import { MockConnector, type TeamsMember } from '../support/mock-connector.js';
import { openMigrated, storeTargets, type StoreTarget } from '../support/stores.js';
import { startBotServer, type RunningBot } from './harness.js';

/**
 * botbuilder's own connector client talks to the mock: if the routes or wire shapes were wrong, these
 * calls would fail inside botbuilder, as they would against the real Bot Framework.
 */
describe('mock Bot Framework connector', () => {
  const alice = teamsUser(1);
  const members: TeamsMember[] = [
    {
      id: alice.id,
      name: 'Alice Martin',
      aadObjectId: alice.aadObjectId,
      email: 'alice.martin@chv.fr',
      userPrincipalName: 'alice.martin@chv.fr',
      givenName: 'Alice',
      surname: 'Martin',
      tenantId: TEST_TENANT_ID,
      userRole: 'user',
    },
  ];
  let target: StoreTarget;
  let store: Store;
  let connector: MockConnector;
  let running: RunningBot;
  let adapter: CloudAdapter;
  let client: BotClient;

  /** A bot that exercises the connector routes: member lookups, update, delete. */
  class ConnectorUser extends ActivityHandler {
    constructor() {
      super();
      this.onMessage(async (context, next) => {
        const text = context.activity.text;
        if (text === 'qui suis-je') {
          const me = await TeamsInfo.getMember(context, context.activity.from.id);
          await context.sendActivity(`${me.name} <${me.email}>`);
        } else if (text === 'qui est là') {
          const page = await TeamsInfo.getPagedMembers(context);
          await context.sendActivity(page.members.map((m) => m.name).join(', '));
        } else if (text === 'inconnu') {
          const failure = await TeamsInfo.getMember(context, '29:nobody').catch((error: { statusCode?: number; code?: string }) => error);
          await context.sendActivity(`introuvable: ${(failure as { statusCode?: number }).statusCode}`);
        } else if (text === 'modifier') {
          const sent = await context.sendActivity('version 1');
          await context.updateActivity({ id: sent!.id, type: 'message', text: 'version 2', conversation: context.activity.conversation });
        } else if (text === 'supprimer') {
          const sent = await context.sendActivity('message provisoire');
          await context.deleteActivity(sent!.id);
        }
        await next();
      });
    }
  }

  beforeAll(async () => {
    target = storeTargets()[0]!.create();
    store = await openMigrated(target);
    connector = await MockConnector.start({ members });
    adapter = createTeamsAdapter({}, silentLogger);
    running = await startBotServer({ store, bot: new ConnectorUser(), logger: silentLogger });
    client = new BotClient({ botUrl: running.url, connector, user: alice });
  });

  afterAll(async () => {
    await running?.close();
    await connector?.close();
    await store?.close();
    await target?.dispose();
  });

  it('answers Teams member lookups with the configured members', async () => {
    expect((await client.send('qui suis-je')).replies.map((r) => r.text)).toEqual(['Alice Martin <alice.martin@chv.fr>']);
    expect((await client.send('qui est là')).replies.map((r) => r.text)).toEqual(['Alice Martin']);
  });

  it('answers 404 MemberNotFoundInConversation for an unknown member', async () => {
    expect((await client.send('inconnu')).replies.map((r) => r.text)).toEqual(['introuvable: 404']);
  });

  it('lets members differ per conversation', async () => {
    const bob = new BotClient({ botUrl: running.url, connector });
    connector.setMembers(bob.conversationId, [{ id: bob.user.id, name: 'Bob Leroy', aadObjectId: bob.user.aadObjectId, email: 'bob.leroy@chv.fr' }]);
    expect((await bob.send('qui suis-je')).replies.map((r) => r.text)).toEqual(['Bob Leroy <bob.leroy@chv.fr>']);
  });

  it('records updates and deletions of activities the bot posted, by the id it gave them', async () => {
    const replyOperation = (activityId: string | undefined) =>
      connector.operations.find((op) => op.operation === 'reply' && op.replyToId === activityId)!;

    const { activity: edit } = await client.send('modifier');
    const update = connector.operations.find((op) => op.operation === 'update' && op.activityId === replyOperation(edit.id).activityId);
    expect(update).toMatchObject({ conversationId: client.conversationId, activity: { text: 'version 2' } });

    const { activity: removal } = await client.send('supprimer');
    const deletion = connector.operations.find((op) => op.operation === 'delete' && op.activityId === replyOperation(removal.id).activityId);
    expect(deletion).toMatchObject({ conversationId: client.conversationId });
  });

  it('decodes Teams channel conversation ids (":", "@", ";") from the URL', async () => {
    const channelThread = '19:8a1b2c3d4e5f@thread.tacv2;messageid=1700000000000';
    await adapter.continueConversationAsync('', { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: channelThread } as never }, async (context) => {
      await context.sendActivity('Rappel SLA : INC-2026-000042 expire dans 30 min');
    });
    const [posted] = await connector.nextActivities(channelThread, 1);
    expect(posted!.text).toBe('Rappel SLA : INC-2026-000042 expire dans 30 min');
  });

  it('creates a conversation for a proactive message and records the message in it', async () => {
    let conversationId = '';
    await adapter.createConversationAsync(
      '',
      'msteams',
      connector.url,
      '',
      { isGroup: false, bot: { id: '28:bot', name: 'Triage' }, members: [{ id: alice.id, name: 'Alice Martin' }], tenantId: TEST_TENANT_ID } as never,
      async (context) => {
        conversationId = context.activity.conversation.id;
        await context.sendActivity('Votre ticket INC-2026-000042 est résolu.');
      },
    );
    expect(conversationId).toMatch(/^a:mock-conversation-/);
    expect((await connector.nextActivities(conversationId, 1)).map((a) => a.text)).toEqual(['Votre ticket INC-2026-000042 est résolu.']);
  });

  it('hands out the next activities in order, and fails clearly when they do not come', async () => {
    const carol = new BotClient({ botUrl: running.url, connector });
    await adapter.continueConversationAsync('', { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: carol.conversationId } as never }, async (context) => {
      await context.sendActivity('un');
      await context.sendActivity('deux');
      await context.sendActivity('trois');
    });
    expect((await connector.nextActivities(carol.conversationId, 2)).map((a) => a.text)).toEqual(['un', 'deux']);
    expect((await connector.nextActivities(carol.conversationId, 1)).map((a) => a.text)).toEqual(['trois']);
    await expect(connector.nextActivities(carol.conversationId, 1, { timeoutMs: 100 })).rejects.toThrow(
      `mock connector: timed out after 100 ms: expected 1 new activities in conversation "${carol.conversationId}", got 0: []`,
    );
  });

  it('answers injected failures with an ErrorResponse: the turn fails and the user gets the apology', async () => {
    connector.failNext(1, 404);
    await adapter.continueConversationAsync('', { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'a:1gone' } as never }, async (context) => {
      await context.sendActivity('perdu');
    });
    expect(connector.activities('a:1gone').map((a) => a.text)).toEqual([
      "Désolé, un problème technique m'empêche de répondre. Réessayez dans un instant ; si c'est urgent, appelez le support au 5000.",
    ]);
  });

  it('sees botbuilder retry a 503 from the connector on its own: the message arrives once', async () => {
    connector.failNext(1, 503);
    await adapter.continueConversationAsync('', { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'a:1blip' } as never }, async (context) => {
      await context.sendActivity('après un hoquet');
    });
    expect(connector.activities('a:1blip').map((a) => a.text)).toEqual(['après un hoquet']);
  });
});
