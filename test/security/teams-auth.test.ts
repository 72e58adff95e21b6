/**
 * Teams authentication over the real server, with botbuilder doing the checks
 * against a fake Microsoft identity platform on 127.0.0.1 (OpenID metadata and
 * signing keys) and replies going to a fake Bot Connector.
 *
 * Why the bot's own token comes from a managed identity endpoint here: with a
 * client secret (MultiTenant or SingleTenant), botbuilder 4.23 fetches the
 * bot's token through MSAL, which refuses an authority that is not https
 * (`authority_uri_insecure`) and, for any login host it does not know, asks
 * https://login.microsoftonline.com/common/discovery/instance first (botbuilder
 * does not pass ValidateAuthority on to MSAL). So that path cannot be served
 * from 127.0.0.1. The managed identity path (MicrosoftAppType=UserAssignedMSI)
 * gets its token from IDENTITY_ENDPOINT, which can. How incoming requests are
 * checked does not depend on the app type.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { startFakeMicrosoft, type FakeMicrosoft } from '../helpers/fake-microsoft.js';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';

const APP_ID = '5c4b2a8e-3d1f-4e6a-9b7c-0a1b2c3d4e5f';
const OTHER_APP_ID = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const BOT_TENANT = 'b0b0b0b0-1111-4222-8333-444455556666';
const ALLOWED_TENANT = 'a11a11a1-2222-4333-8444-555566667777';
const OTHER_TENANT = '0e0e0e0e-9999-4888-8777-666655554444';

/** Environment variables that would make @azure/identity try another credential first. */
const AZURE_ENV = ['IDENTITY_ENDPOINT', 'IDENTITY_HEADER', 'MSI_ENDPOINT', 'MSI_SECRET', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_TENANT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_CLIENT_CERTIFICATE_PATH', 'AZURE_USERNAME', 'IDENTITY_SERVER_THUMBPRINT', 'IMDS_ENDPOINT'];

describe('Teams: every request is authenticated by botbuilder', () => {
  let ms: FakeMicrosoft;
  let connector: FakeConnector;
  let t: TestApp;
  const savedEnv: Record<string, string | undefined> = {};

  beforeAll(async () => {
    // botbuilder prints every refused token (and the public key) with console.error: keep the output readable.
    const original = console.error.bind(console);
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string' && first.startsWith('Error finding key for token')) return;
      if (first instanceof Error && (first.name === 'TokenExpiredError' || first.constructor.name === 'AuthenticationError')) return;
      original(...args);
    });
    ms = await startFakeMicrosoft();
    connector = await startFakeConnector();
    for (const k of AZURE_ENV) {
      savedEnv[k] = process.env[k];
      delete process.env[k];
    }
    process.env['IDENTITY_ENDPOINT'] = ms.identityEndpoint;
    process.env['IDENTITY_HEADER'] = ms.identityHeader;
    t = await startTestApp({
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: BOT_TENANT,
      ToBotFromChannelOpenIdMetadataUrl: ms.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: ms.issuer,
      ToBotFromEmulatorOpenIdMetadataUrl: ms.openIdMetadataUrl,
      ALLOWED_TENANT_IDS: `${ALLOWED_TENANT.toUpperCase()}, ${BOT_TENANT}`,
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t?.stop();
    await connector?.close();
    await ms?.close();
    if (t) await removeDir(t.dataDir);
    for (const k of AZURE_ENV) {
      if (savedEnv[k] === undefined) delete process.env[k];
      else process.env[k] = savedEnv[k];
    }
  });
  beforeEach(() => connector.clear());

  /** A personal-chat message from `userId` in the allowed tenant. */
  const message = (userId: string, extra: Parameters<typeof teamsMessage>[1] = {}): Record<string, any> =>
    teamsMessage(connector.url, { text: 'help', userId, tenantId: ALLOWED_TENANT, ...extra });

  const post = (activity: Record<string, unknown>, authorization?: string) =>
    postJson(`${t.url}/api/messages`, activity, authorization === undefined ? {} : { authorization });

  /** Nothing at all was kept about this person: no reference, no dialog state, no profile, no reply. */
  async function expectNothingStored(activity: Record<string, any>): Promise<void> {
    const userKey = `teams:${activity['from'].id}`;
    expect(await t.app.store.refs.get(userKey)).toBeUndefined();
    expect(await t.app.store.dialogs.get(userKey, `teams:${activity['conversation'].id}`)).toBeUndefined();
    expect(await t.app.store.profiles.get(userKey)).toBeUndefined();
    expect(connector.activities.filter((a) => a.conversationId === activity['conversation'].id)).toHaveLength(0);
  }

  it('says on /healthz that Teams is authenticated', async () => {
    const body = (await (await fetch(`${t.url}/healthz`)).json()) as any;
    expect(body.teams).toEqual({ enabled: true, mode: 'authenticated' });
  });

  it('a valid channel token: 200, the turn runs, and the reply carries the bot\'s own token', async () => {
    const activity = message('29:valid');
    const res = await post(activity, `Bearer ${ms.channelToken(APP_ID, connector.url)}`);
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply!.conversationId).toBe(activity['conversation'].id);
    expect(reply!.headers['authorization']).toBe(`Bearer ${ms.botAccessToken}`);
    // The bot asked the managed identity endpoint for a token for the Bot Framework, as itself.
    expect(ms.tokenRequests.at(-1)).toMatchObject({ resource: 'https://api.botframework.com', clientId: APP_ID, identityHeader: ms.identityHeader });
    expect((await t.app.store.refs.get('teams:29:valid'))?.platform).toBe('teams');
    // botbuilder fetched our OpenID metadata and keys, not Microsoft's.
    expect(ms.metadataRequests).toBeGreaterThanOrEqual(2);
  });

  it('an expired token within botbuilder\'s 5-minute clock tolerance is still accepted', async () => {
    const now = Math.floor(Date.now() / 1000);
    const res = await post(message('29:tolerance'), `Bearer ${ms.channelToken(APP_ID, connector.url, { exp: now - 120, nbf: now - 3600 })}`);
    expect(res.status).toBe(200);
    await connector.waitFor(1);
  });

  const now = () => Math.floor(Date.now() / 1000);
  /** [case, Authorization header, why botbuilder refuses it (its own words, from our log line)]. */
  const refused: Array<[string, () => string | undefined, RegExp]> = [
    ['wrong audience (another bot\'s app id)', () => `Bearer ${ms.channelToken(OTHER_APP_ID, connector.url)}`, /Invalid AppId/],
    ['no audience', () => `Bearer ${ms.channelToken(APP_ID, connector.url, { aud: undefined })}`, /Invalid AppId/],
    ['expired (10 minutes ago, beyond the tolerance)', () => `Bearer ${ms.channelToken(APP_ID, connector.url, { exp: now() - 600, nbf: now() - 3600 })}`, /expired/],
    ['not valid yet (nbf 10 minutes ahead)', () => `Bearer ${ms.channelToken(APP_ID, connector.url, { nbf: now() + 600 })}`, /not active/],
    ['wrong issuer', () => `Bearer ${ms.channelToken(APP_ID, connector.url, { iss: 'https://api.botframework.com' })}`, /No valid identity/],
    ['unknown key id', () => `Bearer ${ms.channelToken(APP_ID, connector.url, {}, { key: ms.keys.stranger })}`, /Signing Key could not be retrieved/],
    ['signed by another key under a published key id', () => `Bearer ${ms.channelToken(APP_ID, connector.url, {}, { key: ms.keys.stranger, kid: ms.keys.channel.kid })}`, /invalid signature/],
    ['unsigned (alg none)', () => `Bearer ${ms.sign({ iss: ms.issuer, aud: APP_ID, serviceurl: connector.url, exp: now() + 3600 }, { alg: 'none' })}`, /signature is required/],
    ['tampered claims after signing', () => {
      const [h, , s] = ms.channelToken(APP_ID, connector.url).split('.');
      const forged = Buffer.from(JSON.stringify({ iss: ms.issuer, aud: APP_ID, serviceurl: connector.url, exp: now() + 86_400 })).toString('base64url');
      return `Bearer ${h}.${forged}.${s}`;
    }, /invalid signature/],
    ['serviceUrl claim different from the activity\'s serviceUrl', () => `Bearer ${ms.channelToken(APP_ID, 'https://smba.trafficmanager.net/uk/')}`, /ServiceUrl claim/],
    ['key not endorsed for msteams', () => `Bearer ${ms.channelToken(APP_ID, connector.url, {}, { key: ms.keys.emulatorOnly })}`, /endorsement/],
    ['missing Authorization header', () => undefined, /not authorized/],
    ['empty Authorization header', () => '', /not authorized/],
    ['not a Bearer token', () => `Basic ${Buffer.from(`${APP_ID}:secret`).toString('base64')}`, /No valid identity/],
    ['garbage token', () => 'Bearer not.a.jwt', /No valid identity/],
  ];

  describe('refused with 401, and nothing is stored', () => {
    refused.forEach(([name, authorization, why], i) => {
      it(name, async () => {
        const activity = message(`29:refused-${i}`);
        const res = await post(activity, authorization());
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ error: 'Unauthorized.' });
        await expectNothingStored(activity);
        const logged = t.logs.filter((l) => l.includes('Refused a Teams request')).at(-1);
        expect(JSON.parse(logged ?? '{}').reason).toMatch(why);
      });
    });

    it('a refused welcome (conversationUpdate) stores nothing either', async () => {
      const activity = { ...message('29:refused-welcome'), type: 'conversationUpdate', membersAdded: [{ id: '29:refused-welcome' }] };
      delete (activity as Record<string, unknown>)['text'];
      const res = await post(activity, `Bearer ${ms.channelToken(OTHER_APP_ID, connector.url)}`);
      expect(res.status).toBe(401);
      await expectNothingStored(activity);
    });

    it('a forged copy does not use up the activity id: the genuine one is still handled', async () => {
      const activity = message('29:forged-first', { id: 'act-forged-first' });
      expect((await post(activity, `Bearer ${ms.channelToken(APP_ID, connector.url, {}, { key: ms.keys.stranger, kid: ms.keys.channel.kid })}`)).status).toBe(401);
      expect((await post(activity, `Bearer ${ms.channelToken(APP_ID, connector.url)}`)).status).toBe(200);
      await connector.waitFor(1);
      expect(await t.app.store.refs.get('teams:29:forged-first')).toBeDefined();
    });
  });

  it('signing keys that cannot be fetched: 503 (the channel tries again later), and nothing is stored', async () => {
    const other = await startTestApp({
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: BOT_TENANT,
      ToBotFromChannelOpenIdMetadataUrl: `${ms.url}/no-such-metadata`,
      ToBotFromChannelTokenIssuer: ms.issuer,
    });
    try {
      const activity = message('29:no-keys');
      const res = await postJson(`${other.url}/api/messages`, activity, { authorization: `Bearer ${ms.channelToken(APP_ID, connector.url)}` });
      expect(res.status).toBe(503);
      expect(await other.app.store.refs.get('teams:29:no-keys')).toBeUndefined();
      expect(await other.app.store.dialogs.get('teams:29:no-keys', `teams:${activity['conversation'].id}`)).toBeUndefined();
      expect(connector.activities).toHaveLength(0);
    } finally {
      await other.stop();
      await removeDir(other.dataDir);
    }
  });

  describe('tenant allow-list (ALLOWED_TENANT_IDS)', () => {
    const valid = () => `Bearer ${ms.channelToken(APP_ID, connector.url)}`;

    it('an allowed tenant is handled (tenant ids compare without regard to case)', async () => {
      const res = await post(message('29:allowed', { tenantId: ALLOWED_TENANT.toUpperCase() }), valid());
      expect(res.status).toBe(200);
      await connector.waitFor(1);
      expect(await t.app.store.refs.get('teams:29:allowed')).toBeDefined();
    });

    it('another tenant: 200 (so Teams does not retry), not processed, and audited without the full tenant id', async () => {
      const activity = message('29:stranger', { tenantId: OTHER_TENANT });
      const res = await post(activity, valid());
      expect(res.status).toBe(200);
      await expectNothingStored(activity);
      const audit = await t.app.store.audit.tail(20);
      const entry = audit.filter((e) => e.action === 'tenant-rejected').at(-1);
      expect(entry).toMatchObject({ action: 'tenant-rejected', actor: 'system', detail: `tenant=${OTHER_TENANT.slice(0, 8)}…` });
      expect(JSON.stringify(audit)).not.toContain(OTHER_TENANT);
      expect(Date.parse(entry!.at)).not.toBeNaN();
    });

    it('a tenant id that disagrees between conversation and channelData is refused', async () => {
      const activity = message('29:mixed');
      (activity['channelData'] as any).tenant.id = OTHER_TENANT;
      expect((await post(activity, valid())).status).toBe(200);
      await expectNothingStored(activity);
    });

    it('no tenant at all (as from the Emulator) is dropped when the list is set', async () => {
      const before = (await t.app.store.audit.tail(100)).filter((e) => e.action === 'tenant-rejected').length;
      const activity = message('29:emulator', { tenantId: null, channelId: 'emulator' });
      const res = await post(activity, valid());
      expect(res.status).toBe(200);
      await expectNothingStored(activity);
      const rejected = (await t.app.store.audit.tail(100)).filter((e) => e.action === 'tenant-rejected');
      expect(rejected).toHaveLength(before + 1);
      expect(rejected.at(-1)!.detail).toBe('tenant=none');
    });

    it('a refused token from another tenant is a 401 and is not audited as a tenant rejection', async () => {
      const before = (await t.app.store.audit.tail(100)).filter((e) => e.action === 'tenant-rejected').length;
      const res = await post(message('29:stranger-forged', { tenantId: OTHER_TENANT }), `Bearer ${ms.channelToken(OTHER_APP_ID, connector.url)}`);
      expect(res.status).toBe(401);
      expect((await t.app.store.audit.tail(100)).filter((e) => e.action === 'tenant-rejected')).toHaveLength(before);
    });
  });
});

