import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import { ChatOllama } from '@langchain/ollama';
import { FakeListChatModel, FakeStreamingChatModel } from '@langchain/core/utils/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { isCodedError } from '../../src/errors.js';
import { KnowledgeBase, citedSlugs, composeAnswer, groundedPrompt, loadFiches } from '../../src/knowledge/index.js';
import { createChatModel } from '../../src/llm/index.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = new KnowledgeBase((await loadFiches('knowledge')).fiches);
});

const llm = (env: Record<string, string>) => loadConfig({ ...env }).llm;

describe('createChatModel', () => {
  it('gives no model by default: every feature works without one', () => {
    expect(createChatModel(llm({}))).toBeUndefined();
  });

  it('builds the configured provider without calling it', () => {
    expect(createChatModel(llm({ LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-4o-mini', LLM_BASE_URL: 'http://127.0.0.1:9/v1' }))).toBeInstanceOf(ChatOpenAI);
    expect(
      createChatModel(llm({ LLM_PROVIDER: 'azure-openai', LLM_MODEL: 'helpdesk', LLM_BASE_URL: 'https://chv.openai.azure.com', LLM_API_KEY: 'k' })),
    ).toBeInstanceOf(AzureChatOpenAI);
    expect(createChatModel(llm({ LLM_PROVIDER: 'ollama', LLM_MODEL: 'mistral', LLM_BASE_URL: 'http://127.0.0.1:11434' }))).toBeInstanceOf(ChatOllama);
  });

  it('refuses a provider without a model, naming the variable', () => {
    try {
      createChatModel(llm({ LLM_PROVIDER: 'ollama' }));
      expect.unreachable();
    } catch (error) {
      expect(isCodedError(error, 'config_invalid')).toBe(true);
      expect((error as Error).message).toMatch(/LLM_MODEL/);
    }
  });
});

describe('answers written by the model, grounded in the fiches', () => {
  it('uses the reply when it cites a fiche it was given', async () => {
    const model = new FakeListChatModel({ responses: ['1. Ouvrez https://motdepasse.chv.local et changez le mot de passe. [password-reset]'] });
    const reply = await composeAnswer({ knowledge, question: 'mdp expiré', model, timeoutMs: 1000 });
    expect(reply).toMatchObject({ source: 'llm', lang: 'fr', cited: ['password-reset'], fiche: { slug: 'password-reset', question: 'Cela a-t-il résolu le problème ?' } });
  });

  it('falls back to the fiche when the reply cites no fiche it was given', async () => {
    const model = new FakeListChatModel({ responses: ['Redémarrez, ça devrait aller. [fiche-inventee]'] });
    expect(await composeAnswer({ knowledge, question: 'mdp expiré', model, timeoutMs: 1000 })).toMatchObject({
      source: 'fiche',
      fallback: 'no_citation',
      fiche: { slug: 'password-reset' },
    });
  });

  it('falls back to the fiche when the model fails', async () => {
    const model = new FakeStreamingChatModel({ thrownErrorString: 'connection refused' });
    expect(await composeAnswer({ knowledge, question: 'my password expired', model, timeoutMs: 1000 })).toMatchObject({
      source: 'fiche',
      fallback: 'error',
      lang: 'en',
      fiche: { slug: 'password-reset', lang: 'en' },
    });
  });

  it('falls back to the fiche when the model is slower than the time budget', async () => {
    const model = new FakeListChatModel({ responses: ['[password-reset] trop tard'], sleep: 300 });
    expect(await composeAnswer({ knowledge, question: 'mdp expiré', model, timeoutMs: 20 })).toMatchObject({ source: 'fiche', fallback: 'timeout' });
  });

  it('answers with the fiche when there is no model, and nothing when no fiche fits', async () => {
    expect(await composeAnswer({ knowledge, question: 'mdp expiré', timeoutMs: 10 })).toMatchObject({ source: 'fiche', fallback: 'no_model' });
    const model = new FakeListChatModel({ responses: ['Le menu du jour est... [password-reset]'] });
    expect(await composeAnswer({ knowledge, question: 'menu de la cantine', model, timeoutMs: 1000 })).toBeUndefined();
  });

  it("gives the model the fiches' steps with their slugs, in the user's language", () => {
    const fiche = knowledge.fiche('dpi-slow', 'fr')!;
    const [system, human] = groundedPrompt('cristalnet rame', [fiche], 'fr');
    expect(system.content).toContain(`[dpi-slow] ${fiche.title}`);
    expect(system.content).toContain(`1. ${fiche.steps[0]}`);
    expect(system.content).toMatch(/Réponds en français/);
    expect(human.content).toBe('cristalnet rame');
  });

  it('reads citations as [slug], ignoring slugs it was not given', () => {
    expect(citedSlugs('Voir [dpi-slow] puis [citrix-session.md] et [dpi-slow], pas [autre]', ['dpi-slow', 'citrix-session'])).toEqual(['dpi-slow', 'citrix-session']);
  });
});

describe('the kind of problem the message was read as', () => {
  it('puts a fiche of that kind first when it scores close to the best: a printer at the nurses\' station is a printer\'s problem', async () => {
    const question = "l'imprimante du poste de soins ne marche plus";
    expect(await composeAnswer({ knowledge, question, timeoutMs: 1000, category: 'printer' })).toMatchObject({ fiche: { slug: 'printer-offline' } });
    expect(await composeAnswer({ knowledge, question: 'le PC du poste de soins ne démarre plus', timeoutMs: 1000, category: 'hardware' })).toMatchObject({
      fiche: { slug: 'workstation-wont-boot' },
    });
  });

  it('keeps the best fiche when none of that kind comes close', async () => {
    expect(await composeAnswer({ knowledge, question: 'mdp expiré', timeoutMs: 1000, category: 'printer' })).toMatchObject({ fiche: { slug: 'password-reset' } });
  });
});
