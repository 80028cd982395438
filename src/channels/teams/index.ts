export { createTeamsAdapter, type BotFrameworkSettings } from './create-teams-adapter.js';
export { registerBotEndpoint, type BotEndpointDeps, type EndpointInbox } from './bot-endpoint.js';
export { TeamsAdapter, type DeliveryRecord } from './teams-adapter.js';
export { checkActivity, MAX_TEXT_LENGTH, type ActivityCheck } from './activity-schema.js';
export { createTurnErrorHandler, technicalProblemMessage } from './turn-error.js';
