/**
 * A body over the 1 MB limit, sent chunked (so no Content-Length gives it away),
 * is refused with 413 as soon as it passes the limit: the answer arrives while
 * the client is still sending, long before all of it is sent, and the server
 * stays up.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { slackAppForSuite } from '../helpers/app.js';

const MB = 1024 * 1024;
/** What the client offers to send: 64 MB. */
const TOTAL = 64 * MB;

interface Streamed {
  status: number;
  body: string;
  /** Bytes the client had handed to the connection when the answer arrived. */
  writtenBeforeAnswer: number;
  /** Whether the client had finished its body before the answer. */
  finishedBeforeAnswer: boolean;
}

/** Streams up to TOTAL bytes in 64 KB chunks, with no Content-Length, until the server answers. */
function streamUntilAnswered(url: string, headers: Record<string, string>): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    let finished = false;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const writtenBeforeAnswer = written;
      const finishedBeforeAnswer = finished;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, writtenBeforeAnswer, finishedBeforeAnswer });
        req.destroy();
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const pump = () => {
      while (!answered && written < TOTAL) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered && !finished) {
        finished = true;
        req.end();
      }
    };
    pump();
  });
}

describe('bodies over the limit are refused while they arrive', () => {
  const app = slackAppForSuite();

  const slackHeaders = () => ({
    'content-type': 'application/json',
    'x-slack-signature': `v0=${'0'.repeat(64)}`,
    'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
  });

  it.each([
    ['/api/messages (Teams)', '/api/messages', () => ({ 'content-type': 'application/json' })],
    ['/slack/events', '/slack/events', slackHeaders],
  ])('%s: 64 MB chunked gets 413 before a quarter of it is sent, and the server stays up', async (_name, path, headers) => {
    const r = await streamUntilAnswered(`${app.t.url}${path}`, headers());
    expect(r.status).toBe(413);
    // The server stops at 1 MB; what is in flight in the two sockets' buffers comes on top.
    expect(r.writtenBeforeAnswer, `bytes sent before the answer: ${r.writtenBeforeAnswer}`).toBeLessThan(TOTAL / 4);
    expect(r.finishedBeforeAnswer).toBe(false);
    expect(JSON.parse(r.body)).toEqual({ error: 'The body is larger than 1 MB.' });
    const health = await fetch(`${app.t.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('a Content-Length over the limit gets 413 without the body being read', async () => {
    const res = await fetch(`${app.t.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(2 * MB) }),
    });
    expect(res.status).toBe(413);
    expect((await fetch(`${app.t.url}/healthz`)).status).toBe(200);
  });

  it('a body just under the limit is still read and checked', async () => {
    const res = await fetch(`${app.t.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(MB - 100) }),
    });
    // Read in full and parsed: refused for what it lacks (no from, conversation or serviceUrl), not for its size.
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/from\.id/);
  });
});
