/**
 * What a feature is. Each folder under `dialogs/` exports one `Feature`, and
 * `dialogs/index.ts` lists them; the app wiring (src/app/compose.ts) is the
 * only place that puts them together. A feature brings its dialogs, the rules
 * that send typed text to them, its reminder handlers and planners, and reads
 * its settings from `FeatureKit.settings`.
 *
 * The engine in src/ never imports a feature: it runs whatever the list gives it.
 */
import type { Config } from './config.js';
import type { Dialog, Services } from './core/dialog.js';
import type { RouteRule } from './core/router.js';
import type { TurnInterceptor } from './core/runtime.js';
import type { Planner, ReminderHandler } from './scheduler/scheduler.js';
import type { Intent } from './knowledge/understand.js';
import type { WordingDef } from './content/wording.js';

/** The settings features read (from the environment, checked in src/config.ts). */
export interface FeatureSettings {
  scheduler: Config['scheduler'];
  privacy: Config['privacy'];
}

/** What a feature builds with. */
export interface FeatureKit {
  services: Services;
  settings: FeatureSettings;
  /** True when some feature has a dialog with this id (for buttons that lead elsewhere). */
  hasDialog(id: string): boolean;
}

export interface Feature {
  /** The feature's folder name. */
  id: string;
  /** The sentences and words it uses, from content/wording/<id>.yaml (checked at start-up and by `content check`). */
  wording?: WordingDef;
  dialogs?(kit: FeatureKit): Dialog[];
  /**
   * Rules that may claim typed text that answers no open question, in order.
   * Features' rules run in the order of the feature list, before the intent rule.
   */
  routes?(kit: FeatureKit): RouteRule[];
  /**
   * Rules tried before every feature's `routes`, for text that means something
   * else from someone in a particular place (e.g. "hello" from a person someone
   * else enrolled, who has not yet been told why the bot writes to them).
   */
  firstRoutes?(kit: FeatureKit): RouteRule[];
  /** Rules that win even over an open question, like "delete my data". */
  interrupts?(kit: FeatureKit): RouteRule[];
  /** Which of this feature's dialogs takes each kind of question the understanding finds. */
  intents?: Partial<Record<Intent, string>>;
  /** Run at the start of every turn that carries text or a button press, before anything else. */
  interceptors?(kit: FeatureKit): TurnInterceptor[];
  /** What to send for each kind of reminder this feature plans, by kind. */
  reminders?(kit: FeatureKit): Record<string, ReminderHandler>;
  /** Reminders that come round on a schedule, added at the start of each scheduler tick. */
  planners?(kit: FeatureKit): Planner[];
  /** A platform told us other ids for a person (e.g. their Entra object id in Teams). */
  onIdentity?(kit: FeatureKit, userKey: string, aliases: string[]): Promise<void>;
}
