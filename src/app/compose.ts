/**
 * Puts the features together: their dialogs, the router (their rules in list
 * order, then the intent rule), the turn interceptors, and the scheduler's
 * reminder handlers and planners. The server, the terminal chat, the tools and
 * the transcript tests all build the bot here, so they all run the same thing.
 */
import type { Dialog, Services } from '../core/dialog.js';
import { createRouter, type RouteRule } from '../core/router.js';
import { Bot, type TurnInterceptor } from '../core/runtime.js';
import { understand, type Intent, type Understanding } from '../knowledge/understand.js';
import { checkTypedAnswer } from '../knowledge/answer-check.js';
import type { Feature, FeatureKit, FeatureSettings } from '../feature.js';
import type { ReminderWork } from '../scheduler/index.js';
import { FEATURES } from '../../dialogs/index.js';

/** The dialog that asks which reading was meant, when a feature brings it. */
const CLARIFY = 'clarify';

export interface Composition {
  bot: Bot;
  /** For the scheduler: a handler per reminder kind, and the planners. */
  reminders: ReminderWork;
  /** Tells every feature that wants to know about a person's other ids. */
  onIdentity(userKey: string, aliases: string[]): Promise<void>;
}

/** One way to read a message: a kind of question, and the roles and area it names. */
type Reading = Pick<Understanding, 'intent' | 'role' | 'from' | 'area'>;

/**
 * The args the intent rule gives the dialog that answers a reading: `intent`,
 * `roleId`, `fromId`, `band`, `area`, and `onBehalf` ("yes") or `topic` where
 * they apply. All strings, so that a button can carry the same.
 *
 * When a manager asks for someone else, the role and band named are that
 * person's: only the route finder and the options list take them (with
 * `onBehalf`), so that no other dialog saves them as the asker's own.
 */
export function intentArgs(r: Reading, u: Pick<Understanding, 'band' | 'onBehalf' | 'topic'>): Record<string, string> {
  const args: Record<string, string> = { intent: r.intent };
  const aboutSomeoneElse = u.onBehalf && (r.intent === 'pathway' || r.intent === 'options');
  const ownWords = !u.onBehalf || aboutSomeoneElse;
  if (r.role) args['roleId'] = r.role.id;
  if (r.from && ownWords) args['fromId'] = r.from.id;
  if (u.band && ownWords) args['band'] = u.band;
  if (r.area) args['area'] = r.area;
  if (aboutSomeoneElse) args['onBehalf'] = 'yes';
  if ((r.intent === 'unknown' || r.intent === 'resources') && u.topic) args['topic'] = u.topic;
  return args;
}

/** A reading the bot offers when it asks which was meant: the dialog that answers it, and its args. */
export type OfferedReading = Record<string, string> & { dialog: string };

/**
 * What the bot offers when the understanding is not sure (`clarify`): each
 * reading a dialog answers, most likely first. Null when it does not ask: it
 * is sure, or the message is about a topic the bot sends elsewhere (saying
 * where to go helps more than a question), or no reading has a dialog.
 */
export function offeredReadings(u: Understanding, dialogFor: (intent: Intent) => string | undefined): OfferedReading[] | null {
  if (!u.clarify) return null;
  if (u.intent === 'unknown' && u.topic) return null;
  const out: OfferedReading[] = [];
  for (const c of u.clarify) {
    // "None of these" stands for the reading that the bot cannot help.
    if (c.intent === 'unknown') continue;
    const dialog = dialogFor(c.intent);
    if (dialog) out.push({ ...intentArgs(c, u), dialog });
  }
  // Asking is no use when every button would lead where "None of these" does (help).
  return out.some((r) => r.intent !== 'help') ? out : null;
}

/** Which dialog answers each kind of question, from the features' `intents`. */
export function intentOwners(features: readonly Feature[]): Partial<Record<Intent, string>> {
  const owners: Partial<Record<Intent, string>> = {};
  for (const f of features) {
    for (const [intent, dialog] of Object.entries(f.intents ?? {}) as Array<[Intent, string]>) {
      if (owners[intent]) throw new Error(`Features "${f.id}" and another both answer the intent "${intent}".`);
      owners[intent] = dialog;
    }
  }
  return owners;
}

/**
 * The intent rule: the understanding picks a kind of question, and the feature
 * that claimed it answers. When the understanding is not sure, the `clarify`
 * dialog (if there is one) asks which reading was meant.
 */
function intentRule(owners: Partial<Record<Intent, string>>, services: Services, has: (id: string) => boolean): RouteRule {
  const dialogFor = (intent: Intent) => {
    const d = owners[intent];
    return d && has(d) ? d : undefined;
  };
  return (text) => {
    const u = understand(text, services.content);
    if (has(CLARIFY)) {
      const readings = offeredReadings(u, dialogFor);
      if (readings) return { dialog: CLARIFY, args: { readings } };
    }
    const args = intentArgs(u, u);
    const target = dialogFor(u.intent);
    if (target) return { dialog: target, args };
    // Nothing claims it: the router's fallback (help) answers.
    if (u.intent === 'unknown') return undefined;
    return has('answer') ? { dialog: 'answer', args } : undefined;
  };
}

export function compose(services: Services, settings: FeatureSettings, features: readonly Feature[] = FEATURES): Composition {
  // Features read the time zone from either; one setting, TIME_ZONE, gives both.
  if (services.timeZone !== settings.scheduler.timeZone) {
    throw new Error(`The services' time zone (${services.timeZone}) is not the scheduler's (${settings.scheduler.timeZone}): both come from TIME_ZONE.`);
  }
  const dialogs: Dialog[] = [];
  const has = (id: string) => dialogs.some((d) => d.id === id);
  const kit: FeatureKit = { services, settings, hasDialog: has };
  for (const f of features) dialogs.push(...(f.dialogs?.(kit) ?? []));

  const owners = intentOwners(features);
  const rules: RouteRule[] = features.flatMap((f) => f.firstRoutes?.(kit) ?? []);
  const interrupts: RouteRule[] = [];
  const interceptors: TurnInterceptor[] = [];
  const handlers: ReminderWork['handlers'] = {};
  const planners: ReminderWork['planners'] = [];
  for (const f of features) {
    rules.push(...(f.routes?.(kit) ?? []));
    interrupts.push(...(f.interrupts?.(kit) ?? []));
    interceptors.push(...(f.interceptors?.(kit) ?? []));
    for (const [kind, handler] of Object.entries(f.reminders?.(kit) ?? {})) {
      if (Object.hasOwn(handlers, kind)) throw new Error(`Two features handle the reminder kind "${kind}".`);
      handlers[kind] = handler;
    }
    planners.push(...(f.planners?.(kit) ?? []));
  }
  rules.push(intentRule(owners, services, has));
  const bot = new Bot({
    services,
    dialogs,
    router: createRouter({ rules, interrupts }),
    interceptors,
    checkAnswer: (text, takes, ctx) => checkTypedAnswer(ctx.services.content, text, takes),
  });
  const withIdentity = features.filter((f) => f.onIdentity);
  return {
    bot,
    reminders: { handlers, planners },
    async onIdentity(userKey, aliases) {
      for (const f of withIdentity) await f.onIdentity!(kit, userKey, aliases);
    },
  };
}
