/**
 * Teams over the real server: Bot Framework activities posted to /api/messages,
 * replies captured by a fake Bot Connector on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { cardText, submitActions } from '../helpers/cards.js';

describe('Teams channel (Bot Framework wire format)', () => {
  let connector: FakeConnector;
  let t: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.stop();
    await connector.close();
    await removeDir(t.dataDir);
  });
  beforeEach(() => connector.clear());

  it('answers /healthz with the state of each part', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ status: 'ok', store: { ok: true, kind: 'lowdb' }, teams: { mode: 'local' }, slack: { enabled: false } });
    expect(body.scheduler).toBeDefined();
  });

  it('greets on "hi" with an Adaptive Card that parses cleanly', async () => {
    const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { text: 'hi', userId: '29:greet' }));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply!.conversationId).toBe('a:conv-29:greet');
    const card = reply!.activity['attachments'][0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(card.content)).toContain('Hello, I am Career Companion');
    expect(cardErrors(card.content)).toEqual([]);
    expect(submitActions(card.content).map((a) => a.title)).toContain('What can you do?');
  });

  it('turns a button press (Action.Submit) into an action in the core', async () => {
    await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { text: 'hello', userId: '29:press' }));
    const [greeting] = await connector.waitFor(1);
    const help = submitActions(greeting!.activity['attachments'][0].content).find((a) => a.title === 'What can you do?');
    expect(help).toBeDefined();
    connector.clear();
    const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { value: help!.data, userId: '29:press' }));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(cardText(reply!.activity['attachments'][0].content)).toContain('What I can help with');
  });

  it('stores the conversation reference and refreshes it on every message', async () => {
    await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { text: 'hi', userId: '29:ref' }));
    await connector.waitFor(1);
    const ref = await t.app.store.refs.get('teams:29:ref');
    expect(ref?.platform).toBe('teams');
    expect((ref?.ref as any).serviceUrl).toBe(connector.url);
    expect((ref?.ref as any).conversation.id).toBe('a:conv-29:ref');
    // A new service URL (Teams moves bots between regions) replaces the old one.
    const moved = connector.url.replace('127.0.0.1', 'localhost');
    connector.clear();
    await postJson(`${t.url}/api/messages`, teamsMessage(moved, { text: 'hi', userId: '29:ref' }));
    await connector.waitFor(1);
    expect(((await t.app.store.refs.get('teams:29:ref'))?.ref as any).serviceUrl).toBe(moved);
  });

  it('keeps one Bot Connector client for each service address, and each reply goes to its own', async () => {
    const other = await startFakeConnector();
    try {
      const before = t.app.teams.connectorClients.size;
      for (const [url, user] of [
        [connector.url, '29:client-a'],
        [other.url, '29:client-b'],
        [connector.url, '29:client-c'],
        [other.url, '29:client-d'],
      ] as const) {
        expect((await postJson(`${t.url}/api/messages`, teamsMessage(url, { text: 'hi', userId: user }))).status).toBe(200);
      }
      const here = await connector.waitFor(2);
      const there = await other.waitFor(2);
      expect(here.map((r) => r.conversationId).sort()).toEqual(['a:conv-29:client-a', 'a:conv-29:client-c']);
      expect(there.map((r) => r.conversationId).sort()).toEqual(['a:conv-29:client-b', 'a:conv-29:client-d']);
      // The first test's address was seen before; the second is new: one client more, not four.
      expect(t.app.teams.connectorClients.size).toBe(Math.max(before, 1) + 1);
    } finally {
      await other.close();
    }
  });

  it('works with Bot Framework Emulator activities', async () => {
    const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { text: 'help', userId: 'emu-user', channelId: 'emulator' }));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(cardText(reply!.activity['attachments'][0].content)).toContain('What I can help with');
  });

  it('welcomes a person who installs the bot', async () => {
    const activity = { ...teamsMessage(connector.url, { userId: '29:new' }), type: 'conversationUpdate', membersAdded: [{ id: '29:new' }] };
    const res = await postJson(`${t.url}/api/messages`, activity);
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(cardText(reply!.activity['attachments'][0].content)).toContain('Hello, I am Career Companion');
  });

  describe('bad input gets a 4xx, never a crash or a 5xx', () => {
    it('non-JSON body', async () => {
      const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message",' });
      expect(res.status).toBe(400);
    });
    it('wrong content type', async () => {
      const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
    it('a body over 1 MB', async () => {
      const big = { ...teamsMessage(connector.url, { text: 'x'.repeat(1024 * 1024 + 10) }) };
      const res = await postJson(`${t.url}/api/messages`, big);
      expect(res.status).toBe(413);
    });
    it('an activity without a type', async () => {
      const a = teamsMessage(connector.url, { text: 'hi' });
      delete a['type'];
      const res = await postJson(`${t.url}/api/messages`, a);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error).toMatch(/type/);
    });
    it('a message without from, conversation or serviceUrl', async () => {
      for (const field of ['from', 'conversation', 'serviceUrl']) {
        const a = teamsMessage(connector.url, { text: 'hi' });
        delete a[field];
        const res = await postJson(`${t.url}/api/messages`, a);
        expect(res.status, field).toBe(400);
      }
    });
    it('a JSON array or a string', async () => {
      expect((await postJson(`${t.url}/api/messages`, [1, 2])).status).toBe(400);
      expect((await postJson(`${t.url}/api/messages`, 'hi')).status).toBe(400);
    });
    it('an unknown activity type is acknowledged and ignored', async () => {
      const a = { ...teamsMessage(connector.url, { text: 'hi' }), type: 'somethingNew' };
      const res = await postJson(`${t.url}/api/messages`, a);
      expect(res.status).toBeLessThan(300);
      await new Promise((r) => setTimeout(r, 100));
      expect(connector.activities).toHaveLength(0);
    });
    it('a button value that is not ours is ignored', async () => {
      const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { value: { evil: true } }));
      expect(res.status).toBe(200);
    });
    it('the server is still healthy afterwards', async () => {
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    });
  });
});
