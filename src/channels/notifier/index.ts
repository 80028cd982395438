export { ConversationRefs, type RecordedConversation } from './conversation-refs.js';
export {
  BotFrameworkNotifier, type Notifier, type OutgoingMessage, type PostedMessage, type ProactiveAdapter,
  type BotFrameworkNotifierOptions,
} from './notifier.js';
export { recordConversations } from './record-conversations.js';
