/**
 * Every dialog the bot has, and the router that chooses between them.
 *
 * To add a dialog: write it in its own file, add it to `buildDialogs`, and if
 * free text should reach it, map an intent to it in INTENT_DIALOGS.
 */
import type { Dialog, Router, Services, TurnContext } from '../src/core/dialog.js';
import { understand, type Intent } from '../src/knowledge/understand.js';
import { createRouter, normalise, type RouteRule } from './router.js';
import { helpDialog, welcomeDialog, type MenuItem } from './welcome.js';
import { answerDialog } from './answer.js';
import { profileDialog } from './profile.js';
import { optionsDialog, pathwayDialog } from './pathway.js';
import { resourcesDialog } from './resources.js';
import { careerConversationDialog } from './career-conversation.js';
import { myPlanDialog } from './my-plan.js';
import { enrolDialog, isEnrolRequest } from './enrol.js';
import { checkinDialog, checkinRatingRule } from './checkin.js';
import { digestDialog } from './digest.js';
import { workingHoursDialog, workingHoursRule } from './working-hours.js';
import { distressInterceptor } from '../src/core/distress.js';
import { ERASE_REQUEST, EXPORT_REQUEST, privacyDialog } from './privacy.js';
import { ADMIN_REQUEST, adminDialog } from './admin.js';

export interface DialogSet {
  dialogs: Dialog[];
  router: Router;
  /** Run at the start of every turn (distress signposting comes first). */
  interceptors: Array<(ctx: TurnContext) => Promise<void>>;
}

export interface DialogSetOptions {
  /** The trust's time zone (config.scheduler.timeZone), for dates in check-ins, pauses and snoozes. */
  timeZone?: string;
  /** Local time of day check-ins are due, "HH:MM" (config.scheduler.checkinTime). */
  checkinTime?: string;
  /** User keys of education or admin leads who may see the programme report (config.privacy.admins). */
  admins?: readonly string[];
  /** Days check-in free text is kept (config.privacy.checkinTextRetentionDays). */
  checkinTextRetentionDays?: number;
  /** When a sent, nudged, unanswered check-in counts as missed (config.scheduler.missedAfterMs). */
  missedAfterMs?: number;
}

/** What the greeting and help offer, in order. Items whose dialog is not built are left out. */
export const MENU: MenuItem[] = [
  { label: 'Find a career route', dialog: 'pathway', example: 'How do I become a nursing associate?' },
  { label: 'What are my options?', dialog: 'options', example: 'What are my options?' },
  { label: 'Career conversation', dialog: 'career-conversation', example: 'Start a career conversation' },
  { label: 'Courses and resources', dialog: 'resources', example: 'Show me courses to improve my maths' },
  { label: 'My plan', dialog: 'my-plan', example: 'Show my plan' },
  { label: 'My profile', dialog: 'profile', example: 'Change my role' },
];

/** Which dialog answers each kind of question. A missing dialog falls back to a one-turn answer. */
export const INTENT_DIALOGS: Partial<Record<Intent, string>> = {
  pathway: 'pathway',
  options: 'options',
  career_conversation: 'career-conversation',
  resources: 'resources',
  checkin: 'checkin',
  profile: 'profile',
  privacy: 'privacy',
  help: 'help',
};

export function buildDialogs(services: Services, opts: DialogSetOptions = {}): DialogSet {
  const dialogs: Dialog[] = [];
  const has = (id: string) => dialogs.some((d) => d.id === id);
  dialogs.push(welcomeDialog({ menu: MENU, hasDialog: has }));
  dialogs.push(helpDialog({ menu: MENU, hasDialog: has }));
  dialogs.push(answerDialog());
  dialogs.push(profileDialog(), pathwayDialog({ hasDialog: has }), optionsDialog(), resourcesDialog());
  dialogs.push(careerConversationDialog(), myPlanDialog());
  dialogs.push(enrolDialog({ timeZone: opts.timeZone ?? 'Europe/London', checkinTime: opts.checkinTime ?? '10:00' }));
  const timeZone = opts.timeZone ?? 'Europe/London';
  dialogs.push(checkinDialog(services, { hasDialog: has, timeZone }), digestDialog({ timeZone }), workingHoursDialog({ timeZone }));
  dialogs.push(
    privacyDialog({ hasDialog: has, ...(opts.checkinTextRetentionDays !== undefined ? { checkinTextRetentionDays: opts.checkinTextRetentionDays } : {}) }),
    adminDialog({ admins: opts.admins ?? [], ...(opts.missedAfterMs !== undefined ? { missedAfterMs: opts.missedAfterMs } : {}) }),
  );

  // "delete my data", "forget me", "what do you hold about me", "export my data", "programme report":
  // before every other rule, so these words always reach the person's own data (or the admin report).
  const privacyRule: RouteRule = (text) => {
    const t = normalise(text);
    if (ERASE_REQUEST.test(t)) return { dialog: 'privacy', args: { mode: 'erase' } };
    if (EXPORT_REQUEST.test(t)) return { dialog: 'privacy', args: { mode: 'export' } };
    if (ADMIN_REQUEST.test(t)) return { dialog: 'admin' };
    return undefined;
  };

  // "my plan", "show my plan", "my actions": before the intent rule, which reads "plan" as a career conversation.
  const myPlan: RouteRule = (text) => {
    const t = normalise(text);
    const asks = /^(show |see |view |open )?(me )?(my )?(career )?plan( please)?$/.test(t) || /^(show |see |view )?(me )?my actions( please)?$/.test(t);
    return asks && has('my-plan') ? { dialog: 'my-plan' } : undefined;
  };

  // "enrol @Sam on …", "sign me up for …", "I'm a new starter": before the intent rule, which reads these as a check-in.
  const enrolRule: RouteRule = (text) => (isEnrolRequest(text) ? { dialog: 'enrol' } : undefined);

  const byIntent: RouteRule = (text) => {
    const u = understand(text, services.content);
    if (u.intent === 'unknown') return undefined;
    const target = INTENT_DIALOGS[u.intent];
    const args: Record<string, unknown> = { intent: u.intent };
    if (u.role) args['roleId'] = u.role.id;
    if (u.from) args['fromId'] = u.from.id;
    if (u.band) args['band'] = u.band;
    if (u.area) args['area'] = u.area;
    if (target && has(target)) return { dialog: target, args };
    return { dialog: 'answer', args };
  };
  // "pause check-ins", "resume", "remind me tomorrow", "my working hours", "I work nights", "don't message me on Sundays",
  // and a bare rating ("3") while a check-in waits: before the intent rule, which reads "check-ins" as a check-in.
  const ratingRule = checkinRatingRule(services);
  const router = createRouter([privacyRule, myPlan, enrolRule, workingHoursRule, ratingRule, byIntent]);
  // These work even in the middle of another question, like "help" and "cancel".
  router.interrupt = privacyRule;
  return {
    dialogs,
    router,
    interceptors: [distressInterceptor(services.content.signposting)],
  };
}
