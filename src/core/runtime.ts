/**
 * The conversation core. Every channel hands it an InboundMessage and sends
 * back the OutboundMessages it returns. It knows nothing of Teams or Slack.
 *
 * One turn: take the per-conversation lock, load where the person is, run the
 * step or route the text, save the new state (waiting until it is on disk),
 * then return the replies. A reply is therefore never sent for work that could
 * still be lost. A turn whose saving fails (StoreUnavailableError: a full disk,
 * the database out of reach) says only that it could not save, and none of
 * the replies it had made, which may claim something was saved.
 */
import { KeyedLock } from './keyed-lock.js';
import { message, textMessage, type Choice, type InboundMessage, type OutboundMessage } from './messages.js';
import type { Answer, AnswerCheck, Dialog, Router, Services, Step, StepContext, StepResult, Takes, TurnContext } from './dialog.js';
import { StoreUnavailableError, type ConversationTopic, type DialogState, type Profile } from '../store/ports.js';
import { coreWords, examplesLine, globalCommand, socialTurn, type GlobalCommand } from './words.js';

const MAX_PAUSED = 3;
/** Each dialog may chain into others; this stops a faulty chain from looping forever. */
const MAX_TRANSITIONS_PER_TURN = 12;

/** Runs at the start of a turn, before anything else (e.g. distress signposting). It may say things; it must not change where the person is. */
export type TurnInterceptor = (ctx: TurnContext) => Promise<void>;

export interface BotOptions {
  services: Services;
  dialogs: Dialog[];
  router: Router;
  /** Run in order at the start of every turn that carries text or a button press. */
  interceptors?: TurnInterceptor[];
  /** Reads typed text before a step that `takes` it gets it: a new question, or no meaning in it (see Takes in dialog.ts). */
  checkAnswer?: (text: string, takes: Takes, ctx: TurnContext) => AnswerCheck | Promise<AnswerCheck>;
}

export class Bot {
  private readonly dialogs = new Map<string, Dialog>();
  private readonly lock = new KeyedLock();
  private inFlight = new Set<Promise<unknown>>();
  private draining = false;

  constructor(private readonly opts: BotOptions) {
    const { store, messenger } = opts.services;
    // A message to someone else (a concern passed to a preceptor, say) leaves only once what led to it is saved.
    const flush = store.flushTurn?.bind(store);
    if (flush) this.opts = { ...opts, services: { ...opts.services, messenger: { send: async (...a) => (await flush(), messenger.send(...a)) } } };
    for (const d of opts.dialogs) {
      if (this.dialogs.has(d.id)) throw new Error(`Two dialogs have the id "${d.id}".`);
      this.dialogs.set(d.id, d);
    }
    for (const id of [opts.router.welcome.dialog, 'help']) {
      if (!this.dialogs.has(id)) throw new Error(`A dialog the core needs does not exist: "${id}".`);
    }
  }

  get services(): Services {
    return this.opts.services;
  }

  hasDialog(id: string): boolean {
    return this.dialogs.has(id);
  }

  /** Every dialog, in the order given. */
  get allDialogs(): Dialog[] {
    return [...this.dialogs.values()];
  }

