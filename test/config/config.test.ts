import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { isCodedError } from '../../src/errors.js';

describe('configuration', () => {
  it('runs on the embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, databaseUrl: 'sqlite:./data/triage.db', knowledgeDir: './knowledge' });
    expect(config.llm.provider).toBe('none');
    expect(config.botFramework.appId).toBeUndefined();
  });

  it('accepts a PostgreSQL URL and a PORT override', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', PORT: '8080' });
    expect(config.databaseUrl).toMatch(/^postgres:/);
    expect(config.port).toBe(8080);
  });

  it('names the bad variable when a value is wrong', () => {
    for (const [env, variable] of [
      [{ PORT: 'eighty' }, 'PORT'],
      [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
      [{ LLM_PROVIDER: 'skynet' }, 'LLM_PROVIDER'],
    ] as const) {
      try {
        loadConfig(env);
        expect.unreachable();
      } catch (error) {
        expect(isCodedError(error, 'config_invalid')).toBe(true);
        expect((error as Error).message).toContain(variable);
      }
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '' }).port).toBe(3978);
  });
});
