/**
 * The manager's weekly digest of their team: appraisals and career
 * conversations due, check-ins that need attention or were missed, and
 * overdue actions; with "done" and "remind me later" on each item.
 */
import type { Feature } from '../../src/feature.js';
import { digestDialog } from './digest-dialog.js';
import { digestHandler, digestPlanner } from './digest.js';

export const digest: Feature = {
  id: 'digest',
  dialogs: () => [digestDialog()],
  reminders: ({ services, settings }) => ({ digest: digestHandler({ services, settings: settings.scheduler }) }),
  planners: ({ services, settings }) => [digestPlanner({ services, settings: settings.scheduler })],
};
