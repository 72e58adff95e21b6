/**
 * The web playground: replies come back as Adaptive Cards, and the route
 * timeline on this server is shown from the page's own address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { pngInfo } from '../helpers/png.js';

function images(card: unknown): string[] {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'Image' && typeof x.url === 'string') out.push(x.url);
    Object.values(x).forEach(walk);
  };
  walk(card);
  return out;
}

describe('playground', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.stop();
    await removeDir(t.dataDir);
  });

  const say = async (body: Record<string, unknown>) => {
    const res = await postJson(`${t.url}/playground/messages`, { user: 'web-route', ...body });
    expect(res.status).toBe(200);
    return ((await res.json()) as { replies: Array<{ cards: unknown[] }> }).replies;
  };

  it('shows the route timeline from its own address, and the picture is served', async () => {
    await say({ text: 'hi' });
    // Tell it the current role first, then ask for the route.
    const replies = await say({ text: "I'm a band 2 healthcare support worker. How do I become a nursing associate?" });
    let urls = replies.flatMap((r) => r.cards.flatMap(images));
    if (urls.length === 0) {
      const again = await say({ text: 'how do i become a nursing associate' });
      urls = again.flatMap((r) => r.cards.flatMap(images));
    }
    const timeline = urls.find((u) => u.includes('/timeline/'));
    expect(timeline).toMatch(new RegExp(`^${t.url.replace(/[.]/g, '\\.')}/timeline/[a-z0-9-]+/nursing-associate\\.png$`));
    for (const r of replies) for (const c of r.cards) expect(cardErrors(c)).toEqual([]);
    const png = await fetch(timeline!);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const { width, height } = pngInfo(new Uint8Array(await png.arrayBuffer()));
    expect(width).toBe(780);
    expect(height).toBeGreaterThan(width);
  });

  it('refuses a body without a user id', async () => {
    const res = await postJson(`${t.url}/playground/messages`, { text: 'hi' });
    expect(res.status).toBe(400);
  });
});
