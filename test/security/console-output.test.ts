/**
 * botbuilder writes to the console itself when it refuses some tokens: the
 * whole public signing key ("Error finding key for token. Available keys:
 * -----BEGIN RSA PUBLIC KEY-----…", many lines) for a bad signature, and the
 * error with its stack for an expired token. The server routes the console
 * through its logger, so its output stays JSON lines, one per event, with no
 * key material.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { startFakeMicrosoft, type FakeMicrosoft } from '../helpers/fake-microsoft.js';
import { removeDir, tempDir } from '../helpers/app.js';
import { startServerProcess, until, type Spawned } from '../helpers/process.js';

const APP_ID = '5c4b2a8e-3d1f-4e6a-9b7c-0a1b2c3d4e5f';

describe('the server process writes only JSON log lines, without keys, when botbuilder refuses tokens', () => {
  let ms: FakeMicrosoft;
  let connector: FakeConnector;
  let server: Spawned & { url: string };
  let dir: string;

  beforeAll(async () => {
    ms = await startFakeMicrosoft();
    connector = await startFakeConnector();
    dir = await tempDir();
    server = await startServerProcess({
      DATA_DIR: dir,
      SCHEDULER: 'off',
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'b0b0b0b0-1111-4222-8333-444455556666',
      IDENTITY_ENDPOINT: ms.identityEndpoint,
      IDENTITY_HEADER: ms.identityHeader,
      ToBotFromChannelOpenIdMetadataUrl: ms.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: ms.issuer,
      ToBotFromEmulatorOpenIdMetadataUrl: ms.openIdMetadataUrl,
    });
  }, 30_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await connector?.close();
    await ms?.close();
    if (dir) await removeDir(dir);
  });

  it('after forged tokens (unknown key id, a published key id with another key, expired), every line parses as JSON and no key is written', async () => {
    const now = Math.floor(Date.now() / 1000);
    const forged = [
      ms.channelToken(APP_ID, connector.url, {}, { key: ms.keys.stranger }),
      ms.channelToken(APP_ID, connector.url, {}, { key: ms.keys.stranger, kid: ms.keys.channel.kid }),
      ms.channelToken(APP_ID, connector.url, { exp: now - 600, nbf: now - 3600 }),
    ];
    for (const [i, token] of forged.entries()) {
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(teamsMessage(connector.url, { text: 'hi', userId: `29:forged-${i}` })),
      });
      expect(res.status).toBe(401);
    }
    // Each refusal is logged by the adapter: wait for all three, then a little for anything after.
    await until(() => (server.stdout().match(/Refused a Teams request that failed authentication/g)?.length === 3 ? true : undefined), 10_000, 'three refusals in the log');
    await new Promise((r) => setTimeout(r, 300));

    const keyParts = [ms.keys.channel, ms.keys.stranger].flatMap((k) => {
      const jwk = k.publicKey.export({ format: 'jwk' }) as { n: string };
      const der = k.publicKey.export({ format: 'der', type: 'pkcs1' }).toString('base64');
      return [jwk.n.slice(0, 40), der.slice(40, 80)];
    });
    for (const [stream, text] of [['stderr', server.stderr()], ['stdout', server.stdout()]] as const) {
      for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
        expect(() => JSON.parse(line), `${stream} line is not JSON: ${line.slice(0, 200)}`).not.toThrow();
      }
      expect(text).not.toMatch(/BEGIN [A-Z ]*KEY/);
      for (const part of keyParts) expect(text).not.toContain(part);
    }
    // What botbuilder wrote is there, as a log line of its own.
    const routed = server.stdout().split('\n').filter((l) => l.includes('"component":"console"'));
    expect(routed.length).toBeGreaterThanOrEqual(1);
    expect(routed.join('\n')).toMatch(/Error finding key for token/);
  });
});
