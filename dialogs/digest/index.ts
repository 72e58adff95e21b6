/**
 * The manager's weekly digest of their team: appraisals and career
 * conversations due, check-ins that need attention or were missed, and
 * overdue actions; with "done" and "remind me later" on each item.
 */
import type { Feature } from '../../src/feature.js';
import { digestDialog } from './digest-dialog.js';
import { digestHandler, digestPlanner } from './digest.js';
import { DIGEST_WORDING } from './wording.js';

export const digest: Feature = {
  id: 'digest',
  wording: DIGEST_WORDING,
  dialogs: ({ services }) => [digestDialog({ content: services.content })],
  reminders: ({ services, settings }) => ({ digest: digestHandler({ services, settings: settings.scheduler }) }),
  planners: ({ services, settings }) => [digestPlanner({ services, settings: settings.scheduler })],
};
