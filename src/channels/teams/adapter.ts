/**
 * Microsoft Teams (and Bot Framework Emulator) over the Bot Framework.
 * botbuilder is used only in this folder: swapping to its successor is a
 * change here and nowhere else.
 *
 * Every POST /api/messages goes through, in this order, and nothing is stored
 * before step 3:
 * 1. validateActivity: the body is an activity (reads only);
 * 2. botbuilder authenticates it (with MicrosoftAppId set): the token's issuer,
 *    signing key (from the OpenID metadata, endorsed for the channel), audience
 *    (our app id), expiry and serviceUrl claim. Any failure is a 401;
 * 3. the tenant allow-list (ALLOWED_TENANT_IDS): other tenants get a 200, an
 *    audit line and nothing else;
 * 4. dedupe (../dedupe.ts): a redelivery gets a 200 and nothing else;
 * 5. the turn.
 *
 * When the store cannot save (StoreUnavailableError), the person is told so in
 * the chat and Teams gets a 200: a 500 would only make Teams resend the turn,
 * and the person would hear nothing. A message that could not be checked for
 * redelivery because the store is down is handled (and told the same).
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
import { message, textMessage, type InboundMessage, type OutboundMessage } from '../../core/messages.js';
import type { Downloads } from '../../web/downloads.js';
import { StoreUnavailableError, type Store } from '../../store/ports.js';
import { coreWords } from '../../core/words.js';
import type { Logger } from '../../log.js';
import type { Config, TeamsEndpointSetting } from '../../config.js';
import { parseTeamsSubmit, renderAdaptiveCards } from './render.js';
import { claimAll, teamsClaims } from '../dedupe.js';
import { parseUserKey } from '../../user-keys.js';
import { CHANNEL_WORDING } from '../wording.js';

export interface TeamsChannelOptions {
  config: Config;
  bot: Bot;
  store: Store;
  log: Logger;
  /** Where files offered to people are kept for download (needs PUBLIC_BASE_URL). */
  downloads?: Downloads;
  /** Called when a person's reference is first stored or changes, with the other ids Teams gave (e.g. `aad:…`). */
  onReference?: (userKey: string, aliases: string[]) => Promise<void>;
}

/** Activity types that start a turn; everything else is acknowledged and ignored. */
const HANDLED = new Set<string>([ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate]);

/**
 * The public cloud's values (botframework-connector's AuthenticationConstants).
 * botbuilder treats the advanced settings as all-or-nothing: once one is set,
 * unset ones would be empty. So unset ones keep these values.
 */
const PUBLIC_CLOUD: Record<TeamsEndpointSetting, string> = {
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
};

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ClaimsIdentity = AuthenticateRequestResult['claimsIdentity'];

/** How many clients each kind of client is kept for (one per Teams service address in use; a handful in practice). */
const CLIENTS_KEPT = 64;

/**
 * A client for each key, made once and kept: botbuilder makes a new Bot
 * Connector client (and a user-token client) for every turn, each building its
 * HTTP pipeline afresh, about a twentieth of a Teams turn's CPU time. The
 * clients hold no per-turn state (the older BotFrameworkAdapter kept them the
 * same way); one that failed to be made is not kept.
 */
export class ClientCache<T> {
  private readonly made = new Map<string, Promise<T>>();
  constructor(private readonly limit = CLIENTS_KEPT) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    let c = this.made.get(key);
    if (!c) {
      c = make();
      const kept = c;
      kept.catch(() => {
        if (this.made.get(key) === kept) this.made.delete(key);
      });
      if (this.made.size >= this.limit) this.made.delete(this.made.keys().next().value!);
      this.made.set(key, kept);
    }
    return c;
  }

  get size(): number {
    return this.made.size;
  }
}

/** The app id botbuilder makes a turn's clients for (as its ParameterizedBotFrameworkAuthentication reads it from the claims). */
function clientAppId(claims: ClaimsIdentity): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

/** The settings ConfigurationBotFrameworkAuthentication reads, from ours. */
export function botFrameworkAuthSettings(t: Config['teams']): Record<string, string | boolean> {
  const settings: Record<string, string | boolean> = {
    MicrosoftAppId: t.appId ?? '',
    MicrosoftAppPassword: t.appPassword ?? '',
    MicrosoftAppType: t.appType,
    MicrosoftAppTenantId: t.tenantId ?? '',
  };
  if (t.endpoints && Object.keys(t.endpoints).length > 0) Object.assign(settings, PUBLIC_CLOUD, t.endpoints);
  if (t.validateAuthority !== undefined) settings['ValidateAuthority'] = t.validateAuthority;
  return settings;
}

