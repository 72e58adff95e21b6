/**
 * Courses and resources, five at a time, by area of the support worker
 * learning and development roadmap, by goal or by route.
 */
import type { Feature } from '../../src/feature.js';
import { RESOURCES_WORDING, resourcesDialog } from './resources.js';

export const resources: Feature = {
  id: 'resources',
  wording: RESOURCES_WORDING,
  dialogs: ({ services }) => [resourcesDialog({ content: services.content })],
  intents: { resources: 'resources' },
};
