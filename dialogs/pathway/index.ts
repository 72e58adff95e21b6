/**
 * Routes between roles: "how do I become a nursing associate?", "what are my
 * options?", and one-turn answers from the career knowledge.
 */
import type { Feature } from '../../src/feature.js';
import { answerDialog } from './answer-dialog.js';
import { optionsDialog, pathwayDialog } from './pathway.js';

export const pathway: Feature = {
  id: 'pathway',
  dialogs: ({ hasDialog }) => [answerDialog(), pathwayDialog({ hasDialog }), optionsDialog()],
  intents: { pathway: 'pathway', options: 'options' },
};