export class TeamsChannel {
  private readonly adapter: CloudAdapter;
  private readonly auth: ConfigurationBotFrameworkAuthentication;
  /** Bot Connector clients by app id, service address and audience: see ClientCache. */
  readonly connectorClients = new ClientCache<Awaited<ReturnType<ConnectorFactory['create']>>>();
  private readonly appId: string;
  /** Audience of the bot's own tokens when it starts conversations. */
  private readonly oauthScope: string;

  constructor(private readonly opts: TeamsChannelOptions) {
    const t = opts.config.teams;
    this.appId = t.appId ?? '';
    this.oauthScope = t.endpoints?.ToChannelFromBotOAuthScope ?? PUBLIC_CLOUD.ToChannelFromBotOAuthScope;
    this.auth = new ConfigurationBotFrameworkAuthentication(botFrameworkAuthSettings(t) as Record<string, string>);
    // The user-token client (for sign-in prompts, which this bot has none of) is made for every turn too: kept per app id.
    const tokenClients = new ClientCache<Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>>();
    const makeTokenClient = this.auth.createUserTokenClient.bind(this.auth);
    this.auth.createUserTokenClient = (claims) => tokenClients.get(clientAppId(claims), () => makeTokenClient(claims));
    this.adapter = new CloudAdapter(this.auth);
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
    const { log, store, bot } = this.opts;
    const problem = validateActivity(req.body);
    if (problem) {
      res.status(400);
      res.json({ error: problem });
      return;
    }
    const activity = fixActivity(req.body as Record<string, unknown>);

    let auth: AuthenticateRequestResult;
    try {
      const header = req.headers['authorization'];
      auth = await this.auth.authenticateRequest(activity, typeof header === 'string' ? header : '');
    } catch (err) {
      const status = authFailureStatus(err);
      if (status === 401) log.warn({ channel: 'teams', reason: reasonOf(err) }, 'Refused a Teams request that failed authentication');
      else log.error({ channel: 'teams', reason: reasonOf(err) }, 'Could not authenticate a Teams request (signing keys unavailable)');
      res.status(status);
      res.json({ error: status === 401 ? 'Unauthorized.' : 'The request could not be checked just now. Try again later.' });
      return;
    }

    if (!HANDLED.has(activity.type)) {
      // Authenticated, and not ours to handle. Invokes expect a body we do not have.
      res.status(activity.type === ActivityTypes.Invoke ? 501 : 200);
      res.end();
      return;
    }
    if (!(await this.tenantAllowed(activity))) {
      // 200, so Teams does not retry.
      res.status(200);
      res.end();
      return;
    }
    if (!(await claimAll(store, teamsClaims(activity), bot.services.clock()).catch((err: unknown) => storeDown(err)))) {
      log.debug({ channel: 'teams', kind: activity.type }, 'Teams redelivery ignored');
      res.status(200);
      res.end();
      return;
    }
    const factory = auth.connectorFactory;
    if (factory) {
      const appId = clientAppId(auth.claimsIdentity);
      auth.connectorFactory = {
        create: (serviceUrl: string, audience?: string) =>
          this.connectorClients.get(`${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
      };
    }
    try {
      // Turn errors go to onTurnError; this throws only if botbuilder cannot set up the turn.
      await this.adapter.processActivityDirect(auth, activity, (context) => this.turnOrSaveFailed(context));
    } catch (err) {
      log.error({ err, channel: 'teams' }, 'A Teams turn could not start');
      res.status(500);
      res.json({ error: 'The message could not be handled.' });
      return;
    }
    res.status(200);
    res.end();
  }

  /** With ALLOWED_TENANT_IDS set, only activities from those tenants are handled; others are audited. */
  private async tenantAllowed(a: Activity): Promise<boolean> {
    const allowed = this.opts.config.teams.allowedTenantIds;
    if (!allowed) return true;
    const ids = tenantIdsOf(a);
    const stranger = ids.find((id) => !allowed.includes(id));
    if (ids.length > 0 && stranger === undefined) return true;
    this.opts.log.warn({ channel: 'teams' }, 'Dropped an activity from a tenant that is not allowed');
    try {
      await this.opts.store.audit.append({
        at: this.opts.bot.services.clock().toISOString(),
        action: 'tenant-rejected',
        actor: 'system',
        detail: stranger ? `tenant=${stranger.slice(0, 8)}…` : 'tenant=none',
      });
    } catch (err) {
      this.opts.log.error({ err, channel: 'teams' }, 'Could not write the audit line for a rejected tenant');
    }
    return false;
  }

  /** The turn; if the store cannot save, the person is told so instead of hearing nothing. */
  private async turnOrSaveFailed(context: TurnContext): Promise<void> {
    try {
      await this.turn(context);
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      await this.send(context, [textMessage(coreWords(this.opts.bot.services.content).turn.saveFailed)]);
    }
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
    if (typeof a.from.name === 'string' && a.from.name.trim()) msg.userName = a.from.name.trim().slice(0, 100);
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
    // Someone enrolled by their Entra id before they first spoke to the bot can now be reached.
    await this.opts.onReference?.(userKey, aliases);
  }

  private async send(context: TurnContext, replies: OutboundMessage[]): Promise<void> {
    const activities = replies.flatMap((m) => this.toActivities(m));
    if (activities.length > 0) await context.sendActivities(activities);
  }

  toActivities(m: OutboundMessage): Array<Partial<Activity>> {
    const opts = this.opts.config.publicBaseUrl ? { imageBaseUrl: this.opts.config.publicBaseUrl } : {};
    const cards: Array<Partial<Activity>> = renderAdaptiveCards(m, opts).map((card) => ({
      type: ActivityTypes.Message,
      attachments: [CardFactory.adaptiveCard(card)],
      summary: m.text.slice(0, 120),
    }));
    // Files (a plan summary, "what do you hold about me"): Teams personal chats cannot take a file in a
    // bot message without the file-consent flow, so with a public address the file becomes a one-hour
    // download link on a card. Without one (local use: Emulator, Web Chat) it is an inline attachment.
    for (const file of m.attachments ?? []) {
      const downloads = this.opts.downloads;
      if (this.opts.config.publicBaseUrl && downloads) {
        const url = `${this.opts.config.publicBaseUrl}/download/${downloads.put(file)}`;
        const w = CHANNEL_WORDING.of(this.opts.bot.services.content).teamsDownload;
        const note = message([
          { type: 'paragraph', text: w.ready({ file: file.filename }) },
          { type: 'links', links: [{ label: w.link({ file: file.filename }), url }] },
        ]);
        for (const card of renderAdaptiveCards(note, opts)) {
          cards.push({ type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)], summary: file.filename });
        }
        continue;
      }
      cards.push({
        type: ActivityTypes.Message,
        attachments: [{ contentType: file.contentType, name: file.filename, contentUrl: `data:${file.contentType};base64,${Buffer.from(file.content, 'utf8').toString('base64')}` }],
        summary: file.filename,
      });
    }
    return cards;
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
    const key = parseUserKey(userKey);
    if (key?.kind !== 'teams' || !via.serviceUrl || !via.channelId || !via.bot) {
      throw Object.assign(new Error('No way to reach this person in Teams yet.'), { statusCode: 404 });
    }
    const userId = key.id;
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
      this.appId ? this.oauthScope : '',
      params as never,
      async (context) => {
        const ref = TurnContext.getConversationReference(context.activity);
        await this.opts.store.refs.put({ userKey, platform: 'teams', ref, updatedAt: this.opts.bot.services.clock().toISOString() });
        await context.sendActivities(activities);
      },
    );
  }
}

/** A store that cannot be reached to check for redelivery: handle the message (its turn will say nothing was saved). */
function storeDown(err: unknown): true {
  if (err instanceof StoreUnavailableError) return true;
  throw err;
}

/** The activity's tenant ids (conversation.tenantId, channelData.tenant.id), lower case. */
function tenantIdsOf(a: Activity): string[] {
  const ids = [a.conversation?.tenantId, (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== '').map((id) => id.toLowerCase()))];
}

/** As botbuilder's CloudAdapter prepares a parsed body: times become Dates, the raw text is kept. */
function fixActivity(body: Record<string, unknown>): Activity {
  const a: Record<string, unknown> = { ...body };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof a[field] === 'string') {
      a[raw] = a[field];
      a[field] = new Date(a[field] as string);
    }
  }
  return a as unknown as Activity;
}

/**
 * 401 for a request that failed the checks (botbuilder's AuthenticationError,
 * or jsonwebtoken's errors such as a bad signature, which botbuilder lets
 * through and CloudAdapter would answer with 500). 503 when the signing keys
 * could not be fetched, so the channel tries again later.
 */
export function authFailureStatus(err: unknown): 401 | 503 {
  const e = (err ?? {}) as { statusCode?: unknown; name?: unknown };
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) return 503;
  if (e.name === 'FetchError') return 503;
  return 401;
}

function reasonOf(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.slice(0, 200);
}

/** Removes any other <at>…</at> mention markup Teams leaves in the text. */
/** Turns the <at>Name</at> markup Teams leaves for other people into plain "@Name" text. */
function stripMentions(text: string): string {
  return text
    .replace(/<at>([^<]*)<\/at>/g, (_m, name: string) => (name.trim() ? `@${name.trim()}` : ' '))
    .replace(/\s+/g, ' ')
    .trim();
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
