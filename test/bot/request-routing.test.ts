import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadRoutingConfig, routeTicket } from '../../src/tickets/index.js';
import { answerUntilSummary, chatAs, clickIntake, runtimeForThisFile, ticketAnnounced } from './chat-harness.js';

// Monday 30 November 2026, 10:00 in Paris.
const runtime = runtimeForThisFile({ clock: new ManualClock(new Date('2026-11-30T09:00:00Z')) });

describe('a request goes to the team that carries it out', () => {
  it('a new account goes to identity management, a restore to infrastructure, an installation stays with the service desk', async () => {
    const account = chatAs(runtime(), 'helene.aubert@chv.fr');
    let text = await answerUntilSummary(account, await account.say('il faut créer un compte Windows et DPI pour Julie Morel, nouvelle IDE en cardiologie, elle arrive le 14 décembre'));
    expect(await ticketAnnounced(runtime(), await account.say(clickIntake('create')))).toMatchObject({ kind: 'request', team: 'identity-access' });

    const restore = chatAs(runtime(), 'helene.aubert@chv.fr');
    text = await answerUntilSummary(restore, await restore.say("j'ai supprimé par erreur le fichier planning-decembre.xlsx sur le partage du service, vous pouvez le restaurer ?"));
    expect(text).toContain('Résumé de votre demande');
    expect(await ticketAnnounced(runtime(), await restore.say(clickIntake('create')))).toMatchObject({ kind: 'request', team: 'infra-l2' });

    const install = chatAs(runtime(), 'helene.aubert@chv.fr');
    text = await answerUntilSummary(install, await install.say('je voudrais faire installer Acrobat Pro sur mon poste'));
    expect(await ticketAnnounced(runtime(), await install.say(clickIntake('create')))).toMatchObject({ kind: 'request', team: 'helpdesk-l1' });
  });
});

describe('routing rules on what a request asks for', () => {
  const routing = loadRoutingConfig('config/routing.yaml');

  it('reads request_type conditions and matches only requests of those types', () => {
    expect(routeTicket(routing, { category: 'request', requestType: 'access' })).toBe('identity-access');
    expect(routeTicket(routing, { category: 'request', requestType: 'restore' })).toBe('infra-l2');
    expect(routeTicket(routing, { category: 'request', requestType: 'software' })).toBe('helpdesk-l1');
    expect(routeTicket(routing, { category: 'request' })).toBe('helpdesk-l1');
    // A locked account is an incident: the service desk unlocks it at once.
    expect(routeTicket(routing, { category: 'access' })).toBe('helpdesk-l1');
  });
});
