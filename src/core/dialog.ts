/**
 * The dialog model: a dialog is a set of named steps. Each step can prompt and
 * can take an answer. The runtime (runtime.ts) keeps where each person is,
 * saves it in the store after every turn, and handles help, cancel, restart and
 * back at any step.
 */
import type { Choice, InboundAction, InboundMessage, OutboundMessage } from './messages.js';
import type { ConversationTopic, Profile, Store } from '../store/ports.js';
import type { Logger } from '../log.js';
import type { Content } from '../content/model.js';
import type { Messenger } from './messenger.js';
import type { Auditor } from './audit.js';

/** What the dialogs may use. */
export interface Services {
  store: Store;
  log: Logger;
  /** The current time. Tests control it. */
  clock: () => Date;
  /** Roles, routes, resources, programmes and signposting, loaded from content/. */
  content: Content;
  /** Sends to a person outside a turn (e.g. a summary shared with a manager). */
  messenger: Messenger;
  /**
   * The trust's time zone (TIME_ZONE, config.scheduler.timeZone): what "today"
   * is, and the local time of every date people see or are reminded on.
   */
  timeZone: string;
  publicBaseUrl?: string;
  /**
   * Records views, exports, erasures, escalations and shares in the audit log
   * under pseudonyms (src/privacy/auditor.ts). Always set by the app; optional
   * so small tests need not build one. Use `recordAudit`/`recordView` from ./audit.js.
   */
  audit?: Auditor;
}

export interface Answer {
  text?: string;
  action?: InboundAction;
}

export type StepResult =
  /**
   * Go to another step (the current one is remembered for "back"). With `first`,
   * a line put at the top of that step's question, in the same message ("4 out of
   * 5 is saved", then the next question): one message for one answer.
   */
  | { next: string; first?: string }
  /** Ask the same step again without counting a miss (e.g. after showing something). */
  | { stay: true }
  /** The answer could not be used: re-prompt with examples, then with buttons after two misses. */
  | { retry: true; hint?: string }
  /** The input is not an answer to this step: let the router find the right dialog. */
  | { unrelated: true }
  /**
   * Finish this dialog. With `forget`, also drop every paused dialog in this
   * conversation, so the turn ends with no saved state (after an erasure).
   */
  | { end: true; forget?: boolean }
  /** Finish this dialog and start another. */
  | { start: string; args?: Record<string, unknown> };

export interface TurnContext {
  readonly msg: InboundMessage;
  readonly services: Services;
  /** Messages to send in reply, in order. */
  say(m: OutboundMessage | string): void;
  /** The person's profile, if they have one. Cached for the turn. */
  profile(): Promise<Profile | undefined>;
  /** Changes the profile (creating it if needed) and waits until the change is saved. */
  updateProfile(change: (p: Profile) => void): Promise<Profile>;
  /**
   * True once this turn has pointed the person to help (999, NHS 111, the
   * trust's wellbeing service). Whatever signposts sets it, so that nothing
   * in the same turn says it again.
   */
  signposted: boolean;
  /** True once this turn has kept something the person said about themselves (and said so). */
  noted: boolean;
  /** The question waiting for an answer when the turn began, if any. */
  readonly openStep?: { dialog: string; step: string } | undefined;
  /**
   * The route last talked about in this conversation (e.g. after a route card),
   * for follow-ups such as "how long does it take?". Set it to change it, or to
   * undefined to drop it; it is saved with the conversation at the end of the turn.
   */
  topic: ConversationTopic | undefined;
}

export interface StepContext extends TurnContext {
  /** The running dialog's own data. Saved after every turn. */
  data: Record<string, unknown>;
  /** The dialog and step being run, for building answer buttons. */
  readonly dialogId: string;
  readonly stepId: string;
}

/**
 * What a step takes as a typed answer. A step that says so has typed text
 * checked by the runtime before `answer` sees it: a clearly new question
 * pauses the step (with "Carry on with…") and is answered; text with no
 * meaning in it ("???", keyboard mashing) is asked again; "thanks" and "bye"
 * get a short reply; and, for `text`, "ok" is not taken as the answer.
 */
export interface Takes {
  /** A role's name, or the person's own words. */
  kind: 'role' | 'text';
  /** Kinds of question (intents) that are answers here, not new questions (e.g. "how do I become a nurse?" when the step asks which role). */
  intents?: readonly string[];
}

/** What the check before a step's answer found (see Takes): a new question, or text with no meaning in it. */
export type AnswerCheck = 'new-question' | 'no-meaning' | undefined;

export interface Step {
  prompt(ctx: StepContext): OutboundMessage | Promise<OutboundMessage>;
  /** What the step takes as a typed answer; with it, typed text is checked before `answer` (see Takes). */
  takes?: Takes;
  answer(ctx: StepContext, input: Answer): StepResult | Promise<StepResult>;
  /** Example answers, shown when an answer could not be used. */
  examples?: string[];
  /** Buttons offered after two answers the step could not use. */
  fallback?(ctx: StepContext): Choice[] | Promise<Choice[]>;
}

export interface Dialog {
  id: string;
  /** How the dialog is named to people, e.g. "your profile". */
  title: string;
  begin(ctx: StepContext, args: Record<string, unknown>): StepResult | Promise<StepResult>;
  steps: Record<string, Step>;
  /**
   * Buttons that work at any time, even after the dialog has finished
   * (e.g. "save as my goal" on an earlier route card). The action id is
   * `<dialog id>.<name>`.
   */
  actions?: Record<string, (ctx: StepContext, value: Record<string, string>) => StepResult | Promise<StepResult>>;
  /** Help for this dialog, shown when someone types help during it. */
  help?(ctx: StepContext): OutboundMessage | Promise<OutboundMessage>;
}

/** Where free text with no open question should go. */
export interface Route {
  dialog: string;
  args?: Record<string, unknown>;
}

export interface Router {
  route(text: string, ctx: TurnContext): Route | Promise<Route>;
  /** The dialog that greets people on first contact and on "hi". */
  welcome: Route;
  /**
   * Requests that win over any open question, like the global commands
   * (e.g. "delete my data"): the running dialog is paused and this one starts.
   * Not applied when it names the dialog that is already running.
   */
  interrupt?(text: string, ctx: TurnContext): Route | undefined | Promise<Route | undefined>;
}

/** A button that answers a step: the runtime routes it back to that step. */
export function answerButton(
  ctx: { dialogId: string; stepId: string },
  label: string,
  answer: string,
  style?: Choice['style'],
): Choice {
  const c: Choice = { label, action: `${ctx.dialogId}/${ctx.stepId}`, value: { answer } };
  if (style) c.style = style;
  return c;
}

/** A button that runs one of a dialog's `actions`. */
export function actionButton(dialogId: string, name: string, label: string, value?: Record<string, string>): Choice {
  const c: Choice = { label, action: `${dialogId}.${name}` };
  if (value) c.value = value;
  return c;
}

/** A button that starts a dialog. */
export function startButton(label: string, dialog: string, args?: Record<string, string>): Choice {
  return { label, action: 'start', value: { dialog, ...(args ?? {}) } };
}

/** The answer as text: typed text, or the `answer` value of a button. */
export function answerText(input: Answer): string | undefined {
  if (input.action) return input.action.value['answer'] ?? input.action.value['text'];
  return input.text;
}
