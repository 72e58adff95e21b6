/**
 * Questions the bot does not answer: it says where to go instead (for the
 * topics in content/out-of-scope.yaml), or shows what it can help with.
 */
import type { Feature } from '../../src/feature.js';
import { ELSEWHERE_WORDING, elsewhereDialog } from './elsewhere.js';

export const elsewhere: Feature = {
  id: 'elsewhere',
  wording: ELSEWHERE_WORDING,
  dialogs: ({ services, hasDialog }) => [elsewhereDialog({ content: services.content, hasDialog })],
  intents: { unknown: 'elsewhere' },
};
