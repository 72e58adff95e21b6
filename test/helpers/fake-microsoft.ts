/**
 * A fake Microsoft identity platform on 127.0.0.1, for testing Bot Framework
 * authentication end to end (as botbuilder's own tests do, but over real HTTP):
 *
 * - the channel's OpenID metadata (`/v1/.well-known/openidconfiguration`) and
 *   its signing keys (JWKS, with Bot Framework's `endorsements`), so botbuilder
 *   checks tokens we sign here with RSA keys made for the test;
 * - a managed identity token endpoint (App Service style: IDENTITY_ENDPOINT and
 *   IDENTITY_HEADER), which gives the bot its own token for replies when
 *   MicrosoftAppType=UserAssignedMSI. See the note in teams-auth.test.ts on why
 *   the client-secret path (MSAL) cannot be pointed at 127.0.0.1.
 *
 * JWTs are built by hand with node:crypto (RS256), no extra dependency.
 */
import { generateKeyPairSync, sign as rsaSign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Channels the key is endorsed for; undefined = not published in the JWKS. */
  endorsements?: string[];
}

export interface TokenRequest {
  resource: string | null;
  clientId: string | null;
  identityHeader: string | undefined;
}

export interface FakeMicrosoft {
  url: string;
  /** What to set as ToBotFromChannelOpenIdMetadataUrl (and the Emulator one). */
  openIdMetadataUrl: string;
  /** What to set as ToBotFromChannelTokenIssuer; the `iss` of tokens made by `channelToken`. */
  issuer: string;
  /** Managed identity endpoint and secret header (IDENTITY_ENDPOINT, IDENTITY_HEADER). */
  identityEndpoint: string;
  identityHeader: string;
  /** The access token the bot gets for its replies. */
  botAccessToken: string;
  keys: {
    /** Published, endorsed for msteams and emulator. */
    channel: SigningKey;
    /** Published, endorsed for the emulator only. */
    emulatorOnly: SigningKey;
    /** Never published. */
    stranger: SigningKey;
  };
  /** Requests for the bot's own token. */
  tokenRequests: TokenRequest[];
  /** Requests for the OpenID metadata and keys. */
  metadataRequests: number;
  /** A signed JWT with these claims. */
  sign(claims: Record<string, unknown>, opts?: { key?: SigningKey; kid?: string; alg?: string }): string;
  /** A token as the Bot Connector sends it to the bot; override any claim. */
  channelToken(appId: string, serviceUrl: string, overrides?: Record<string, unknown>, opts?: { key?: SigningKey; kid?: string }): string;
  close(): Promise<void>;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

function makeKey(kid: string, endorsements?: string[]): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey, ...(endorsements ? { endorsements } : {}) };
}

function jwk(key: SigningKey): Record<string, unknown> {
  const { n, e } = key.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kty: 'RSA', use: 'sig', kid: key.kid, n, e, endorsements: key.endorsements };
}

export async function startFakeMicrosoft(): Promise<FakeMicrosoft> {
  const keys = {
    channel: makeKey('channel-key-1', ['msteams', 'emulator']),
    emulatorOnly: makeKey('emulator-key-1', ['emulator']),
    stranger: makeKey('stranger-key-1'),
  };
  const identityHeader = `identity-${Math.random().toString(36).slice(2)}`;
  const botAccessToken = `bot-access-${Math.random().toString(36).slice(2)}`;
  const tokenRequests: TokenRequest[] = [];
  let metadataRequests = 0;
  let base = '';

  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer((req: IncomingMessage, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', base);
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/openidconfiguration') {
      metadataRequests++;
      return json(res, 200, {
        issuer: `${base}/`,
        authorization_endpoint: `${base}/v1/authorize`,
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/keys') {
      metadataRequests++;
      return json(res, 200, { keys: [keys.channel, keys.emulatorOnly].map(jwk) });
    }
    if (req.method === 'GET' && url.pathname === '/msi/token') {
      tokenRequests.push({
        resource: url.searchParams.get('resource'),
        clientId: url.searchParams.get('client_id'),
        identityHeader: req.headers['x-identity-header'] as string | undefined,
      });
      if (req.headers['x-identity-header'] !== identityHeader) return json(res, 401, { error: 'bad identity header' });
      return json(res, 200, {
        access_token: botAccessToken,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: url.searchParams.get('resource'),
        token_type: 'Bearer',
        client_id: url.searchParams.get('client_id'),
      });
    }
    json(res, 404, { error: 'not found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const issuer = 'https://api.botframework.test';

  const fake: FakeMicrosoft = {
    url: base,
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    issuer,
    identityEndpoint: `${base}/msi/token`,
    identityHeader,
    botAccessToken,
    keys,
    tokenRequests,
    get metadataRequests() {
      return metadataRequests;
    },
    sign(claims, opts = {}) {
      const key = opts.key ?? keys.channel;
      const alg = opts.alg ?? 'RS256';
      const header = { alg, typ: 'JWT', kid: opts.kid ?? key.kid, x5t: opts.kid ?? key.kid };
      const data = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
      if (alg === 'none') return `${data}.`;
      const signature = rsaSign('sha256', Buffer.from(data), key.privateKey);
      return `${data}.${b64url(signature)}`;
    },
    channelToken(appId, serviceUrl, overrides = {}, opts = {}) {
      const now = Math.floor(Date.now() / 1000);
      const claims: Record<string, unknown> = {
        serviceurl: serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
        iss: issuer,
        aud: appId,
        ...overrides,
      };
      for (const [k, v] of Object.entries(claims)) if (v === undefined) delete claims[k];
      return fake.sign(claims, opts);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return fake;
}
