/** The Teams channel's kept clients (ClientCache): one per key, a failed one not kept, and no more than the limit. */
import { describe, expect, it } from 'vitest';
import { ClientCache } from '../../src/channels/teams/adapter.js';

describe('kept Bot Connector clients', () => {
  it('makes a client once per key', async () => {
    const cache = new ClientCache<{ n: number }>();
    let made = 0;
    const make = async () => ({ n: ++made });
    const a1 = await cache.get('a', make);
    const b = await cache.get('b', make);
    const a2 = await cache.get('a', make);
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    expect(made).toBe(2);
  });

  it('does not keep a client that could not be made', async () => {
    const cache = new ClientCache<string>();
    await expect(cache.get('a', async () => Promise.reject(new Error('no token')))).rejects.toThrow('no token');
    await new Promise((r) => setImmediate(r));
    expect(await cache.get('a', async () => 'made again')).toBe('made again');
  });

  it('keeps no more than its limit, dropping the oldest', async () => {
    const cache = new ClientCache<string>(2);
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('c', async () => 'c');
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'a again')).toBe('a again');
    expect(await cache.get('c', async () => 'c again')).toBe('c');
  });
});