  /** Handles one message and returns the replies. Turns for one conversation run one at a time. */
  handle(msg: InboundMessage): Promise<OutboundMessage[]> {
    if (this.draining) {
      return Promise.resolve([textMessage(coreWords(this.opts.services.content).turn.restarting)]);
    }
    const key = `${msg.userKey}\u0000${msg.conversationKey}`;
    const p = this.lock.run(key, () => this.savedTurn(msg).catch((err: unknown) => this.notSaved(err)));
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p)).catch(() => undefined);
    return p;
  }

  /** One turn, its changes saved together at its end where the store can: one flush to disk, not one per change. */
  private savedTurn(msg: InboundMessage): Promise<OutboundMessage[]> {
    const { store } = this.opts.services;
    return store.inTurn ? store.inTurn(() => this.turn(msg)) : this.turn(msg);
  }

  /** A turn that could not save: the person is told so, and nothing else the turn said is sent. */
  private notSaved(err: unknown): OutboundMessage[] {
    if (!(err instanceof StoreUnavailableError)) throw err;
    return [textMessage(coreWords(this.opts.services.content).turn.saveFailed)];
  }

  /** The first-contact greeting, e.g. when the bot is added to a chat. */
  welcome(msg: InboundMessage): Promise<OutboundMessage[]> {
    return this.handle({ ...msg, text: undefined, action: { id: 'start', value: { dialog: this.opts.router.welcome.dialog } } });
  }

  /** Stops taking new turns and waits for those under way. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    const all = Promise.allSettled([...this.inFlight]).then(() => true);
    const timer = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    return Promise.race([all, timer]);
  }

  get turnsInFlight(): number {
    return this.inFlight.size;
  }

  private async turn(msg: InboundMessage): Promise<OutboundMessage[]> {
    const { store } = this.opts.services;
    const outbox: OutboundMessage[] = [];
    const stored = await store.dialogs.get(msg.userKey, msg.conversationKey);
    const before = stored ? JSON.stringify(stored) : undefined;
    // The turn works on its own copy, read back from the text just made (the state is kept as JSON, so this is
    // the copy a restart would give; it costs less than structuredClone's second pass over the state).
    const copy = before === undefined ? undefined : (JSON.parse(before) as DialogState);
    // The topic is kept beside the dialogs (which start and end during the turn) and put back at the end.
    const { topic, ...rest } = copy ?? ({} as Partial<DialogState>);
    const run = new TurnRun(this, msg, outbox, copy ? (rest as DialogState) : undefined, topic);
    if (msg.text?.trim() || msg.action) for (const intercept of this.opts.interceptors ?? []) await intercept(run);
    await run.execute();
    let after = run.state && (run.state.dialog || run.state.paused?.length) ? run.state : undefined;
    if (run.topic && !run.forgotten) after = { ...(after ?? { dialog: '', step: '', data: {}, history: [], misses: 0, updatedAt: '' }), topic: run.topic };
    if (after) after.updatedAt = this.opts.services.clock().toISOString();
    const changed = (after ? JSON.stringify({ ...after, updatedAt: stored?.updatedAt }) : undefined) !== before;
    if (changed) await store.dialogs.put(msg.userKey, msg.conversationKey, after);
    return outbox;
  }

  /** @internal */
  dialog(id: string): Dialog | undefined {
    return this.dialogs.get(id);
  }

  /** @internal */
  get router(): Router {
    return this.opts.router;
  }

  /** @internal */
  checkAnswer(text: string, takes: Takes, ctx: TurnContext): AnswerCheck | Promise<AnswerCheck> {
    return this.opts.checkAnswer?.(text, takes, ctx);
  }
}

/** The work of one turn. */
class TurnRun implements TurnContext {
  private cachedProfile: Profile | undefined | null = null;
  private transitions = 0;
  /** Set when the turn erased the person's data: nothing more is said or saved. */
  forgotten = false;
  signposted = false;
  noted = false;

  constructor(
    private readonly bot: Bot,
    readonly msg: InboundMessage,
    private readonly outbox: OutboundMessage[],
    public state: DialogState | undefined,
    public topic: ConversationTopic | undefined,
  ) {}

  get services(): Services {
    return this.bot.services;
  }

  get openStep(): { dialog: string; step: string } | undefined {
    const s = this.state;
    return s?.dialog && s.step ? { dialog: s.dialog, step: s.step } : undefined;
  }

  private get words() {
    return coreWords(this.services.content).turn;
  }

  say(m: OutboundMessage | string): void {
    this.outbox.push(typeof m === 'string' ? textMessage(m) : m);
  }

