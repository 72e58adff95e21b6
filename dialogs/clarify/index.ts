/**
 * Asking which was meant: when the understanding is not sure, one short
 * question with a button per reading (the app wiring sends such messages here).
 */
import type { Feature } from '../../src/feature.js';
import { CLARIFY_WORDING, clarifyDialog } from './clarify.js';

export { CLARIFY_DIALOG, readingLabel, readingLabels, type ClarifyReading } from './clarify.js';

export const clarify: Feature = {
  id: 'clarify',
  wording: CLARIFY_WORDING,
  dialogs: ({ services, hasDialog }) => [clarifyDialog({ content: services.content, hasDialog })],
};
