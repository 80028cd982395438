import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import type { LlmConfig } from '../config/index.js';
import { CodedError } from '../errors.js';

/**
 * The chat model named by the configuration, or undefined when LLM_PROVIDER is `none` (the
 * default: every feature works without one). Nothing is called here; the first request is.
 * Retries are off: the caller's time budget (`timeoutMs`) is short and it falls back on failure.
 *
 * ```ts
 * const model = createChatModel(loadConfig().llm); // ChatOpenAI, AzureChatOpenAI, ChatOllama or undefined
 * ```
 */
export function createChatModel(llm: LlmConfig): BaseChatModel | undefined {
  if (llm.provider === 'none') return undefined;
  if (!llm.model) {
    throw new CodedError('config_invalid', `LLM_MODEL is required when LLM_PROVIDER is ${llm.provider} (the model or Azure deployment name)`);
  }
  switch (llm.provider) {
    case 'openai':
      // Any OpenAI-compatible endpoint (vLLM, LiteLLM, a hospital gateway) through LLM_BASE_URL.
      return new ChatOpenAI({
        model: llm.model,
        apiKey: llm.apiKey ?? 'unused',
        timeout: llm.timeoutMs,
        maxRetries: 0,
        ...(llm.baseUrl ? { configuration: { baseURL: llm.baseUrl } } : {}),
      });
    case 'azure-openai':
      if (!llm.baseUrl || !llm.apiKey) {
        throw new CodedError('config_invalid', 'LLM_BASE_URL (the Azure OpenAI endpoint) and LLM_API_KEY are required when LLM_PROVIDER is azure-openai');
      }
      return new AzureChatOpenAI({
        azureOpenAIApiKey: llm.apiKey,
        azureOpenAIEndpoint: llm.baseUrl,
        azureOpenAIApiDeploymentName: llm.model,
        azureOpenAIApiVersion: llm.apiVersion,
        timeout: llm.timeoutMs,
        maxRetries: 0,
      });
    case 'ollama':
      return new ChatOllama({ model: llm.model, ...(llm.baseUrl ? { baseUrl: llm.baseUrl } : {}) });
  }
}
