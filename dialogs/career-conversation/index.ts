/**
 * The career conversation: who am I, what are my options, what do I need,
 * taking action; a plan at the end, shared with a manager only after a yes.
 */
import type { Feature } from '../../src/feature.js';
import { careerConversationDialog } from './career-conversation.js';
import { CAREER_CONVERSATION_WORDING } from './wording.js';

export const careerConversation: Feature = {
  id: 'career-conversation',
  wording: CAREER_CONVERSATION_WORDING,
  dialogs: ({ services }) => [careerConversationDialog(services.content)],
  intents: { career_conversation: 'career-conversation' },
};
