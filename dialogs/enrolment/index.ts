/**
 * Enrolling someone on an induction or preceptorship programme: in the chat
 * (a manager for a report, or a new starter for themselves) and from a CSV.
 */
import type { Feature } from '../../src/feature.js';
import { enrolDialog, isEnrolRequest } from './enrol-dialog.js';
import { resolvePendingEnrolments } from './enrol.js';

export const enrolment: Feature = {
  id: 'enrolment',
  dialogs: ({ settings }) => [enrolDialog({ timeZone: settings.scheduler.timeZone, checkinTime: settings.scheduler.checkinTime })],
  // "enrol @Sam on …", "sign me up for …", "I'm a new starter": before the intent rule, which reads these as a check-in.
  routes: () => [(text) => (isEnrolRequest(text) ? { dialog: 'enrol' } : undefined)],
  // Someone enrolled by Entra object id before they had used the bot is matched when Teams first gives us that id.
  async onIdentity({ services }, userKey, aliases) {
    if (aliases.length > 0) await resolvePendingEnrolments(services, userKey, aliases);
  },
};
