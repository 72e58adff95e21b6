/**
 * The programme report for education and admin leads (ADMIN_USERS): numbers
 * per programme, no names.
 */
import type { Feature } from '../../src/feature.js';
import { normalise, type RouteRule } from '../../src/core/router.js';
import { ADMIN_REQUEST, ADMIN_WORDING, adminDialog } from './report.js';

const adminRequest: RouteRule = (text) => (ADMIN_REQUEST.test(normalise(text)) ? { dialog: 'admin' } : undefined);

export const admin: Feature = {
  id: 'admin',
  wording: ADMIN_WORDING,
  dialogs: ({ settings, services }) => [adminDialog({ content: services.content, admins: settings.privacy.admins, missedAfterMs: settings.scheduler.missedAfterMs })],
  routes: () => [adminRequest],
  interrupts: () => [adminRequest],
};
