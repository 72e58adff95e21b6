/**
 * A person's own data: "what do you hold about me", "delete my data", and the
 * daily deletion of old check-in free text.
 */
import type { Feature } from '../../src/feature.js';
import { normalise } from '../../src/core/router.js';
import type { RouteRule } from '../../src/core/router.js';
import { ERASE_REQUEST, EXPORT_REQUEST, privacyDialog } from './privacy.js';
import { retentionPlanner } from './retention.js';
import { PRIVACY_WORDING } from './wording.js';

/** "delete my data", "forget me", "what do you hold about me", "export my data": these always reach the person's own data. */
const privacyRequest: RouteRule = (text) => {
  const t = normalise(text);
  if (ERASE_REQUEST.test(t)) return { dialog: 'privacy', args: { mode: 'erase' } };
  if (EXPORT_REQUEST.test(t)) return { dialog: 'privacy', args: { mode: 'export' } };
  return undefined;
};

export const privacy: Feature = {
  id: 'privacy',
  wording: PRIVACY_WORDING,
  dialogs: ({ hasDialog, settings, services }) => [
    privacyDialog({ content: services.content, hasDialog, checkinTextRetentionDays: settings.privacy.checkinTextRetentionDays }),
  ],
  routes: () => [privacyRequest],
  interrupts: () => [privacyRequest],
  intents: { privacy: 'privacy' },
  planners: ({ services, settings }) => [retentionPlanner(services, settings.privacy.checkinTextRetentionDays)],
};
