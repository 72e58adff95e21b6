/**
 * The bench's load generator keeps one conversation per connection for the whole run,
 * its turns in order, as the turn kinds assume (a dialog step is the second turn of
 * the same person's conversation, not a new person's first).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './load.js';

let server: Server;
let url: string;
const seen = new Map<number, number[]>();
let currentRun = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const { run, conversation, turn } = JSON.parse(body) as { run: string; conversation: number; turn: number };
      // A request of an earlier run still arriving as it stops.
      if (run !== currentRun) return void res.writeHead(200).end('{}');
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
});
