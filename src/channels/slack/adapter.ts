/**
 * Slack over Bolt. @slack/bolt is used only in this folder.
 *
 * Over HTTP, a Bolt receiver (./receiver.ts) is mounted on our restify server
 * at /slack/events. Every request first passes checkSlackRequestHeaders (the
 * signature headers are there and the timestamp is within 5 minutes); the
 * signature is then checked against the raw body and the body's shape checked,
 * and Bolt acknowledges events before our work runs. With SLACK_APP_TOKEN set, Socket Mode is used instead.
 *
 * Redeliveries (Slack retries, the same message under a new event id, a button
 * or command sent twice) are handled once: see ../dedupe.ts.
 *
 * Where replies go:
 * - direct messages: into the same direct message;
 * - @mentions in a channel: only the person sees them (ephemeral), because
 *   career plans are personal;
 * - /careers: through the command's response_url, only to the person;
 * - buttons: to where the button was (ephemeral buttons reply ephemerally);
 *   buttons on the App Home reply in the direct message.
 *
 * Files go first, to the person's direct message; the reply that says "here is
 * your file" follows only once the file is there. If it could not be sent, the
 * reply says so instead. When the store cannot save (StoreUnavailableError),
 * the person is told so where the reply would have gone.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, LogLevel, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { slackFetch } from './http-fetch.js';
import { postReply, readOnce } from './post.js';
import type { Bot } from '../../core/runtime.js';
import { message, textMessage, type InboundAction, type InboundMessage, type OutboundMessage } from '../../core/messages.js';
import { StoreUnavailableError, type Store } from '../../store/ports.js';
import { coreWords } from '../../core/words.js';
import { scrub, type Logger } from '../../log.js';
import type { Config } from '../../config.js';
import { parseSlackAction, renderBlockKit } from './render.js';
import { checkSlackBody, checkSlackRequestHeaders, slackSignatureMatches } from './verify.js';
import { SlackEventsReceiver } from './receiver.js';
import { renderedParts } from './rendered.js';
import { dispatch, fromThisApp, onAction, onCommand, onEvent, onMessage, type SlackRoute } from './dispatch.js';
import { readBody, refuseUnread } from '../../http-body.js';

/** Slack's own bodies are small; the same limit as the Teams endpoint. */
const SLACK_BODY_LIMIT = 1024 * 1024;
import { claimAll, slackClaims } from '../dedupe.js';
import { slackIdsOf } from '../../user-keys.js';
import { CHANNEL_WORDING } from '../wording.js';
import { botAuthorization } from './authorize.js';

export interface SlackChannelOptions {
  config: Config;
  bot: Bot;
  store: Store;
  log: Logger;
}

export interface SlackConversationRef {
  teamId: string;
  userId: string;
  channelId?: string;
}

type SlackConfig = Extract<Config['slack'], { enabled: true }>;

/** Where replies to one inbound message go. */
type Destination =
  | { kind: 'channel'; channel: string; threadTs?: string }
  | { kind: 'ephemeral'; channel: string; user: string }
  | { kind: 'response_url'; respond: (m: Record<string, unknown>) => Promise<unknown> }
  | { kind: 'dm'; user: string };

export class SlackChannel {
  readonly app: App;
  /** For messages outside a turn: no automatic retries, so the scheduler's outbox can pace and retry. */
  private readonly proactiveClient: WebClient;
  private readonly receiver: SlackEventsReceiver | SocketModeReceiver;
  private readonly slack: SlackConfig;
  private readonly listener: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  constructor(private readonly opts: SlackChannelOptions) {
    if (!opts.config.slack.enabled) throw new Error('Slack is not configured.');
    this.slack = opts.config.slack;
    const logger = boltLogger(opts.log);
    if (this.slack.mode === 'socket') {
      this.receiver = new SocketModeReceiver({ appToken: this.slack.appToken!, logger, logLevel: LogLevel.WARN });
    } else {
      // Requests reach the receiver only through `guard`, which has already checked the signature and its
      // timestamp against these same bytes, and parsed them: Bolt's HTTPReceiver would parse them again (./receiver.ts).
      this.receiver = new SlackEventsReceiver({ endpoint: '/slack/events', logger, unhandledRequestTimeoutMillis: 2500 });
    }
    this.proactiveClient = new WebClient(this.slack.botToken, {
      ...(this.slack.apiUrl ? { slackApiUrl: this.slack.apiUrl } : {}),
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      fetch: slackFetch,
      logger,
      logLevel: LogLevel.WARN,
    });
    this.app = new App({
      authorize: botAuthorization(this.proactiveClient, this.slack.botToken, opts.log),
      receiver: this.receiver,
      // Bolt's conversation store (context.conversation) is not used: where a conversation is lives in our store.
      convoStore: false,
      // Bolt's check that an event is not the app's own is made in our middleware (./dispatch.ts).
      ignoreSelf: false,
      logger,
      logLevel: LogLevel.WARN,
      clientOptions: {
        ...(this.slack.apiUrl ? { slackApiUrl: this.slack.apiUrl } : {}),
        // Replies are interactive: give up quickly rather than retry for half an hour.
        retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
        fetch: slackFetch,
        logger,
        logLevel: LogLevel.WARN,
      },
    });
    this.listener = this.receiver instanceof SlackEventsReceiver ? this.guard(this.receiver) : undefined;
    this.register();
  }

