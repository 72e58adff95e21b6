/**
 * Induction and preceptorship check-ins: the check-in and its nudge, answering
 * it (a one-tap rating, then the programme's questions), telling the preceptor
 * or manager about a concern, and when people may be messaged (working hours,
 * pause, snooze). The words are in content/wording/checkins.yaml.
 */
import type { Feature } from '../../src/feature.js';
import { checkinDialog, checkinRatingRule } from './checkin.js';
import { workingHoursDialog } from './working-hours.js';
import { workingHoursRule } from './requests.js';
import { checkinHandlers } from './reminders.js';
import { CHECKINS_WORDING } from './wording.js';
import { whyDialog, whyRule } from './why.js';

export const checkins: Feature = {
  id: 'checkins',
  wording: CHECKINS_WORDING,
  dialogs: ({ services, hasDialog, settings }) => [checkinDialog(services, { hasDialog, checkinTime: settings.scheduler.checkinTime }), workingHoursDialog(services.content), whyDialog(services)],
  // "hello" or "who are you?" from someone another person enrolled, not yet told why the bot writes:
  // before the welcome, which would answer a greeting with the general menu.
  firstRoutes: () => [whyRule()],
  // "pause check-ins", "remind me tomorrow", "I work nights", and a bare rating ("3") while a
  // check-in waits: before the intent rule, which reads "check-ins" as a check-in.
  routes: ({ services }) => [workingHoursRule, checkinRatingRule(services)],
  intents: { checkin: 'checkin' },
  reminders: ({ services, settings }) => checkinHandlers({ services, settings: settings.scheduler }),
};
