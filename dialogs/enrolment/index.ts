/**
 * Enrolling someone on an induction or preceptorship programme: in the chat
 * (a manager for a report, or a new starter for themselves) and from a CSV.
 * The words are in content/wording/enrolment.yaml.
 */
import type { Feature } from '../../src/feature.js';
import { enrolDialog } from './enrol-dialog.js';
import { isEnrolRequest } from './understand.js';
import { resolvePendingEnrolments } from './enrol.js';
import { ENROLMENT_WORDING } from './wording.js';
import { newInPostOffer } from './offer.js';

export const enrolment: Feature = {
  id: 'enrolment',
  wording: ENROLMENT_WORDING,
  dialogs: ({ settings, services }) => [enrolDialog({ timeZone: settings.scheduler.timeZone, checkinTime: settings.scheduler.checkinTime, content: services.content })],
  // "enrol @Sam on …", "sign me up for …", "I'm a new starter": before the intent rule, which reads these as a check-in.
  routes: () => [
    (text, ctx) => (isEnrolRequest(ctx.services.content, text) ? { dialog: 'enrol' } : undefined),
    // "hi i'm a newly qualified nurse, just started on the ward": offers the check-ins for them first.
    async (text, ctx) => {
      const offer = newInPostOffer(ctx.services.content, text, (await ctx.profile())?.roleId);
      return offer ? { dialog: 'enrol', args: { offer: offer.map((p) => p.id).join(',') } } : undefined;
    },
  ],
  // Someone enrolled by Entra object id before they had used the bot is matched when Teams first gives us that id.
  async onIdentity({ services }, userKey, aliases) {
    if (aliases.length > 0) await resolvePendingEnrolments(services, userKey, aliases);
  },
};