  async profile(): Promise<Profile | undefined> {
    if (this.cachedProfile === null) this.cachedProfile = await this.services.store.profiles.get(this.msg.userKey);
    return this.cachedProfile;
  }

  async updateProfile(change: (p: Profile) => void): Promise<Profile> {
    const now = this.services.clock().toISOString();
    const current = await this.profile();
    const next: Profile = current
      ? structuredClone(current)
      : { userKey: this.msg.userKey, platform: this.msg.platform, createdAt: now, updatedAt: now };
    change(next);
    next.updatedAt = now;
    await this.services.store.profiles.put(next);
    this.cachedProfile = next;
    return next;
  }

  async execute(): Promise<void> {
    const before = this.outbox.length;
    await this.dispatch();
    // Never leave a message unanswered: a turn that said nothing offers help.
    const asked = this.msg.action !== undefined || (this.msg.text ?? '').trim() !== '';
    if (asked && this.outbox.length === before && !this.forgotten) {
      await this.begin('help', { reason: 'not-understood' });
    }
  }

  private async dispatch(): Promise<void> {
    const { msg } = this;
    if (msg.action) return this.onAction(msg.action.id, msg.action.value);
    const text = (msg.text ?? '').trim();
    if (!text) return;
    const command = globalCommand(this.services.content, text);
    if (command) return this.onGlobal(command);
    const active = this.activeDialog();
    if (active) {
      const urgent = await this.bot.router.interrupt?.(text, this);
      if (urgent && urgent.dialog !== active.dialog.id && this.bot.hasDialog(urgent.dialog)) {
        this.pauseActive();
        return this.begin(urgent.dialog, { ...(urgent.args ?? {}), text });
      }
      return this.runStep(active.dialog, active.step, { text });
    }
    return this.routeText(text);
  }

  private activeDialog(): { dialog: Dialog; step: Step } | undefined {
    const s = this.state;
    if (!s || !s.dialog) return undefined;
    const dialog = this.bot.dialog(s.dialog);
    const step = dialog?.steps[s.step];
    if (!dialog || !step) {
      // The dialog or step no longer exists (e.g. after an upgrade): forget it.
      this.state = s.paused?.length ? { ...s, dialog: '', step: '', data: {}, history: [], misses: 0 } : undefined;
      return undefined;
    }
    return { dialog, step };
  }

  private async routeText(text: string): Promise<void> {
    const route = await this.bot.router.route(text, this);
    await this.begin(route.dialog, { ...(route.args ?? {}), text });
  }

  private async onAction(id: string, value: Record<string, string>): Promise<void> {
    if (id === 'help' || id === 'cancel' || id === 'restart' || id === 'back') return this.onGlobal(id);
    if (id === 'start') {
      const target = value['dialog'];
      if (target && this.bot.hasDialog(target)) {
        const { dialog: _omit, ...args } = value;
        this.pauseActive();
        return this.begin(target, args);
      }
      return this.unknownButton();
    }
    if (id === 'resume') return this.resume();

    const slash = id.indexOf('/');
    if (slash > 0) {
      // A button that answers a step.
      const dialogId = id.slice(0, slash);
      const stepId = id.slice(slash + 1);
      const active = this.activeDialog();
      if (active && active.dialog.id === dialogId && this.state?.step === stepId) {
        return this.runStep(active.dialog, active.step, { action: { id, value } });
      }
      if (active && active.dialog.id === dialogId) {
        this.say(this.words.oldStepButton);
        return this.prompt(active.dialog, active.step);
      }
      return this.unknownButton();
    }

    const dot = id.indexOf('.');
    if (dot > 0) {
      const dialog = this.bot.dialog(id.slice(0, dot));
      const name = id.slice(dot + 1);
      const handler = dialog?.actions && Object.hasOwn(dialog.actions, name) ? dialog.actions[name] : undefined;
      if (dialog && handler) {
        const ctx = this.stepContext(dialog.id, '', this.state?.dialog === dialog.id ? this.state.data : {});
        const result = await handler(ctx, value);
        if (this.state?.dialog === dialog.id) {
          return this.apply(dialog, result, ctx);
        }
        // An action on a dialog that is not running: it may start one or just reply.
        if ('start' in result) {
          this.pauseActive();
          return this.begin(result.start, result.args ?? {});
        }
        if ('next' in result) {
          this.pauseActive();
          this.state = { ...this.freshState(dialog.id), data: ctx.data, paused: this.state?.paused ?? [] };
          return this.enter(dialog, result.next, result.first);
        }
        return this.offerResume();
      }
    }
    return this.unknownButton();
  }

