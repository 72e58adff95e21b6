/**
 * Microsoft Teams (and Bot Framework Emulator) over the Bot Framework.
 * botbuilder is used only in this folder: swapping to its successor is a
 * change here and nowhere else.
 */
import {
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Bot } from '../../core/runtime.js';
import type { InboundMessage, OutboundMessage } from '../../core/messages.js';
import type { Store } from '../../store/ports.js';
import type { Logger } from '../../log.js';
import type { Config } from '../../config.js';
import { parseTeamsSubmit, renderAdaptiveCards } from './render.js';

export interface TeamsChannelOptions {
  config: Config;
  bot: Bot;
  store: Store;
  log: Logger;
}

/** Activity types that start a turn; everything else is acknowledged and ignored. */
const HANDLED = new Set<string>([ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate]);

export class TeamsChannel {
  private readonly adapter: CloudAdapter;
  private readonly appId: string;

  constructor(private readonly opts: TeamsChannelOptions) {
    const t = opts.config.teams;
    this.appId = t.appId ?? '';
    const auth = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: t.appId ?? '',
      MicrosoftAppPassword: t.appPassword ?? '',
      MicrosoftAppType: t.appType,
      MicrosoftAppTenantId: t.tenantId ?? '',
    } as Record<string, string>);
    this.adapter = new CloudAdapter(auth);
    this.adapter.onTurnError = async (_context, error) => {
      opts.log.error({ err: error, channel: 'teams' }, 'A Teams turn failed');
      // No reply here: the caller gets a 200 and the person can try again. Sending
      // could fail the same way, and Teams would then retry the whole turn.
    };
  }

  get authenticated(): boolean {
    return this.appId !== '';
  }

  /** POST /api/messages. The body has been parsed by restify's body parser. */
  async handle(req: Request, res: Response): Promise<void> {
    const problem = validateActivity(req.body);
    if (problem) {
      res.status(400);
      res.json({ error: problem });
      return;
    }
    const activity = req.body as Activity;
    if (!HANDLED.has(activity.type)) {
      // Still authenticated by botbuilder before we answer 200.
      await this.adapter.process(req as never, res as never, async () => undefined);
      return;
    }
    await this.adapter.process(req as never, res as never, (context) => this.turn(context));
  }

  private async turn(context: TurnContext): Promise<void> {
    const a = context.activity;
    const { bot, store, log } = this.opts;
    const userKey = `teams:${a.from.id}`;

    if (a.type === ActivityTypes.ConversationUpdate || a.type === ActivityTypes.InstallationUpdate) {
      const added = a.type === ActivityTypes.InstallationUpdate ? a.action === 'add' : (a.membersAdded ?? []).some((m) => m.id !== a.recipient?.id);
      const personal = a.conversation.conversationType === 'personal' || a.channelId === 'emulator';
      if (!added || !personal) return;
      await this.saveReference(userKey, context);
      const replies = await bot.welcome(this.inbound(context, userKey));
      await this.send(context, replies);
      return;
    }

    const inbound = this.inbound(context, userKey);
    if (!inbound.text && !inbound.action) return;
    await this.saveReference(userKey, context);
    log.debug({ channel: 'teams', kind: inbound.action ? 'action' : 'text' }, 'Teams message received');
    const replies = await bot.handle(inbound);
    await this.send(context, replies);
  }

  private inbound(context: TurnContext, userKey: string): InboundMessage {
    const a = context.activity;
    const msg: InboundMessage = {
      platform: 'teams',
      userKey,
      conversationKey: `teams:${a.conversation.id}`,
      isDirect: a.conversation.conversationType === 'personal' || a.channelId === 'emulator' || !a.conversation.isGroup,
    };
    if (a.id) msg.messageId = a.id;
    if (a.locale) msg.locale = a.locale;
    const tenant = a.conversation.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    if (tenant) msg.tenantId = tenant;
    const action = a.value !== undefined ? parseTeamsSubmit(a.value) : undefined;
    if (action) {
      msg.action = action;
    } else if (typeof a.text === 'string') {
      const text = stripMentions(TurnContext.removeRecipientMention(a) ?? a.text);
      if (text) msg.text = text;
    }
    const mentions = TurnContext.getMentions(a)
      .filter((m) => m.mentioned?.id && m.mentioned.id !== a.recipient?.id)
      .map((m) => ({ userKey: `teams:${m.mentioned.id}`, name: m.mentioned.name ?? '' }));
    if (mentions.length > 0) msg.mentions = mentions;
    return msg;
  }

  /** Keeps the newest conversation reference, so proactive messages reach the person later. */
  private async saveReference(userKey: string, context: TurnContext): Promise<void> {
    const a = context.activity;
    const personal = a.conversation.conversationType === 'personal' || a.channelId === 'emulator';
    if (!personal) return;
    const ref = TurnContext.getConversationReference(a);
    const aliases = a.from.aadObjectId ? [`aad:${a.from.aadObjectId.toLowerCase()}`] : [];
    const existing = await this.opts.store.refs.get(userKey);
    if (existing && JSON.stringify(existing.ref) === JSON.stringify(ref) && JSON.stringify(existing.aliases ?? []) === JSON.stringify(aliases)) return;
    await this.opts.store.refs.put({
      userKey,
      platform: 'teams',
      ref,
      ...(aliases.length > 0 ? { aliases } : {}),
      updatedAt: this.opts.bot.services.clock().toISOString(),
    });
  }

  private async send(context: TurnContext, replies: OutboundMessage[]): Promise<void> {
    const activities = replies.flatMap((m) => this.toActivities(m));
    if (activities.length > 0) await context.sendActivities(activities);
  }

  toActivities(m: OutboundMessage): Array<Partial<Activity>> {
    const opts = this.opts.config.publicBaseUrl ? { imageBaseUrl: this.opts.config.publicBaseUrl } : {};
    return renderAdaptiveCards(m, opts).map((card) => ({
      type: ActivityTypes.Message,
      attachments: [CardFactory.adaptiveCard(card)],
      summary: m.text.slice(0, 120),
    }));
  }

  /** Sends messages to a person outside a turn, using their stored conversation reference. */
  async sendProactive(ref: unknown, messages: OutboundMessage[]): Promise<void> {
    const activities = messages.flatMap((m) => this.toActivities(m));
    await this.adapter.continueConversationAsync(this.appId, ref as Partial<ConversationReference>, async (context) => {
      await context.sendActivities(activities);
    });
  }

  /**
   * Starts a one-to-one chat with someone who has not messaged the bot yet (for
   * example a line manager), through the service and tenant of a colleague's
   * conversation, then sends the messages. The new reference is stored.
   */
  async sendToNewConversation(userKey: string, viaRef: unknown, messages: OutboundMessage[]): Promise<void> {
    const via = viaRef as Partial<ConversationReference> & { conversation?: { tenantId?: string } };
    if (!userKey.startsWith('teams:') || !via.serviceUrl || !via.channelId || !via.bot) {
      throw Object.assign(new Error('No way to reach this person in Teams yet.'), { statusCode: 404 });
    }
    const userId = userKey.slice('teams:'.length);
    const tenantId = via.conversation?.tenantId;
    const activities = messages.flatMap((m) => this.toActivities(m));
    const params = {
      isGroup: false,
      bot: via.bot,
      members: [{ id: userId, name: '' }],
      ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
    };
    await this.adapter.createConversationAsync(
      this.appId,
      via.channelId,
      via.serviceUrl,
      this.appId ? 'https://api.botframework.com' : '',
      params as never,
      async (context) => {
        const ref = TurnContext.getConversationReference(context.activity);
        await this.opts.store.refs.put({ userKey, platform: 'teams', ref, updatedAt: this.opts.bot.services.clock().toISOString() });
        await context.sendActivities(activities);
      },
    );
  }
}

/** Removes any other <at>…</at> mention markup Teams leaves in the text. */
function stripMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Rejects bodies that are not Bot Framework activities, before botbuilder sees them. */
export function validateActivity(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) {
    return 'The body must be a JSON Bot Framework activity.';
  }
  const a = body as Record<string, unknown>;
  if (typeof a['type'] !== 'string' || a['type'] === '') return 'The activity has no "type".';
  if (!HANDLED.has(a['type'])) return undefined;
  const from = a['from'] as Record<string, unknown> | undefined;
  const conversation = a['conversation'] as Record<string, unknown> | undefined;
  if (!from || typeof from !== 'object' || typeof from['id'] !== 'string' || from['id'] === '') {
    return 'The activity has no "from.id".';
  }
  if (!conversation || typeof conversation !== 'object' || typeof conversation['id'] !== 'string' || conversation['id'] === '') {
    return 'The activity has no "conversation.id".';
  }
  if (typeof a['serviceUrl'] !== 'string' || !/^https?:\/\//.test(a['serviceUrl'])) {
    return 'The activity has no valid "serviceUrl".';
  }
  if (a['text'] !== undefined && typeof a['text'] !== 'string') return 'The activity "text" must be a string.';
  return undefined;
}
