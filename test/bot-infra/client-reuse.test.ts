import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type Activity } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { ClientReusingAuthentication } from '../../src/channels/teams/client-reuse.js';
import { createTeamsAdapter } from '../../src/channels/teams/index.js';
import { silentLogger } from '../../src/log.js';

/** The address a connector client sends to (kept by the Azure client in a protected field). */
const baseUriOf = (client: unknown) => (client as { baseUri: string }).baseUri;
const anonymous = () => new ClaimsIdentity([], false);
const asBot = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);

function authentication(maxClients?: number) {
  return new ClientReusingAuthentication(
    new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})),
    maxClients,
  );
}

describe('connector clients reused from turn to turn', () => {
  it('gives the next turn to the same service URL the same connector client', async () => {
    const auth = authentication();
    const first = await auth.createConnectorFactory(anonymous()).create('http://127.0.0.1:3978/', 'https://api.botframework.com');
    const second = await auth.createConnectorFactory(anonymous()).create('http://127.0.0.1:3978/', 'https://api.botframework.com');
    expect(second).toBe(first);
    expect(baseUriOf(first)).toBe('http://127.0.0.1:3978/');
  });

  it('keeps service URLs, audiences and bots apart', async () => {
    const auth = authentication();
    const base = await auth.createConnectorFactory(anonymous()).create('http://127.0.0.1:3978/', 'a');
    const otherUrl = await auth.createConnectorFactory(anonymous()).create('http://127.0.0.1:3979/', 'a');
    const otherAudience = await auth.createConnectorFactory(anonymous()).create('http://127.0.0.1:3978/', 'b');
    const otherBot = await auth.createConnectorFactory(asBot('2d9f6c51-7b0e-4c1a-8e3f-5a6b7c8d9e0f')).create('http://127.0.0.1:3978/', 'a');
    expect(new Set([base, otherUrl, otherAudience, otherBot]).size).toBe(4);
    expect(baseUriOf(otherUrl)).toBe('http://127.0.0.1:3979/');
  });

  it('keeps at most the given number of clients, making a dropped one again', async () => {
    const auth = authentication(2);
    const make = (port: number) => auth.createConnectorFactory(anonymous()).create(`http://127.0.0.1:${port}/`);
    const first = await make(1);
    await make(2);
    await make(3);
    const again = await make(1);
    expect(again).not.toBe(first);
    expect(baseUriOf(again)).toBe('http://127.0.0.1:1/');
  });

  it('reuses the user token client of the same bot', async () => {
    const auth = authentication();
    expect(await auth.createUserTokenClient(anonymous())).toBe(await auth.createUserTokenClient(anonymous()));
    expect(await auth.createUserTokenClient(asBot('x'))).not.toBe(await auth.createUserTokenClient(anonymous()));
  });
});

describe('the Teams adapter', () => {
  it('runs two turns to the same service URL with one connector client', async () => {
    const adapter = createTeamsAdapter({}, silentLogger);
    const clients: unknown[] = [];
    const delivery = await adapter.authenticate({}, '');
    for (const id of ['m-1', 'm-2']) {
      const activity = {
        type: 'message', id, text: 'bonjour', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
        conversation: { id: 'a:1' }, from: { id: '29:1', name: 'Infirmière' }, recipient: { id: '28:bot', name: 'Triage' },
      } as Partial<Activity>;
      await adapter.runDelivered(delivery, activity, { attempt: 1, final: true }, async (context) => {
        clients.push(context.turnState.get(adapter.ConnectorClientKey));
      });
    }
    expect(clients[0]).toBeDefined();
    expect(clients[1]).toBe(clients[0]);
  });
});