  private async unknownButton(): Promise<void> {
    this.say(this.words.oldButton);
    const active = this.activeDialog();
    if (active) return this.prompt(active.dialog, active.step);
    return this.begin(this.bot.router.welcome.dialog, { reason: 'unknown-button' });
  }

  private async onGlobal(command: GlobalCommand): Promise<void> {
    const active = this.activeDialog();
    switch (command) {
      case 'help': {
        if (active) {
          const ctx = this.stepContext(active.dialog.id, this.state!.step, this.state!.data);
          if (active.dialog.help) this.say(await active.dialog.help(ctx));
          this.say(
            message([
              {
                type: 'paragraph',
                text: this.words.helpInDialog({ title: active.dialog.title }),
              },
            ]),
          );
          return this.prompt(active.dialog, active.step);
        }
        return this.begin('help', {});
      }
      case 'cancel': {
        if (!active) {
          this.say(this.words.nothingToCancel);
          return;
        }
        const title = active.dialog.title;
        this.state = this.state?.paused?.length ? { ...this.freshState(''), paused: this.state.paused } : undefined;
        this.say(this.words.cancelled({ title }));
        return;
      }
      case 'restart': {
        if (!active) return this.begin(this.bot.router.welcome.dialog, {});
        const paused = this.state?.paused;
        this.state = undefined;
        this.say(this.words.startingAgain({ title: active.dialog.title }));
        await this.begin(active.dialog.id, {});
        const restarted = this.state as DialogState | undefined;
        if (restarted && paused?.length) restarted.paused = paused;
        return;
      }
      case 'back': {
        if (!active || !this.state) {
          this.say(this.words.nothingToGoBack);
          return;
        }
        const previous = this.state.history.pop();
        if (!previous) {
          this.say(this.words.firstQuestion);
          return this.prompt(active.dialog, active.step);
        }
        this.state.step = previous;
        this.state.misses = 0;
        const step = active.dialog.steps[previous];
        if (!step) return this.prompt(active.dialog, active.step);
        return this.prompt(active.dialog, step);
      }
    }
  }

  private freshState(dialog: string): DialogState {
    return { dialog, step: '', data: {}, history: [], misses: 0, updatedAt: '' };
  }

  /** Keeps the running dialog so the person can come back to it. */
  private pauseActive(): void {
    const s = this.state;
    if (!s || !s.dialog || !this.bot.dialog(s.dialog)?.steps[s.step]) return;
    const paused = [...(s.paused ?? []), { dialog: s.dialog, step: s.step, data: s.data, history: s.history }];
    this.state = { ...this.freshState(''), paused: paused.slice(-MAX_PAUSED) };
  }

  private async begin(dialogId: string, args: Record<string, unknown>): Promise<void> {
    const dialog = this.bot.dialog(dialogId);
    if (!dialog) throw new Error(`No dialog "${dialogId}".`);
    if (this.state?.dialog && this.state.dialog !== dialogId) this.pauseActive();
    const paused = this.state?.paused ?? [];
    // Starting a dialog that was paused replaces the paused copy.
    this.state = { ...this.freshState(dialog.id), paused: paused.filter((p) => p.dialog !== dialog.id) };
    const ctx = this.stepContext(dialog.id, '', this.state.data);
    const result = await dialog.begin(ctx, args);
    return this.apply(dialog, result, ctx);
  }