  get mode(): 'http' | 'socket' {
    return this.slack.mode;
  }

  /** Node request listener for POST /slack/events (HTTP mode only). */
  get requestListener(): ((req: IncomingMessage, res: ServerResponse) => void) | undefined {
    return this.listener;
  }

  /**
   * Refuses requests without Slack's signature headers or with a timestamp more
   * than 5 minutes away, then reads the body (at most 1 MB: a bigger one gets
   * 413 as soon as it passes the limit, unread beyond it), checks its
   * signature and its shape, and only then hands it, as parsed for that check,
   * to the receiver (./receiver.ts), which does not check the signature: this
   * is the only way in.
   */
  private guard(receiver: SlackEventsReceiver): (req: IncomingMessage, res: ServerResponse) => void {
    const refuse = (req: IncomingMessage, res: ServerResponse, status: number, reason: string) => {
      this.opts.log.warn({ channel: 'slack', status, reason }, 'Refused a Slack request');
      req.resume();
      if (res.headersSent) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: reason }));
    };
    return (req, res) => {
      const check = checkSlackRequestHeaders(req.headers, Math.floor(Date.now() / 1000));
      if (!check.ok) {
        // Nothing of an unsigned request's body is read.
        this.opts.log.warn({ channel: 'slack', status: 401, reason: check.reason }, 'Refused a Slack request');
        return refuseUnread(req, res, 401, check.reason);
      }
      void readBody(req, res, SLACK_BODY_LIMIT, 'The body is larger than 1 MB.').then((read) => {
        if (!read.ok) {
          this.opts.log.warn({ channel: 'slack', reason: 'body refused' }, 'Refused a Slack request');
          return;
        }
        const raw = read.body;
        const signature = String(req.headers['x-slack-signature']);
        const timestamp = String(req.headers['x-slack-request-timestamp']);
        if (!this.slack.signingSecret || !slackSignatureMatches(this.slack.signingSecret, timestamp, raw, signature)) {
          return refuse(req, res, 401, 'The signature does not match.');
        }
        const shape = checkSlackBody(raw, String(req.headers['content-type'] ?? ''));
        if (!shape.ok) return refuse(req, res, shape.status, shape.reason);
        receiver.handle(req, res, raw, shape);
      });
    };
  }

  async start(): Promise<void> {
    if (this.slack.mode === 'socket') await this.app.start();
  }

  async stop(): Promise<void> {
    if (this.slack.mode === 'socket') await this.app.stop();
  }

  private register(): void {
    const { app } = this;
    const routes = this.routes();

    // Runs after Bolt has checked the signature, before any handler. Events are
    // already acknowledged by now; a duplicate command or button is acknowledged here.
    // The handlers are found here too (./dispatch.ts), rather than as one Bolt listener each.
    app.use(async (args) => {
      if (fromThisApp(args)) return;
      const claims = slackClaims(args.body);
      // A message that cannot be checked because the store is down is handled: its turn says nothing was saved.
      const isNew = claims.length === 0 || (await claimAll(this.opts.store, claims, this.opts.bot.services.clock()).catch((err: unknown) => storeDown(err)));
      if (isNew) {
        await dispatch(routes, args);
        return;
      }
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      this.opts.log.debug({ channel: 'slack', retry: args.context.retryNum ?? 0 }, 'Slack redelivery ignored');
    });

    app.error(async (error) => {
      this.opts.log.error({ err: error, channel: 'slack' }, 'A Slack turn failed');
    });
  }

  /** What the app answers: direct messages, @mentions, /careers, the App Home and our buttons. */
  private routes(): SlackRoute[] {
    return [
      onMessage(async ({ message, context, client }) => {
        const m = message as unknown as Record<string, unknown>;
        if (m['channel_type'] !== 'im' || m['subtype'] !== undefined || m['bot_id'] !== undefined) return;
        const user = String(m['user'] ?? '');
        const channel = String(m['channel'] ?? '');
        const teamId = String(context.teamId ?? m['team'] ?? '');
        if (!user || !channel) return;
        const destination: Destination = { kind: 'channel', channel };
        await this.orSaveFailed(client, destination, user, async () => {
          await this.saveReference({ teamId, userId: user, channelId: channel });
          const inbound = this.inbound(teamId, user, channel, { text: String(m['text'] ?? '') }, m['client_msg_id'] ?? m['ts']);
          inbound.isDirect = true;
          await this.run(client, inbound, destination);
        });
      }),

      onEvent('app_mention', async ({ event, context, client }) => {
        const e = event as unknown as Record<string, unknown>;
        const user = String(e['user'] ?? '');
        const channel = String(e['channel'] ?? '');
        if (!user || !channel) return;
        const teamId = String(context.teamId ?? e['team'] ?? '');
        const text = stripBotMention(String(e['text'] ?? ''), context.botUserId);
        const inbound = this.inbound(teamId, user, channel, { text }, e['client_msg_id'] ?? e['ts']);
        const destination: Destination = { kind: 'ephemeral', channel, user };
        await this.orSaveFailed(client, destination, user, () => this.run(client, inbound, destination));
      }),

      onCommand('/careers', async ({ command, ack, respond, client, context }) => {
        await ack();
        const teamId = String(context.teamId ?? command.team_id ?? '');
        const inbound = this.inbound(teamId, command.user_id, command.channel_id, { text: command.text ?? '' }, command.trigger_id);
        const destination: Destination = {
          kind: 'response_url',
          respond: (m) => respond({ response_type: 'ephemeral', ...m } as never),
        };
        if (!inbound.text) {
          const replies = await this.opts.bot.welcome(inbound);
          await this.deliver(client, replies, destination, command.user_id);
          return;
        }
        await this.orSaveFailed(client, destination, command.user_id, () => this.run(client, inbound, destination));
      }),

      onEvent('app_home_opened', async ({ event, client }) => {
        const e = event as unknown as { user: string; tab?: string };
        if (e.tab && e.tab !== 'home') return;
        const home = renderBlockKit(this.homeMessage())[0];
        await client.views.publish({ user_id: e.user, view: { type: 'home', blocks: home?.blocks ?? [] } });
      }),

      onAction(/^cc_/, async ({ ack, body, action, client, respond, context }) => {
        await ack();
        const b = body as unknown as Record<string, any>;
        const a = action as unknown as { action_id: string; value?: string };
        const parsed = parseSlackAction(a, b['state']?.['values']);
        if (!parsed) return;
        const user = String(b['user']?.['id'] ?? '');
        const teamId = String(context.teamId ?? b['user']?.['team_id'] ?? b['team']?.['id'] ?? '');
        const container = (b['container'] ?? {}) as Record<string, unknown>;
        const channel = String(b['channel']?.['id'] ?? container['channel_id'] ?? '');
        if (!user) return;
        let destination: Destination;
        let conversation = channel;
        if (!channel) {
          // A button on the App Home: carry on in the direct message.
          destination = { kind: 'dm', user };
          conversation = await this.openDm(client, user);
        } else if (container['is_ephemeral'] && b['response_url']) {
          destination = { kind: 'response_url', respond: (m) => respond({ response_type: 'ephemeral', replace_original: false, ...m } as never) };
        } else {
          destination = { kind: 'channel', channel };
        }
        const inbound = this.inbound(teamId, user, conversation, { action: parsed }, b['trigger_id'] ?? b['actions']?.[0]?.['action_ts']);
        await this.orSaveFailed(client, destination, user, async () => {
          if (conversation.startsWith('D')) {
            inbound.isDirect = true;
            await this.saveReference({ teamId, userId: user, channelId: conversation });
          }
          await this.run(client, inbound, destination);
        });
      }),
    ];
  }

  private homeMessage(): OutboundMessage {
    const w = CHANNEL_WORDING.of(this.opts.bot.services.content).slackHome;
    return {
      text: w.heading,
      blocks: [
        { type: 'heading', text: w.heading },
        { type: 'paragraph', text: w.text },
        { type: 'choices', choices: [{ label: w.sayHello, action: 'start', value: { dialog: 'welcome' }, style: 'primary' }] },
      ],
    };
  }

  private inbound(
    teamId: string,
    user: string,
    channel: string,
    body: { text?: string; action?: InboundAction },
    messageId: unknown,
  ): InboundMessage {
    const msg: InboundMessage = {
      platform: 'slack',
      userKey: `slack:${teamId}:${user}`,
      conversationKey: `slack:${teamId}:${channel}`,
      tenantId: teamId,
    };
    if (body.action) msg.action = body.action;
    if (body.text !== undefined) {
      const { text, mentions } = parseMentions(body.text, teamId);
      if (text) msg.text = text;
      if (mentions.length > 0) msg.mentions = mentions;
    }
    if (typeof messageId === 'string' && messageId) msg.messageId = messageId;
    return msg;
  }

  private async run(client: WebClient, inbound: InboundMessage, destination: Destination): Promise<void> {
    this.opts.log.debug({ channel: 'slack', kind: inbound.action ? 'action' : 'text' }, 'Slack message received');
    const name = await this.displayName(client, inbound.userKey);
    if (name) inbound.userName = name;
    const replies = await this.opts.bot.handle(inbound);
    await this.deliver(client, replies, destination, slackIdsOf(inbound.userKey)?.user);
  }

  /** Runs `work`; if the store cannot save, tells the person so where the reply would have gone. */
  private async orSaveFailed(client: WebClient, destination: Destination, user: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      await this.deliver(client, [textMessage(coreWords(this.opts.bot.services.content).turn.saveFailed)], destination, user);
    }
  }

  /**
   * Display names, kept in memory for an hour (never stored): Slack does not send them with events.
   * The lookup itself is kept, so turns that arrive while it is under way wait for it instead of
   * each asking Slack again (under load, most of a person's first turns arrived before the answer).
   */
  private readonly names = new Map<string, { name: Promise<string | undefined>; until: number }>();

  /** The person's display name, so a manager told about a check-in knows who it is. Best effort. */
  private displayName(client: WebClient, userKey: string): Promise<string | undefined> {
    const now = Date.now();
    const cached = this.names.get(userKey);
    if (cached && cached.until > now) return cached.name;
    const name = this.lookUpName(client, userKey);
    if (this.names.size >= 5_000) this.names.delete(this.names.keys().next().value!);
    this.names.set(userKey, { name, until: now + 3_600_000 });
    return name;
  }

  private async lookUpName(client: WebClient, userKey: string): Promise<string | undefined> {
    const userId = slackIdsOf(userKey)?.user;
    try {
      const res = await readOnce(client, 'users.info', { user: userId ?? '' });
      const u = res.user as { real_name?: string; profile?: { display_name?: string; real_name?: string } } | undefined;
      const raw = u?.profile?.display_name || u?.profile?.real_name || u?.real_name;
      return typeof raw === 'string' && raw.trim() ? raw.trim().slice(0, 100) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Sends replies in order. `user` is the person the files in them are for. */
  private async deliver(client: WebClient, replies: OutboundMessage[], destination: Destination, user?: string): Promise<void> {
    const opts = this.opts.config.publicBaseUrl ? { imageBaseUrl: this.opts.config.publicBaseUrl } : {};
    for (const original of replies) {
      // Files first: the words that say a file was sent go only after it was.
      const reply = original.attachments?.length ? await this.withFiles(client, original, destination, user) : original;
      // Kept from the last time for a message every such turn shares (./rendered.ts).
      for (const rendered of renderedParts(reply, opts)) {
        // The blocks go as the JSON text the client would send anyway (it form-encodes them as JSON):
        // given as text, the client does not copy every block for its debug log, which is off.
        const blocks = rendered.blocksJson;
        const part = { text: rendered.text, blocks: blocks as unknown as typeof rendered.blocks };
        // A reply in a turn is posted as JSON (./post.ts); messages outside a turn go through the client,
        // whose rate-limit errors the scheduler's outbox reads to pace and retry.
        const inTurn = client !== this.proactiveClient;
        switch (destination.kind) {
          case 'channel':
            if (inTurn) await postReply(client, 'chat.postMessage', { channel: destination.channel, text: rendered.text }, blocks);
            else await client.chat.postMessage({ channel: destination.channel, text: part.text, blocks: part.blocks });
            break;
          case 'ephemeral':
            if (inTurn) await postReply(client, 'chat.postEphemeral', { channel: destination.channel, user: destination.user, text: rendered.text }, blocks);
            else await client.chat.postEphemeral({ channel: destination.channel, user: destination.user, text: part.text, blocks: part.blocks });
            break;
          case 'response_url':
            await destination.respond({ text: rendered.text, blocks: rendered.blocks });
            break;
          case 'dm': {
            const channel = await this.openDm(client, destination.user);
            if (inTurn) await postReply(client, 'chat.postMessage', { channel, text: rendered.text }, blocks);
            else await client.chat.postMessage({ channel, text: part.text, blocks: part.blocks });
            break;
          }
        }
      }
    }
  }

  /**
   * Sends the reply's files where only the person sees them (their direct
   * message with the bot), then returns the reply to post: as it was when every
   * file went, or, for each file that did not, without the words saying it was
   * sent and with a plain "I couldn't send you the file" instead.
   */
  private async withFiles(client: WebClient, reply: OutboundMessage, destination: Destination, user: string | undefined): Promise<OutboundMessage> {
    const files = reply.attachments ?? [];
    let channel: string | undefined;
    const dmUser = destination.kind === 'dm' || destination.kind === 'ephemeral' ? destination.user : user;
    try {
      if (destination.kind === 'channel' && destination.channel.startsWith('D')) channel = destination.channel;
      else if (dmUser) channel = await this.openDm(client, dmUser);
    } catch (err) {
      this.opts.log.warn({ err, channel: 'slack', event: 'file-upload-failed' }, 'No direct message to send a file to');
    }
    const failed: string[] = [];
    for (const file of files) {
      try {
        if (!channel) throw new Error('No direct message to send the file to.');
        await client.files.uploadV2({ channel_id: channel, filename: file.filename, title: file.filename, content: file.content });
      } catch (err) {
        this.opts.log.warn({ err, channel: 'slack', event: 'file-upload-failed' }, 'A file could not be sent to Slack');
        failed.push(file.filename);
      }
    }
    if (failed.length === 0) return { text: reply.text, blocks: reply.blocks };
    const w = CHANNEL_WORDING.of(this.opts.bot.services.content).slackFile;
    const blocks = reply.blocks.filter((b) => !(b.type === 'paragraph' && b.aboutFiles));
    const note = failed.map((file) => ({ type: 'paragraph' as const, text: w.notSent({ file }) }));
    // The note goes where the words about the file were: after a heading, else first.
    const at = blocks[0]?.type === 'heading' ? 1 : 0;
    blocks.splice(at, 0, ...note);
    return message(blocks);
  }

  private async openDm(client: WebClient, user: string): Promise<string> {
    const res = await client.conversations.open({ users: user });
    const id = res.channel?.id;
    if (!id) throw new Error('Slack did not open a direct message channel.');
    return id;
  }

  private async saveReference(ref: SlackConversationRef): Promise<void> {
    const userKey = `slack:${ref.teamId}:${ref.userId}`;
    const existing = await this.opts.store.refs.get(userKey);
    if (existing && JSON.stringify(existing.ref) === JSON.stringify(ref)) return;
    await this.opts.store.refs.put({ userKey, platform: 'slack', ref, updatedAt: this.opts.bot.services.clock().toISOString() });
  }

  /** Sends messages to a person outside a turn: a direct message by user id. */
  async sendProactive(ref: unknown, messages: OutboundMessage[]): Promise<void> {
    const r = ref as SlackConversationRef;
    const client = this.proactiveClient;
    const channel = r.channelId ?? (await this.openDm(client, r.userId));
    await this.deliver(client, messages, { kind: 'channel', channel });
  }
}

/** A store that cannot be reached to check for redelivery: handle the message (its turn will say nothing was saved). */
function storeDown(err: unknown): true {
  if (err instanceof StoreUnavailableError) return true;
  throw err;
}

function stripBotMention(text: string, botUserId: string | undefined): string {
  const t = botUserId ? text.split(`<@${botUserId}>`).join(' ') : text;
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * Slack sends mentions as <@U123> or <@U123|name>. They become mentions the core
 * can use (e.g. naming a line manager), and plain "@name" text.
 */
export function parseMentions(text: string, teamId: string): { text: string; mentions: Array<{ userKey: string; name: string }> } {
  const mentions: Array<{ userKey: string; name: string }> = [];
  const out = text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => {
      mentions.push({ userKey: `slack:${teamId}:${id}`, name: name ?? '' });
      return name ? `@${name}` : '@someone';
    })
    .replace(/<(https?:\/\/[^|>]+)(?:\|([^>]*))?>/g, (_m, url: string, label?: string) => label ?? url)
    .replace(/<!(channel|here|everyone)[^>]*>/g, '@$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
  return { text: out, mentions };
}

/** Bolt logs through ours, at one level lower, with anything token-like removed. */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  const fmt = (args: unknown[]) => scrub(args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : '[object]')).join(' '));
  let level = LogLevel.WARN;
  return {
    debug: () => undefined,
    info: (...args: unknown[]) => child.debug(fmt(args)),
    warn: (...args: unknown[]) => child.warn(fmt(args)),
    error: (...args: unknown[]) => child.error(fmt(args)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
