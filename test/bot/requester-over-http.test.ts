import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { BotClient, teamsUser } from '../support/bot-client.js';
import type { TeamsMember } from '../support/mock-connector.js';
import { reportOwnPcThatWillNotStart } from '../support/own-pc-report.js';
import { startBot, textsOf, type RunningBot } from '../support/runtime.js';

/**
 * The directory was exported without Entra object ids (or with ids that changed since): Teams names the
 * person by an object id the directory does not know, and by a `29:` id with no e-mail in it. The bot asks
 * Teams for the member record and finds the person by its e-mail or user principal name.
 */
describe('a Teams user whose Entra object id the directory does not know', () => {
  let bot: RunningBot;
  const logLines: string[] = [];
  beforeAll(async () => {
    bot = await startBot({ logger: createLogger('warn', undefined, { write: (line: string) => void logLines.push(line) }) });
  });
  afterAll(async () => {
    await bot?.dispose();
  });

  /** A Teams user with a fresh `29:` id and object id; Teams describes them with `member` (none: not a member). */
  function stranger(member?: Partial<TeamsMember>): BotClient {
    const user = { ...teamsUser(), name: 'Utilisateur Teams' };
    const client = new BotClient({ botUrl: bot.botUrl, connector: bot.connector, user });
    bot.connector.setMembers(client.conversationId, member ? [{ id: user.id, name: user.name, aadObjectId: user.aadObjectId, ...member }] : []);
    return client;
  }

  function lookupsOf(client: BotClient) {
    return bot.connector.memberLookups.filter((lookup) => lookup.memberId === client.user.id);
  }

  it('is found by the e-mail of their Teams member record: their own PC is proposed and the ticket is theirs', async () => {
    const alice = stranger({ email: 'alice.martin@chv.fr', userPrincipalName: 'amartin@chv.onmicrosoft.com' });
    const hello = textsOf((await alice.send('bonjour')).replies);
    expect(hello).toMatch(/(Bonjour|Bonsoir) Alice/);
    const { proposal, created } = await reportOwnPcThatWillNotStart(alice);
    expect(proposal).toContain("S'agit-il de PC-CARD-0342 (poste de travail) en Cardiologie, bâtiment B, étage 3 ?");
    const number = /INC-\d{4}-\d{6}/.exec(created)?.[0];
    expect(number, created).toBeDefined();
    const ticket = await bot.runtime.services.tickets.get(number!);
    const pc = await bot.runtime.services.directory.findAsset('PC-CARD-0342');
    expect(ticket).toMatchObject({ requester: 'alice.martin@chv.fr', assetId: pc!.id, sourceChannel: 'teams' });

    // Teams was asked once for the whole conversation, not at every turn.
    expect(lookupsOf(alice)).toEqual([{ conversationId: alice.conversationId, memberId: alice.user.id, status: 200 }]);
    // The imported directory is left as it was.
    const row = await bot.runtime.store.db.selectFrom('users').select('aad_object_id').where('email', '=', 'alice.martin@chv.fr').executeTakeFirstOrThrow();
    expect(row.aad_object_id).not.toBe(alice.user.aadObjectId);
  });

  it('is found by their user principal name when the member record has no e-mail the directory knows', async () => {
    const gaelle = stranger({ email: 'gaelle.m@partenaire.example', userPrincipalName: 'Gaelle.Mendes@chv.fr' });
    const hello = textsOf((await gaelle.send('bonjour')).replies);
    expect(hello).toMatch(/(Bonjour|Bonsoir) Gaëlle/);
    const status = textsOf((await gaelle.send('où en sont mes tickets ?')).replies);
    expect(status).not.toContain("Je ne vous trouve pas dans l'annuaire");
    expect(lookupsOf(gaelle)).toHaveLength(1);
  });

  it('records the chat as the person\'s own, so status messages reach them', async () => {
    const manon = stranger({ email: 'manon.dasilva@chv.fr' });
    await manon.send('bonjour');
    const user = await bot.runtime.services.directory.findUserByEmail('manon.dasilva@chv.fr');
    const ref = await bot.runtime.store.db
      .selectFrom('conversation_refs').selectAll().where('user_id', '=', user!.id).executeTakeFirst();
    expect(ref, 'a conversation reference for the user').toBeDefined();
    expect(lookupsOf(manon)).toHaveLength(1);
  });

  it('stays unknown, without an error, when Teams does not know the member (404)', async () => {
    const nobody = stranger();
    const first = await nobody.send('où en est mon ticket ?');
    expect(first.status).toBe(200);
    expect(textsOf(first.replies)).toContain("Je ne vous trouve pas dans l'annuaire");
    const second = textsOf((await nobody.send('où en est mon ticket ?')).replies);
    expect(second).toContain("Je ne vous trouve pas dans l'annuaire");
    expect(second).not.toContain('problème technique');
    // Not asked again at the next turn, and never in a loop.
    expect(lookupsOf(nobody)).toEqual([{ conversationId: nobody.conversationId, memberId: nobody.user.id, status: 404 }]);
  });

  it('stays unknown, without an error, while Teams fails the member lookup (500), and says so at warn with ids only', async () => {
    const alice = stranger({ email: 'alice.martin@chv.fr' });
    bot.connector.failMemberLookups(500);
    try {
      // The connector client retries a 5xx three times on its own (a few seconds) before the bot hears of it.
      const first = await alice.send('où en est mon ticket ?', { expectReplies: 2, timeoutMs: 15_000 }); // welcome, answer
      const text = textsOf(first.replies);
      expect(text).toContain("Je ne vous trouve pas dans l'annuaire");
      expect(text).not.toContain('problème technique');
      const afterFirst = lookupsOf(alice);
      expect(afterFirst.length).toBeGreaterThanOrEqual(1);
      expect(afterFirst.length).toBeLessThanOrEqual(4);
      expect(afterFirst.every((lookup) => lookup.status === 500)).toBe(true);

      const second = textsOf((await alice.send('où en est mon ticket ?', { expectReplies: 1 })).replies);
      expect(second).toContain("Je ne vous trouve pas dans l'annuaire");
      expect(lookupsOf(alice), 'not asked again right after a failure').toHaveLength(afterFirst.length);
    } finally {
      bot.connector.failMemberLookups(undefined);
    }
    const warnings = logLines.filter((line) => line.includes(alice.user.id)).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(warnings, logLines.join('\n')).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, teamsUserId: alice.user.id, status: 500 });
    expect(JSON.stringify(warnings[0])).not.toContain('alice.martin');
    expect(JSON.stringify(warnings[0])).not.toContain('Utilisateur Teams');
  }, 30_000);
});