  private async runStep(dialog: Dialog, step: Step, input: Answer): Promise<void> {
    const ctx = this.stepContext(dialog.id, this.state!.step, this.state!.data);
    const typed = input.action ? undefined : input.text?.trim();
    if (typed && step.takes) {
      const instead = await this.notAnAnswer(typed, step.takes);
      if (instead === 'new-question') return this.newQuestion(typed);
      if (instead === 'said') return;
      if (instead) return this.apply(dialog, instead, ctx);
    }
    const result = await step.answer(ctx, input);
    return this.apply(dialog, result, ctx);
  }

  /**
   * Typed text that is not an answer to a step that `takes` typed text: what to
   * do instead, or undefined to let the step read it. "thanks" gets a word and
   * the question again; "bye" a word and nothing more (the place is kept); "ok"
   * is not taken as someone's own words; then the check the app gives.
   */
  private async notAnAnswer(text: string, takes: Takes): Promise<StepResult | 'new-question' | 'said' | undefined> {
    const w = this.words;
    const social = socialTurn(this.services.content, text);
    if (social === 'thanks') {
      this.say(w.thanksMidway);
      return { stay: true };
    }
    if (social === 'bye') {
      this.say(w.byeMidway);
      return 'said';
    }
    if (social === 'ok' && takes.kind === 'text') return { retry: true, hint: w.notAnAnswer };
    const check = await this.bot.checkAnswer(text, takes, this);
    if (check === 'no-meaning') return { retry: true, hint: w.noMeaning };
    return check;
  }

  /** A new question typed while a step waits: the step is paused ("Carry on with…") and the question answered. */
  private async newQuestion(text: string): Promise<void> {
    const route = await this.bot.router.route(text, this);
    this.pauseActive();
    return this.begin(route.dialog, { ...(route.args ?? {}), text });
  }

  private async apply(dialog: Dialog, result: StepResult, ctx: StepContext): Promise<void> {
    if (++this.transitions > MAX_TRANSITIONS_PER_TURN) {
      throw new Error(`Dialog "${dialog.id}" moved more than ${MAX_TRANSITIONS_PER_TURN} times in one turn.`);
    }
    const state = this.state;
    if (state && state.dialog === dialog.id) state.data = ctx.data;

    if ('next' in result) {
      if (state && state.dialog === dialog.id && state.step && state.step !== result.next) state.history.push(state.step);
      return this.enter(dialog, result.next, result.first);
    }
    if ('stay' in result) {
      const step = state ? dialog.steps[state.step] : undefined;
      if (step) return this.prompt(dialog, step);
      return this.finish();
    }
    if ('retry' in result) {
      const step = state ? dialog.steps[state.step] : undefined;
      if (!state || !step) return this.finish();
      state.misses += 1;
      return this.reprompt(dialog, step, result.hint);
    }
    if ('unrelated' in result) {
      const text = this.msg.text?.trim();
      if (!text) return;
      const route = await this.bot.router.route(text, this);
      if (route.dialog === dialog.id) {
        // The router agrees this is for the running dialog: treat it as an answer it could not use.
        const step = state ? dialog.steps[state.step] : undefined;
        if (!state || !step) return this.finish();
        state.misses += 1;
        return this.reprompt(dialog, step);
      }
      this.pauseActive();
      return this.begin(route.dialog, { ...(route.args ?? {}), text });
    }
    if ('start' in result) {
      this.state = state?.paused?.length ? { ...this.freshState(''), paused: state.paused } : undefined;
      return this.begin(result.start, result.args ?? {});
    }
    if (result.forget) {
      // Nothing of this conversation is saved again (the person's data was just erased).
      this.state = undefined;
      this.topic = undefined;
      this.forgotten = true;
      return;
    }
    return this.finish();
  }

  private async finish(): Promise<void> {
    const paused = this.state?.paused ?? [];
    this.state = paused.length ? { ...this.freshState(''), paused } : undefined;
    return this.offerResume();
  }