describe('Teams: advanced endpoint settings', () => {
  it('are checked at start-up: addresses must be http(s), and https in production', async () => {
    const { loadConfig, ConfigError } = await import('../../src/config.js');
    expect(() => loadConfig({ ToBotFromChannelOpenIdMetadataUrl: 'ftp://example.com/x' })).toThrow(ConfigError);
    expect(() => loadConfig({ ALLOWED_TENANT_IDS: 'not-a-guid' })).toThrow(/ALLOWED_TENANT_IDS/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', PLAYGROUND: 'off', ToChannelFromBotLoginUrl: 'http://login.example.com/t' }),
    ).toThrow(/ToChannelFromBotLoginUrl: must be an https/);
    const c = loadConfig({ ALLOWED_TENANT_IDS: ` ${ALLOWED_TENANT.toUpperCase()} ,, ${OTHER_TENANT}`, ToBotFromChannelTokenIssuer: 'https://api.botframework.us', ValidateAuthority: 'false' });
    expect(c.teams.allowedTenantIds).toEqual([ALLOWED_TENANT, OTHER_TENANT]);
    expect(c.teams.endpoints).toEqual({ ToBotFromChannelTokenIssuer: 'https://api.botframework.us' });
    expect(c.teams.validateAuthority).toBe(false);
  });

  it('fill in the public cloud for the ones left unset (botbuilder would otherwise leave them empty)', async () => {
    const { botFrameworkAuthSettings } = await import('../../src/channels/teams/adapter.js');
    const s = botFrameworkAuthSettings({ appId: APP_ID, appPassword: 'x', appType: 'MultiTenant', endpoints: { ToBotFromChannelTokenIssuer: 'https://api.botframework.us' }, validateAuthority: false });
    expect(s).toMatchObject({
      MicrosoftAppId: APP_ID,
      ToBotFromChannelTokenIssuer: 'https://api.botframework.us',
      ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      ValidateAuthority: false,
    });
    // With none set, botbuilder picks the public cloud itself.
    expect(Object.keys(botFrameworkAuthSettings({ appType: 'MultiTenant' })).sort()).toEqual(['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType']);
  });
});
