import { describe, expect, it } from 'vitest';
import { checkActivity, createTeamsAdapter, technicalProblemMessage } from '../../src/channels/teams/index.js';
import { isCodedError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';

describe('Teams adapter configuration', () => {
  it('refuses single-tenant credentials without a password, naming what is missing', () => {
    const error = (() => {
      try {
        createTeamsAdapter({ appId: '2d9f6c51-7b0e-4c1a-8e3f-5a6b7c8d9e0f', tenantId: '6f1c2b9e-3d4a-4e8f-9a51-0c7d2e8b4a10' }, silentLogger);
      } catch (e) {
        return e;
      }
    })();
    expect(isCodedError(error, 'config_invalid')).toBe(true);
    expect((error as Error).message).toContain('MicrosoftAppPassword is required for SingleTenant');
  });

  it('accepts a managed identity without password', () => {
    expect(() =>
      createTeamsAdapter({ appId: '2d9f6c51-7b0e-4c1a-8e3f-5a6b7c8d9e0f', tenantId: '6f1c2b9e-3d4a-4e8f-9a51-0c7d2e8b4a10', appType: 'UserAssignedMSI' }, silentLogger),
    ).not.toThrow();
  });
});

describe('the message of a failed turn', () => {
  it.each([
    ['en-US', 'Sorry'],
    ['EN-gb', 'Sorry'],
    ['en', 'Sorry'],
    ['fr-FR', 'Désolé'],
    ['de-DE', 'Désolé'],
    [undefined, 'Désolé'],
  ])('for locale %s starts with %s', (locale, start) => {
    expect(technicalProblemMessage(locale).startsWith(start)).toBe(true);
  });
});

describe('incoming activity check', () => {
  const base = { type: 'conversationUpdate', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'a:1x' } };

  it('lets a conversation update through without sender or id, with unknown fields', () => {
    expect(checkActivity({ ...base, membersAdded: [{ id: '28:bot' }], channelData: { tenant: { id: 't' } } })).toEqual({ ok: true });
  });

  it('requires the id and the sender of a message or an invoke', () => {
    expect(checkActivity({ ...base, type: 'message' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^activity\.id: /) });
    expect(checkActivity({ ...base, type: 'invoke', id: 'i-1' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^activity\.from: /) });
    expect(checkActivity({ ...base, type: 'message', id: 'm-1', from: { id: '29:1a' } })).toEqual({ ok: true });
  });

  it('refuses an empty type and a conversation id longer than any channel uses', () => {
    expect(checkActivity({ ...base, type: '' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^activity\.type: /) });
    expect(checkActivity({ ...base, conversation: { id: 'a'.repeat(5000) } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^activity\.conversation\.id: /),
    });
  });
});