  private async offerResume(): Promise<void> {
    const last = this.state?.paused?.at(-1);
    if (!last || this.state?.dialog) return;
    const dialog = this.bot.dialog(last.dialog);
    if (!dialog) return;
    const choices: Choice[] = [
      { label: this.words.carryOn({ title: dialog.title }), action: 'resume', style: 'primary' },
    ];
    this.say(message([{ type: 'paragraph', text: this.words.partWay({ title: dialog.title }) }, { type: 'choices', choices }]));
  }

  private async resume(): Promise<void> {
    const paused = this.state?.paused ?? [];
    const last = paused.at(-1);
    const dialog = last ? this.bot.dialog(last.dialog) : undefined;
    const step = last && dialog ? dialog.steps[last.step] : undefined;
    if (!last || !dialog || !step) {
      this.say(this.words.nothingToCarryOn);
      return;
    }
    this.pauseActiveExcept();
    this.state = {
      dialog: last.dialog,
      step: last.step,
      data: last.data,
      history: last.history,
      misses: 0,
      updatedAt: '',
      paused: paused.slice(0, -1),
    };
    return this.prompt(dialog, step);
  }

  private pauseActiveExcept(): void {
    // Resuming replaces whatever was running; the running dialog is kept paused.
    if (this.state?.dialog) this.pauseActive();
  }

  private async enter(dialog: Dialog, stepId: string, first?: string): Promise<void> {
    const step = dialog.steps[stepId];
    if (!step) throw new Error(`Dialog "${dialog.id}" has no step "${stepId}".`);
    if (!this.state || this.state.dialog !== dialog.id) {
      this.state = { ...this.freshState(dialog.id), paused: this.state?.paused ?? [] };
    }
    this.state.step = stepId;
    this.state.misses = 0;
    return this.prompt(dialog, step, first);
  }

  /** Asks a step's question; `first` is a line put above it in the same message. */
  private async prompt(dialog: Dialog, step: Step, first?: string): Promise<void> {
    const ctx = this.stepContext(dialog.id, this.state!.step, this.state!.data);
    const question = await step.prompt(ctx);
    this.say(first === undefined ? question : message([{ type: 'paragraph', text: first }, ...question.blocks], question.attachments));
  }

  private async reprompt(dialog: Dialog, step: Step, hint?: string): Promise<void> {
    const ctx = this.stepContext(dialog.id, this.state!.step, this.state!.data);
    const misses = this.state!.misses;
    const lines: string[] = [hint ?? this.words.couldNotUse];
    const examples = examplesLine(this.services.content, step.examples ?? []);
    if (examples) lines.push(examples);
    if (misses >= 2 && step.fallback) {
      const choices = await step.fallback(ctx);
      if (choices.length > 0) {
        this.say(
          message([
            { type: 'paragraph', text: lines.join(' ') },
            { type: 'paragraph', text: this.words.orPick },
            { type: 'choices', choices },
          ]),
        );
        return;
      }
    }
    this.say(message([{ type: 'paragraph', text: lines.join(' ') }]));
    return this.prompt(dialog, step);
  }

  private stepContext(dialogId: string, stepId: string, data: Record<string, unknown>): StepContext {
    const turn = this;
    return {
      msg: this.msg,
      services: this.services,
      dialogId,
      stepId,
      data,
      say: (m) => turn.say(m),
      profile: () => turn.profile(),
      updateProfile: (change) => turn.updateProfile(change),
      get signposted() {
        return turn.signposted;
      },
      set signposted(v: boolean) {
        turn.signposted = v;
      },
      get noted() {
        return turn.noted;
      },
      set noted(v: boolean) {
        turn.noted = v;
      },
      get topic() {
        return turn.topic;
      },
      set topic(t: ConversationTopic | undefined) {
        turn.topic = t;
      },
    };
  }
}
