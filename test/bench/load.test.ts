/**
 * The bench's load generator keeps one conversation per connection for the whole run,
 * its turns in order, as the turn kinds assume (a dialog step is the second turn of
 * the same person's conversation, not a new person's first).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, runPaced } from './load.js';

let server: Server;
let url: string;
const seen = new Map<number, number[]>();
let currentRun = '';
/** The run whose server drops the connection of conversation 0's second turn the first time it is sent. */
const DROPS = 'paced, one connection dropped';
const retries: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const { run, conversation, turn } = JSON.parse(body) as { run: string; conversation: number; turn: number };
      // A request of an earlier run still arriving as it stops.
      if (run !== currentRun) return void res.writeHead(200).end('{}');
      if (run === DROPS && conversation === 0 && turn === 1) {
        const retry = req.headers['x-slack-retry-num'];
        retries.push(typeof retry === 'string' ? retry : '');
        // The first try of this turn: the connection fails before any answer.
        if (retry === undefined) return void req.socket.destroy();
      }
      const turns = seen.get(conversation) ?? [];
      turns.push(turn);
      seen.set(conversation, turns);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));


describe('bench load', () => {
  it.each([
    ['closed loop', undefined],
    ['open loop', 40],
  ])('%s: each connection is one conversation, its turns in order', async (name, rate) => {
    seen.clear();
    currentRun = name;
    const bodyFor = (conversation: number, turn: number) => ({ body: JSON.stringify({ run: name, conversation, turn }) });
    const r = await runLoad({ url, connections: 4, durationSeconds: 1, bodyFor, ...(rate ? { rate } : {}) });
    expect(r.errors).toBe(0);
    expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3]);
    let total = 0;
    for (const turns of seen.values()) {
      expect(turns).toEqual(turns.map((_, i) => i));
      total += turns.length;
    }
    // Every conversation had several turns: a new person's first turn would be turn 0 again.
    expect(total).toBeGreaterThan(8);
  });

  it.each([
    ['closed loop, paced by replies', undefined],
    ['open loop, paced by replies', 40],
  ])('%s: a conversation sends its next turn only after the reply to its last', async (name, rate) => {
    seen.clear();
    currentRun = name;
    // The "platform" replies 20 ms after each turn is built; a turn sent before it would be turn n+1 before reply n.
    const replied = new Map<number, number>();
    const waiting = new Map<number, () => void>();
    const bodyFor = (conversation: number, turn: number) => {
      expect(replied.get(conversation) ?? 0).toBe(turn);
      setTimeout(() => {
        replied.set(conversation, turn + 1);
        waiting.get(conversation)?.();
      }, 20);
      return { body: JSON.stringify({ run: name, conversation, turn }) };
    };
    const replies = (c: number) => new Promise<void>((resolve) => waiting.set(c, resolve));
    const r = await runPaced({ url, connections: 4, durationSeconds: 1, bodyFor, replies, ...(rate ? { rate } : {}) });
    expect(r.errors).toBe(0);
    expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3]);
    for (const turns of seen.values()) expect(turns).toEqual(turns.map((_, i) => i));
    // Each turn takes at least the 20 ms to its reply: at most 50 a second per conversation.
    expect(r.throughput).toBeGreaterThan(4);
    expect(r.throughput).toBeLessThanOrEqual(4 * 50);
    expect(r.p50).toBeGreaterThanOrEqual(20);
  });

  it('paced: a request whose connection fails is sent again at once, saying it is a retry, as Slack does', async () => {
    seen.clear();
    currentRun = DROPS;
    const bodyFor = (conversation: number, turn: number) => ({ body: JSON.stringify({ run: DROPS, conversation, turn }) });
    const r = await runPaced({ url, connections: 2, durationSeconds: 0.5, bodyFor, replies: () => new Promise((resolve) => setTimeout(resolve, 5)) });
    expect(retries).toEqual(['', '1']);
    expect(r.retried).toBe(1);
    expect(r.errors).toBe(0);
    expect(r.late).toBe(0);
    // The conversation went on after the retry, its turns in order.
    expect(seen.get(0)!.slice(0, 3)).toEqual([0, 1, 2]);
  });
});
