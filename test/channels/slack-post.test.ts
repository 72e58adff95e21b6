/**
 * A turn's reply posted as JSON (src/channels/slack/post.ts): what is sent,
 * Slack's errors thrown as the Web API client throws them, and anything else
 * left to the client and its retries.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { slackFetch } from '../../src/channels/slack/http-fetch.js';
import { postReply, readOnce } from '../../src/channels/slack/post.js';
import { recordingServer, type RecordingServer, type SeenRequest } from '../helpers/recording-server.js';

describe('posting a turn\'s reply to Slack', () => {
  let server: RecordingServer;
  let base: string;
  let seen: SeenRequest[];
  /** What the next answers are, in order; then `{ ok: true }`. */
  let next: Array<{ status: number; body: string; headers?: Record<string, string> }> = [];
  beforeAll(async () => {
    server = await recordingServer((_req, res) => {
      const answer = next.shift() ?? { status: 200, body: '{"ok":true,"ts":"1.0001"}' };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body);
    });
    base = server.base;
    seen = server.seen;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    seen.length = 0;
    next = [];
  });

  const client = (teamId?: string) =>
    new WebClient('xoxb-test', { slackApiUrl: base, fetch: slackFetch, retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 }, ...(teamId ? { teamId } : {}) });
  const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'Hello & "welcome"' } }];

  it('sends one JSON post with the blocks as rendered, the token and the team', async () => {
    await postReply(client('T1'), 'chat.postEphemeral', { channel: 'C1', user: 'U1', text: 'Hello' }, JSON.stringify(blocks));
    expect(seen).toHaveLength(1);
    const [post] = seen;
    expect(post!.url).toBe('/api/chat.postEphemeral');
    expect(post!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(post!.headers['authorization']).toBe('Bearer xoxb-test');
    expect(JSON.parse(post!.body)).toEqual({ team_id: 'T1', channel: 'C1', user: 'U1', text: 'Hello', blocks });
  });

  it('throws Slack\'s error as the client does, without posting again', async () => {
    next = [{ status: 200, body: '{"ok":false,"error":"channel_not_found"}' }];
    await expect(postReply(client(), 'chat.postMessage', { channel: 'C404', text: 'Hi' }, '[]')).rejects.toMatchObject({
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'channel_not_found' },
    });
    expect(seen).toHaveLength(1);
  });

  it('leaves a rate limit or a broken answer to the client, which tries again', async () => {
    next = [{ status: 429, body: '{"ok":false,"error":"ratelimited"}', headers: { 'retry-after': '0' } }];
    await postReply(client(), 'chat.postMessage', { channel: 'C1', text: 'Hi' }, JSON.stringify(blocks));
    expect(seen).toHaveLength(2);
    const retried = new URLSearchParams(seen[1]!.body);
    expect(retried.get('channel')).toBe('C1');
    expect(JSON.parse(retried.get('blocks')!)).toEqual(blocks);

    seen.length = 0;
    next = [{ status: 200, body: 'not json' }];
    await postReply(client(), 'chat.postMessage', { channel: 'C1', text: 'Hi' }, '[]');
    expect(seen).toHaveLength(2);
  });

  describe('a read made once directly (users.info)', () => {
    const answer = '{"ok":true,"user":{"id":"U1","profile":{"display_name":"Sam"}},"response_metadata":{"warnings":["w1"]}}';
    const sent = (r: SeenRequest) => {
      const { host: _h, connection: _c, 'content-length': _l, ...headers } = r.headers;
      return { url: r.url, headers: Object.entries(headers), body: r.body };
    };

    it('sends what the client sends, and returns what it returns', async () => {
      for (const teamId of ['T1', undefined]) {
        seen.length = 0;
        next = [
          { status: 200, body: answer },
          { status: 200, body: answer },
        ];
        const c = client(teamId);
        const theirs = await c.users.info({ user: 'U1' });
        const mine = await readOnce(c, 'users.info', { user: 'U1' });
        expect(seen).toHaveLength(2);
        expect(sent(seen[1]!)).toEqual(sent(seen[0]!));
        expect(mine['user']).toEqual(theirs.user);
        expect(mine['ok']).toBe(true);
      }
    });

    it("throws Slack's error as the client does, without asking again", async () => {
      next = [{ status: 200, body: '{"ok":false,"error":"user_not_found"}' }];
      await expect(readOnce(client(), 'users.info', { user: 'U404' })).rejects.toMatchObject({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'user_not_found' } });
      expect(seen).toHaveLength(1);
    });

    it('leaves a rate limit or a broken answer to the client, which tries again', async () => {
      next = [{ status: 429, body: '{"ok":false,"error":"ratelimited"}', headers: { 'retry-after': '0' } }, { status: 200, body: answer }];
      expect((await readOnce(client(), 'users.info', { user: 'U1' }))['user']).toMatchObject({ id: 'U1' });
      expect(seen).toHaveLength(2);
      seen.length = 0;
      next = [{ status: 200, body: 'not json' }, { status: 200, body: answer }];
      expect((await readOnce(client(), 'users.info', { user: 'U1' }))['user']).toMatchObject({ id: 'U1' });
      expect(seen).toHaveLength(2);
    });
  });
});
