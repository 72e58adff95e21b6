/**
 * Names that every JavaScript object inherits (`__proto__`, `constructor`,
 * `toString`, `hasOwnProperty`) arriving where the code uses a value as a key:
 * Slack team, enterprise and user ids on the signed HTTP path, Teams ids, and
 * the collection names in the embedded store's journal. Each is refused (4xx,
 * or a damage report naming the file and line), never a 500, a crash or a
 * changed prototype.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM, buttonPress, dmEvent, postSlack } from '../helpers/fake-slack.js';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { postJson, removeDir, startTestApp, tempDir, type TestApp, slackAppForSuite } from '../helpers/app.js';
import { journalText } from '../helpers/journal.js';
import { LowStore, DATA_FILE, PEOPLE_SCHEMA_VERSION } from '../../src/store/lowdb.js';
import { run as storeCommand } from '../../src/cli/store.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

const prototypeUntouched = () => {
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(typeof probe['toString']).toBe('function');
};

describe('Slack ids used as keys, over the signed HTTP path', () => {
  const app = slackAppForSuite();

  /** A normal signed message still gets its reply: the server is up and well. */
  async function stillWorks(n: number): Promise<void> {
    app.slack.clear();
    const res = await postSlack(app.t.url, { json: dmEvent('hello', { user: `U0OK${n}`, channel: `D0OK${n}` }) });
    expect(res.status).toBe(200);
    await app.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body['channel'] === `D0OK${n}`));
  }

  const events: Array<[string, (name: string) => { json?: unknown; form?: Record<string, string> }]> = [
    ['an event whose team_id is', (name) => ({ json: { ...(dmEvent('hi') as object), team_id: name } })],
    ['an event whose event.team is', (name) => {
      const e = dmEvent('hi') as Record<string, any>;
      e['event']['team'] = name;
      return { json: e };
    }],
    ['an event whose authorization team_id is', (name) => ({ json: { ...(dmEvent('hi') as object), authorizations: [{ team_id: name, user_id: 'UBOT', is_bot: true }] } })],
    ['an event whose enterprise_id is', (name) => ({ json: { ...(dmEvent('hi') as object), enterprise_id: name } })],
    ['an event whose user is', (name) => {
      const e = dmEvent('hi') as Record<string, any>;
      e['event']['user'] = name;
      return { json: e };
    }],
    ['a button press whose team.id is', (name) => {
      const p = JSON.parse(buttonPress({ action_id: 'cc_1', value: '{}' }).payload!) as Record<string, any>;
      p['team'] = { id: name, domain: 'x' };
      p['user']['team_id'] = name;
      return { form: { payload: JSON.stringify(p) } };
    }],
    ['a button press whose user.id is', (name) => {
      const p = JSON.parse(buttonPress({ action_id: 'cc_1', value: '{}' }).payload!) as Record<string, any>;
      p['user']['id'] = name;
      return { form: { payload: JSON.stringify(p) } };
    }],
    ['a /careers command whose team_id is', (name) => ({ form: { command: '/careers', text: 'hi', team_id: name, user_id: 'U0CMD', channel_id: 'D0CMD', trigger_id: 't1', response_url: app.slack.responseUrl } })],
    ['a /careers command whose enterprise_id is', (name) => ({ form: { command: '/careers', text: 'hi', team_id: TEAM, enterprise_id: name, user_id: 'U0CMD', channel_id: 'D0CMD', trigger_id: 't2', response_url: app.slack.responseUrl } })],
  ];

  let n = 0;
  for (const [what, build] of events) {
    it.each(NAMES)(`${what} %s: 400 before Bolt, and the server stays up`, async (name) => {
      const res = await postSlack(app.t.url, build(name));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/not a Slack id/);
      prototypeUntouched();
      await stillWorks(n++);
    });
  }
});

describe('Teams ids used as keys', () => {
  let connector: FakeConnector;
  let t: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.stop();
    await connector?.close();
    if (t) await removeDir(t.dataDir);
  });

  const shapes: Array<[string, (name: string) => Record<string, unknown>]> = [
    ['from.id', (name) => teamsMessage(connector.url, { text: 'hi', userId: name, conversationId: `a:conv-${name}` })],
    ['conversation.id', (name) => teamsMessage(connector.url, { text: 'hi', userId: '29:conv-name', conversationId: name })],
    ['the tenant id', (name) => teamsMessage(connector.url, { text: 'hi', userId: '29:tenant-name', tenantId: name })],
    ['the id of the activity', (name) => teamsMessage(connector.url, { text: 'hi', userId: '29:act-name', id: name })],
  ];
  for (const [what, build] of shapes) {
    it.each(NAMES)(`${what} %s: never a 500, the server stays up`, async (name) => {
      const res = await postJson(`${t.url}/api/messages`, build(name));
      expect(res.status).toBeLessThan(500);
      prototypeUntouched();
      connector.clear();
      const ok = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { text: 'hello', userId: '29:still-ok' }));
      expect(ok.status).toBe(200);
      await connector.waitFor(1);
    });
  }
});

describe('a journal line whose collection is an inherited name', () => {
  const captured = () => {
    let text = '';
    const stream = new Writable({
      write(chunk, _enc, cb) {
        text += String(chunk);
        cb();
      },
    });
    return { stream, text: () => text };
  };

  it.each([...NAMES, 'schemaVersion'])('collection %s: start-up refuses naming the file and line, and "store check" says the same', async (name) => {
    const dir = await tempDir();
    try {
      const good = journalText('career-companion', PEOPLE_SCHEMA_VERSION, { profiles: { 'teams:29:a': { userKey: 'teams:29:a', platform: 'teams' } } });
      await writeFile(join(dir, DATA_FILE), `${good}${JSON.stringify([name, 'polluted', { polluted: true }])}\n`);
      const file = join(dir, DATA_FILE);

      const opened = LowStore.open(dir, { backup: { keep: 2 } });
      await expect(opened).rejects.toThrow(`The data file ${file} has a damaged line 3`);
      await expect(opened).rejects.toThrow(`"${name}"`);
      prototypeUntouched();

      const out = captured();
      const err = captured();
      const code = await storeCommand(['check', '--data-dir', dir], { stdin: process.stdin, stdout: out.stream, stderr: err.stream, env: {} });
      expect(code).toBe(1);
      expect(out.text()).toMatch(new RegExp(`PROBLEM {2}${DATA_FILE}: it has a damaged line 3 \\(.*"${name}"`));
      prototypeUntouched();
    } finally {
      await removeDir(dir);
    }
  });
});
