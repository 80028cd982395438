import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Requesters, type MemberIdentity, type PeopleDirectory } from '../../src/bot/requester/index.js';
import { ManualClock } from '../../src/clock.js';
import type { DirectoryUser } from '../../src/directory/index.js';
import { silentLogger } from '../../src/log.js';

function person(id: number, email: string, extra: Partial<DirectoryUser> = {}): DirectoryUser {
  return {
    id, email, displayName: email, aadObjectId: null, slackUserId: null, jobRole: 'IDE', managerId: null,
    locationId: null, preferredLanguage: 'fr', phone: null, active: true, ...extra,
  };
}

/** A directory of plain users, searched as the repository does (e-mail in any case). */
function directoryOf(users: DirectoryUser[]): PeopleDirectory {
  return {
    findUserByAadObjectId: async (id) => users.find((u) => u.aadObjectId === id.toLowerCase()),
    findUserByEmail: async (email) => users.find((u) => u.email === email.toLowerCase()),
    findUserBySlackId: async (id) => users.find((u) => u.slackUserId === id),
  };
}

/** Member records by Teams user id, counting the calls. */
function teams(records: Record<string, MemberIdentity>) {
  const calls: string[] = [];
  return {
    calls,
    lookup: async (_context: TurnContext, userId: string) => {
      calls.push(userId);
      const record = records[userId];
      if (!record) throw Object.assign(new Error('The member was not found in the conversation.'), { statusCode: 404 });
      return record;
    },
  };
}

function turn(from: Partial<Activity['from']>, channelId = 'msteams'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message', channelId, text: 'bonjour', from: { id: '', name: 'x', ...from },
    conversation: { id: 'a:1conversation', isGroup: false, conversationType: 'personal', name: '' },
    recipient: { id: '28:bot', name: 'Triage' },
  } as Partial<Activity>);
}

describe('finding the requester of a turn', () => {
  const alice = person(1, 'alice.martin@chv.fr', { aadObjectId: '00000000-0000-4000-8000-000000000001', slackUserId: 'U0ALICE01' });
  const bruno = person(2, 'bruno.leroy@chv.fr');

  it('uses what the activity names first, and asks Teams nothing then', async () => {
    const members = teams({});
    const requesters = new Requesters({ directory: directoryOf([alice]), logger: silentLogger, clock: new ManualClock('2026-11-02T08:00:00Z'), members: members.lookup });
    expect((await requesters.resolve(turn({ id: '29:1alice', aadObjectId: alice.aadObjectId! })))?.email).toBe(alice.email);
    expect((await requesters.resolve(turn({ id: 'Alice.Martin@chv.fr' }, 'emulator')))?.email).toBe(alice.email);
    expect((await requesters.resolve(turn({ id: 'U0ALICE01:T0HOSP' }, 'slack')))?.email).toBe(alice.email);
    expect(await requesters.resolve(turn({ id: 'someone' }, 'emulator'))).toBeUndefined();
    expect(members.calls).toEqual([]);
  });

  it('asks Teams once per turn however many parts of the turn ask', async () => {
    const members = teams({ '29:1bruno': { email: 'bruno.leroy@chv.fr' } });
    const requesters = new Requesters({ directory: directoryOf([bruno]), logger: silentLogger, clock: new ManualClock('2026-11-02T08:00:00Z'), members: members.lookup });
    const context = turn({ id: '29:1bruno', aadObjectId: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924' });
    const [a, b] = await Promise.all([requesters.resolve(context), requesters.resolve(context)]);
    expect(a?.id).toBe(bruno.id);
    expect(b?.id).toBe(bruno.id);
    expect(members.calls).toHaveLength(1);
  });

  it('asks Teams again once the record is older than its time to live', async () => {
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    const members = teams({ '29:1bruno': { email: 'bruno.leroy@chv.fr' } });
    const requesters = new Requesters({ directory: directoryOf([bruno]), logger: silentLogger, clock, members: members.lookup, ttlMs: 3_600_000 });
    await requesters.resolve(turn({ id: '29:1bruno' }));
    clock.advance(3_599_000);
    await requesters.resolve(turn({ id: '29:1bruno' }));
    expect(members.calls).toHaveLength(1);
    clock.advance(2_000);
    expect((await requesters.resolve(turn({ id: '29:1bruno' })))?.id).toBe(bruno.id);
    expect(members.calls).toHaveLength(2);
  });

  it('keeps at most the configured number of members, forgetting the least recently seen', async () => {
    const members = teams({ '29:1a': { email: 'a@chv.fr' }, '29:1b': { email: 'b@chv.fr' }, '29:1c': { email: 'c@chv.fr' } });
    const requesters = new Requesters({ directory: directoryOf([]), logger: silentLogger, clock: new ManualClock('2026-11-02T08:00:00Z'), members: members.lookup, maxEntries: 2 });
    for (const id of ['29:1a', '29:1b', '29:1a', '29:1c', '29:1a', '29:1b']) await requesters.resolve(turn({ id }));
    // a, b asked; a remembered; c pushes out b (a was seen after it); a remembered; b asked again.
    expect(members.calls).toEqual(['29:1a', '29:1b', '29:1c', '29:1b']);
  });

  it('reads the directory at each turn, so a person imported later is found without asking Teams again', async () => {
    const users: DirectoryUser[] = [];
    const members = teams({ '29:1bruno': { userPrincipalName: 'Bruno.Leroy@chv.fr' } });
    const requesters = new Requesters({ directory: directoryOf(users), logger: silentLogger, clock: new ManualClock('2026-11-02T08:00:00Z'), members: members.lookup });
    expect(await requesters.resolve(turn({ id: '29:1bruno' }))).toBeUndefined();
    users.push(bruno);
    expect((await requesters.resolve(turn({ id: '29:1bruno' })))?.id).toBe(bruno.id);
    expect(members.calls).toHaveLength(1);
  });

  it('leaves the person unknown when Teams does not answer in time, and tries again only after a while', async () => {
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    let calls = 0;
    const requesters = new Requesters({
      directory: directoryOf([bruno]), logger: silentLogger, clock, timeoutMs: 20, failureTtlMs: 60_000,
      members: () => {
        calls += 1;
        return new Promise<MemberIdentity>(() => {});
      },
    });
    expect(await requesters.resolve(turn({ id: '29:1bruno' }))).toBeUndefined();
    expect(await requesters.resolve(turn({ id: '29:1bruno' }))).toBeUndefined();
    expect(calls).toBe(1);
    clock.advance(60_000);
    await requesters.resolve(turn({ id: '29:1bruno' }));
    expect(calls).toBe(2);
  });
});
