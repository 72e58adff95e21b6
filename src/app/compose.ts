/**
 * Puts the features together: their dialogs, the router (their rules in list
 * order, then the intent rule), the turn interceptors, and the scheduler's
 * reminder handlers and planners. The server, the terminal chat, the tools and
 * the transcript tests all build the bot here, so they all run the same thing.
 */
import type { Dialog, Services } from '../core/dialog.js';
import { createRouter, type RouteRule } from '../core/router.js';
import { Bot, type TurnInterceptor } from '../core/runtime.js';
import { understand, type Intent } from '../knowledge/understand.js';
import type { Feature, FeatureKit, FeatureSettings } from '../feature.js';
import type { ReminderWork } from '../scheduler/index.js';
import { FEATURES } from '../../dialogs/index.js';

export interface Composition {
  bot: Bot;
  /** For the scheduler: a handler per reminder kind, and the planners. */
  reminders: ReminderWork;
  /** Tells every feature that wants to know about a person's other ids. */
  onIdentity(userKey: string, aliases: string[]): Promise<void>;
}

/** The intent rule: the understanding picks a kind of question, and the feature that claimed it answers. */
function intentRule(owners: Partial<Record<Intent, string>>, services: Services, has: (id: string) => boolean): RouteRule {
  return (text) => {
    const u = understand(text, services.content);
    if (u.intent === 'unknown') return undefined;
    const target = owners[u.intent];
    const args: Record<string, unknown> = { intent: u.intent };
    if (u.role) args['roleId'] = u.role.id;
    if (u.from) args['fromId'] = u.from.id;
    if (u.band) args['band'] = u.band;
    if (u.area) args['area'] = u.area;
    if (target && has(target)) return { dialog: target, args };
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

  const owners: Partial<Record<Intent, string>> = {};
  const rules: RouteRule[] = [];
  const interrupts: RouteRule[] = [];
  const interceptors: TurnInterceptor[] = [];
  const handlers: ReminderWork['handlers'] = {};
  const planners: ReminderWork['planners'] = [];
  for (const f of features) {
    for (const [intent, dialog] of Object.entries(f.intents ?? {}) as Array<[Intent, string]>) {
      if (owners[intent]) throw new Error(`Features "${f.id}" and another both answer the intent "${intent}".`);
      owners[intent] = dialog;
    }
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
  const bot = new Bot({ services, dialogs, router: createRouter({ rules, interrupts }), interceptors });
  const withIdentity = features.filter((f) => f.onIdentity);
  return {
    bot,
    reminders: { handlers, planners },
    async onIdentity(userKey, aliases) {
      for (const f of withIdentity) await f.onIdentity!(kit, userKey, aliases);
    },
  };
}
