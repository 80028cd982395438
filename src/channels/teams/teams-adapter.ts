import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import { ClaimsIdentity, type AuthenticateRequestResult, type Claim } from 'botframework-connector';
import { markInboxAttempt, type InboxAttempt } from '../inbox/index.js';

/**
 * How a delivery was authenticated, kept with a queued activity so its turn can run later, in any
 * instance, with the same identity: the token's claims (not the token), the audience replies go to and
 * the caller id. Plain JSON.
 */
export interface DeliveryRecord {
  claims: Claim[];
  isAuthenticated: boolean;
  audience?: string;
  callerId?: string;
}

/**
 * botbuilder's CloudAdapter, with its two halves usable apart: authenticate a delivery now, run its turn
 * later from a {@link DeliveryRecord}. Everything else (middleware, turn error handler, connector
 * clients) is CloudAdapter's own.
 */
export class TeamsAdapter extends CloudAdapter {
  /** Authenticates a delivered activity as `process` would; throws botbuilder's AuthenticationError (401). */
  async authenticate(activity: Partial<Activity>, authorization: string): Promise<DeliveryRecord> {
    const result = await this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authorization);
    return {
      claims: result.claimsIdentity.claims.map(({ type, value }) => ({ type, value })),
      isAuthenticated: result.claimsIdentity.isAuthenticated,
      audience: result.audience,
      callerId: result.callerId,
    };
  }

  /**
   * Runs the turn of an activity authenticated earlier, as attempt `attempt` of the inbox; resolves or
   * rejects as the turn pipeline does (the turn error handler decides which failures reject).
   */
  async runDelivered(
    delivery: DeliveryRecord,
    activity: Partial<Activity>,
    attempt: InboxAttempt,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const claimsIdentity = new ClaimsIdentity(delivery.claims, delivery.isAuthenticated);
    const authenticated: AuthenticateRequestResult = {
      claimsIdentity,
      audience: delivery.audience ?? '',
      callerId: delivery.callerId ?? '',
      connectorFactory: this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity),
    };
    const restored = restoreDates(activity);
    markInboxAttempt(restored, attempt);
    await this.processActivity(authenticated, restored, logic);
  }
}

/** Activities come back from JSON; botbuilder expects Date instants, as its own endpoint makes them. */
function restoreDates(activity: Partial<Activity>): Activity {
  const copy = { ...activity } as Activity & Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = copy[field] as unknown;
    if (typeof value === 'string') {
      copy[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      (copy as Record<string, unknown>)[field] = new Date(value);
    }
  }
  return copy;
}
