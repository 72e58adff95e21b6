/**
 * Routes between roles: "how do I become a nursing associate?", "what are my
 * options?", and one-turn answers from the career knowledge. The words are in
 * content/wording/pathway.yaml.
 */
import type { Feature } from '../../src/feature.js';
import { answerDialog } from './answer-dialog.js';
import { optionsDialog } from './options.js';
import { pathwayDialog } from './pathway.js';
import { PATHWAY_WORDING } from './wording.js';

export const pathway: Feature = {
  id: 'pathway',
  wording: PATHWAY_WORDING,
  dialogs: ({ hasDialog, services }) => [
    answerDialog({ content: services.content }),
    pathwayDialog({ hasDialog, content: services.content }),
    optionsDialog({ content: services.content }),
  ],
  intents: { pathway: 'pathway', options: 'options' },
};
