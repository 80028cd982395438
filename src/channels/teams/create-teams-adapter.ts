import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Config } from '../../config/index.js';
import { CodedError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { ClientReusingAuthentication } from './client-reuse.js';
import { TeamsAdapter } from './teams-adapter.js';
import { createTurnErrorHandler } from './turn-error.js';

export type BotFrameworkSettings = Config['botFramework'];

/**
 * The Bot Framework adapter for Teams. Without an app id it accepts unauthenticated requests and calls
 * the connector without a token (Bot Framework Emulator, Agents Playground, tests); with
 * MicrosoftAppId/Password (and TenantId, single-tenant by default when given) every request must carry a
 * valid channel token, or it gets 401.
 *
 * ```ts
 * const adapter = createTeamsAdapter(loadConfig().botFramework, logger);
 * adapter.use(new ExactlyOnceMiddleware({ store, logger }));
 * ```
 */
export function createTeamsAdapter(settings: BotFrameworkSettings, logger: Logger): TeamsAdapter {
  const options = settings.appId
    ? {
        MicrosoftAppId: settings.appId,
        MicrosoftAppPassword: settings.appPassword,
        MicrosoftAppTenantId: settings.tenantId,
        MicrosoftAppType: settings.appType ?? (settings.tenantId ? 'SingleTenant' : 'MultiTenant'),
      }
    : {};
  let credentials: ConfigurationServiceClientCredentialFactory;
  try {
    credentials = new ConfigurationServiceClientCredentialFactory(options);
  } catch (error) {
    // botbuilder asserts on incomplete credentials ("MicrosoftAppPassword is required for SingleTenant ...").
    throw new CodedError('config_invalid', `Bot Framework credentials: ${(error as Error).message}`);
  }
  const authentication = new ClientReusingAuthentication(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: settings.appId, MicrosoftAppTenantId: settings.tenantId }, credentials),
  );
  const adapter = new TeamsAdapter(authentication);
  adapter.onTurnError = createTurnErrorHandler(logger);
  return adapter;
}
