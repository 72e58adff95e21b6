/**
 * The fetch the Slack Web API clients use (src/channels/slack/http-fetch.ts):
 * what the client needs of fetch, over node:http, and Node's fetch for the rest.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { slackFetch } from '../../src/channels/slack/http-fetch.js';
import { recordingServer, type RecordingServer, type SeenRequest } from '../helpers/recording-server.js';

describe('the Slack clients\' fetch', () => {
  let server: RecordingServer;
  let base: string;
  let seen: SeenRequest[];
  beforeAll(async () => {
    server = await recordingServer((req, res) => {
      const body = req.body;
      if (req.url === '/api/limited') {
        res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' });
        res.end('{"ok":false,"error":"ratelimited"}');
      } else if (req.url === '/api/moved') {
        res.writeHead(302, { location: '/api/elsewhere' });
        res.end();
      } else if (req.url === '/api/zipped') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(gzipSync('{"ok":true,"zipped":true}'));
      } else if (req.url === '/api/slow') {
        setTimeout(() => res.end('{"ok":true}'), 2_000);
      } else {
        res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
        res.end(JSON.stringify({ ok: true, channel: 'C1', ts: '1.000100', echoed: body.length }));
      }
    });
    base = server.base;
    seen = server.seen;
  });
  afterAll(() => server.close());

  const post = (path: string, extra: RequestInit = {}) =>
    slackFetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-test' }, body: 'channel=C1&text=hi', redirect: 'error', ...extra });

  it('posts the body and headers as given, and answers with status, headers and body', async () => {
    const res = await post('chat.postMessage');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(await res.json()).toEqual({ ok: true, channel: 'C1', ts: '1.000100', echoed: 18 });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', url: '/api/chat.postMessage', body: 'channel=C1&text=hi' });
    expect(last.headers['authorization']).toBe('Bearer xoxb-test');
    expect(last.headers['content-type']).toBe('application/x-www-form-urlencoded');
    // Sent over node:http, not Node's fetch (which adds fetch's own headers).
    expect(last.headers['sec-fetch-mode']).toBeUndefined();
  });

  it('sends the headers as a standard Headers object gives them: names in lower case, sorted, values trimmed, repeats joined', async () => {
    const cases: Array<Record<string, string>> = [
      { 'User-Agent': '@slack:web-api/8 node/20', Accept: 'application/json', Authorization: 'Bearer xoxb-test', 'Content-Type': 'application/json; charset=utf-8' },
      { 'X-Spaced': '  padded value ', accept: 'text/plain', Accept: 'application/json' },
    ];
    for (const given of cases) {
      await post('chat.postMessage', { headers: given });
      const got = seen.at(-1)!.headers;
      const expected = Object.fromEntries(new Headers(given).entries());
      const sent = Object.keys(got).filter((k) => k in expected);
      expect(sent).toEqual(Object.keys(expected));
      for (const k of sent) expect(got[k]).toBe(expected[k]);
    }
  });

  it('answers as a Response would: the body read once, as text, JSON or bytes, and a copy read apart', async () => {
    const res = await post('chat.postMessage');
    expect(res.ok).toBe(true);
    expect(res.statusText).toBe('OK');
    const copy = res.clone();
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ ok: true });
    expect(res.bodyUsed).toBe(true);
    await expect(res.json()).rejects.toThrow(TypeError);
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe(text);
    const limited = await post('limited');
    expect(limited.ok).toBe(false);
    expect(await new Response(limited.body).json()).toEqual({ ok: false, error: 'ratelimited' });
  });

  it('leaves a form with a file to Node\'s fetch', async () => {
    const form = new FormData();
    form.append('file', new Blob(['a,b\n']), 'plan.csv');
    const res = await slackFetch(`${base}files.upload`, { method: 'POST', body: form, redirect: 'error' });
    expect(res.status).toBe(200);
    const last = seen.at(-1)!;
    expect(last.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(last.headers['sec-fetch-mode']).toBe('cors');
  });

  it('keeps the connection open for the next post', async () => {
    await post('a');
    await post('b');
    const [a, b] = seen.slice(-2);
    expect(a!.headers['connection']).toBe('keep-alive');
    expect(b!.headers['connection']).toBe('keep-alive');
  });

  it('gives a 429 with its Retry-After, refuses a redirect, and decompresses', async () => {
    const limited = await post('limited');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    await expect(post('moved')).rejects.toThrow(TypeError);
    expect(await (await post('zipped')).json()).toEqual({ ok: true, zipped: true });
  });

  it('stops when its signal aborts', async () => {
    await expect(post('slow', { signal: AbortSignal.timeout(100) })).rejects.toThrow();
  });

  it('works as the Web API client\'s fetch: a call, and a rate limit refused', async () => {
    const client = new WebClient('xoxb-test', { slackApiUrl: base, fetch: slackFetch, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    const res = await client.chat.postMessage({ channel: 'C1', text: 'hello', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hello' } }] });
    expect(res.ok).toBe(true);
    const sent = new URLSearchParams(seen.at(-1)!.body);
    expect(JSON.parse(sent.get('blocks')!)).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'hello' } }]);
    await expect(client.apiCall('limited')).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 });
  });
});
