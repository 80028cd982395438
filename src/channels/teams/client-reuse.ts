import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

/**
 * botbuilder's authentication, except that the connector clients and user token clients it makes are
 * kept and given again to the next turn of the same bot (app id), service URL and audience. botbuilder
 * builds both anew at every turn, with their whole HTTP pipeline, which costs more than most turns' own
 * work; the clients hold no per-turn state, and their credentials keep their token cache when reused.
 */
export class ClientReusingAuthentication extends BotFrameworkAuthentication {
  readonly #inner: BotFrameworkAuthentication;
  readonly #connectors: BoundedCache<Promise<ConnectorClient>>;
  readonly #tokenClients: BoundedCache<Promise<UserTokenClient>>;

  /** `maxClients`: how many of each kind are kept (a bot talks to a handful of service URLs). */
  constructor(inner: BotFrameworkAuthentication, maxClients = 64) {
    super();
    this.#inner = inner;
    this.#connectors = new BoundedCache(maxClients);
    this.#tokenClients = new BoundedCache(maxClients);
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.#reusing(await this.#inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.#reusing(await this.#inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(this.#inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.#connectors);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.#tokenClients.get(appIdOf(claimsIdentity), () => this.#inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.#inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.#inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.#inner.authenticateChannelRequest(authHeader);
  }

  #reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return { ...result, connectorFactory: this.createConnectorFactory(result.claimsIdentity) };
  }
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

/** The bot a turn speaks as, as botbuilder reads it: the token's audience, or the Emulator's app id claim. */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** A map of at most `max` entries, dropping the oldest; a value whose making failed is not kept. */
class BoundedCache<T extends Promise<unknown>> {
  readonly #entries = new Map<string, T>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => T): T {
    const kept = this.#entries.get(key);
    if (kept) return kept;
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value!);
    const made = make();
    this.#entries.set(key, made);
    made.catch(() => {
      if (this.#entries.get(key) === made) this.#entries.delete(key);
    });
    return made;
  }
}
