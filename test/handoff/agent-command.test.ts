import { describe, expect, it } from 'vitest';
import { AgentRoster, parseAgentMessage } from '../../src/bot/handoff/index.js';
import type { DirectoryUser } from '../../src/directory/index.js';

describe('reading what an agent types in a handoff thread', () => {
  it('takes anything not starting with "/" as a message for the user', () => {
    expect(parseAgentMessage('Bonjour, je regarde ça')).toEqual({ kind: 'message' });
    expect(parseAgentMessage('  le chemin est C:/temp ')).toEqual({ kind: 'message' });
  });

  it('reads each command with its arguments', () => {
    expect(parseAgentMessage('/assign karim.benali@chv.fr')).toEqual({ kind: 'command', command: { name: 'assign', target: 'karim.benali@chv.fr' } });
    expect(parseAgentMessage('/assign')).toEqual({ kind: 'command', command: { name: 'assign' } }); // the @mention comes from the entities
    expect(parseAgentMessage('/team Infra-L2')).toEqual({ kind: 'command', command: { name: 'team', team: 'infra-l2' } });
    expect(parseAgentMessage('/priority p2 contournement trouvé')).toEqual({
      kind: 'command', command: { name: 'priority', priority: 'P2', reason: 'contournement trouvé' },
    });
    expect(parseAgentMessage('/WAIT')).toEqual({ kind: 'command', command: { name: 'wait' } });
    expect(parseAgentMessage('/resolve pilote réinstallé\net imprimante redémarrée')).toEqual({
      kind: 'command', command: { name: 'resolve', resolution: 'pilote réinstallé\net imprimante redémarrée' },
    });
    expect(parseAgentMessage('/note rappeler à 14 h')).toEqual({ kind: 'command', command: { name: 'note', text: 'rappeler à 14 h' } });
    expect(parseAgentMessage('/bot')).toEqual({ kind: 'command', command: { name: 'bot' } });
  });

  it('tells a malformed command from an unknown one', () => {
    for (const text of ['/priority P5 trop urgent', '/priority P2', '/priority P2 ok', '/team', '/team infra l2', '/resolve', '/resolve ok', '/note', '/wait un peu', '/bot maintenant', '/assign karim']) {
      expect(parseAgentMessage(text).kind, text).toBe('malformed');
    }
    expect(parseAgentMessage('/close')).toEqual({ kind: 'unknown', name: 'close' });
  });
});

describe('who may take over a conversation', () => {
  const person = (overrides: Partial<DirectoryUser>): DirectoryUser => ({
    id: 1, email: 'x@chv.fr', displayName: 'X', aadObjectId: null, slackUserId: null, jobRole: 'IDE', managerId: null,
    locationId: null, preferredLanguage: 'fr', phone: null, active: true, ...overrides,
  });

  it('defaults to the directory\'s IT support roles', () => {
    const roster = new AgentRoster();
    expect(roster.configured).toBe(false);
    expect(roster.isAgent({ user: person({ jobRole: 'Technicien informatique' }) })).toBe(true);
    expect(roster.isAgent({ user: person({ jobRole: 'Responsable du support informatique' }) })).toBe(true);
    expect(roster.isAgent({ user: person({ jobRole: 'IDE' }) })).toBe(false);
    expect(roster.isAgent({ user: person({ jobRole: 'Technicien informatique', active: false }) })).toBe(false);
    expect(roster.isAgent({ aadObjectId: 'f1d97ee5-8ca8-4bb9-8fd7-c2d15035bfe1' })).toBe(false); // unknown to the directory
  });

  it('with AGENTS, admits exactly the listed e-mails and Entra object ids', () => {
    const roster = new AgentRoster(['Karim.Benali@chv.fr', 'F1D97EE5-8CA8-4BB9-8FD7-C2D15035BFE1']);
    expect(roster.isAgent({ user: person({ email: 'karim.benali@chv.fr', jobRole: 'IDE' }) })).toBe(true);
    expect(roster.isAgent({ aadObjectId: 'f1d97ee5-8ca8-4bb9-8fd7-c2d15035bfe1' })).toBe(true);
    expect(roster.isAgent({ user: person({ jobRole: 'Technicien informatique' }) })).toBe(false);
  });
});
