/**
 * The route as a picture (see src/knowledge/timeline.ts):
 *
 *  - GET /timeline/:from/:to.png — the phone layout (one row per step), as a
 *    PNG 780 pixels wide: the picture Teams cards and Slack image blocks show
 *    (they take PNG, JPEG or GIF, not SVG).
 *  - GET /timeline/:from/:to.svg — the wide, horizontal chart, as SVG.
 *
 * `from` is a role id or `start` (the person's role is not known, so the route
 * starts from the usual first post, which the picture does not call theirs);
 * `to` is a role id. The URL names only content ids, never anything about a
 * person, so it is stable and safe to cache.
 *
 *  - 400 when an id is not written like a content id (lower case words and hyphens).
 *  - 404 when an id is not in the content, or there is no route between them.
 *  - 200 with a strong ETag and a day's caching; 304 when the client already has it.
 *
 * Pictures are kept in memory, the most recently asked for first, up to a bound.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { RouteDef } from '../server.js';
import type { Content } from '../content/model.js';
import { findPathways, type Pathway } from '../knowledge/pathways.js';
import { renderTimelinePortraitSvg, renderTimelineSvg, type TimelineOptions } from '../knowledge/timeline.js';
import { svgToPng } from './timeline-png.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 80;
export const TIMELINE_CACHE_SECONDS = 86_400;
/**
 * Pictures kept in memory; every pair of roles would be a few thousand. An SVG
 * is about 5 KB and a PNG about 100 KB, so at most about 1.5 MB and 10 MB.
 */
export const MAX_CACHED = { svg: 300, png: 100 } as const;

interface Picture {
  body: Buffer;
  etag: string;
}

type Format = 'svg' | 'png';

const FORMATS: Record<Format, { type: string; draw: (content: Content, p: Pathway, o: TimelineOptions) => Promise<Buffer> }> = {
  svg: {
    type: 'image/svg+xml; charset=utf-8',
    draw: async (content, p, o) => Buffer.from(renderTimelineSvg(content, p, o), 'utf8'),
  },
  png: {
    type: 'image/png',
    draw: (content, p, o) => svgToPng(renderTimelinePortraitSvg(content, p, o)),
  },
};

/** A map that forgets the least recently used entry past `max`. */
export class PictureCache<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): void {
    this.map.delete(key);
    this.map.set(key, v);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  get size(): number {
    return this.map.size;
  }
}

function fail(res: Response, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error }));
}

export function timelineRoutes(content: Content): RouteDef[] {
  // A promise per picture, so that requests arriving together draw it once.
  const caches: Record<Format, PictureCache<Promise<Picture>>> = { svg: new PictureCache(MAX_CACHED.svg), png: new PictureCache(MAX_CACHED.png) };

  const handler = (format: Format) => async (req: Request, res: Response) => {
    const from = String(req.params?.['from'] ?? '');
    const to = String(req.params?.['to'] ?? '');
    if (!ID.test(from) || !ID.test(to) || from.length > MAX_ID || to.length > MAX_ID) {
      fail(res, 400, `Use /timeline/<role id or "start">/<role id>.${format}, with ids in lower case words joined by hyphens.`);
      return;
    }
    if (!content.roles.has(to) || (from !== 'start' && !content.roles.has(from))) {
      fail(res, 404, 'There is no such role.');
      return;
    }
    const key = `${from}/${to}`;
    const cache = caches[format];
    let pending = cache.get(key);
    if (!pending) {
      const result = findPathways(content, from === 'start' ? { to } : { from, to });
      if (result.kind !== 'found') {
        fail(res, 404, 'There is no route between those roles.');
        return;
      }
      pending = FORMATS[format].draw(content, result.best, { fromTheirRole: from !== 'start' }).then((body) => ({
        body,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      }));
      cache.set(key, pending);
      // A drawing that failed is not kept: the next request tries again.
      pending.catch(() => {
        if (cache.get(key) === pending) cache.delete(key);
      });
    }
    let hit: Picture;
    try {
      hit = await pending;
    } catch {
      fail(res, 500, 'The picture could not be drawn.');
      return;
    }
    const headers: Record<string, string> = {
      'cache-control': `public, max-age=${TIMELINE_CACHE_SECONDS}`,
      etag: hit.etag,
      'x-content-type-options': 'nosniff',
    };
    // An SVG opened on its own must not run anything or load anything.
    if (format === 'svg') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
    const inm = String(req.headers['if-none-match'] ?? '');
    if (inm && inm.split(',').some((t) => t.trim() === hit.etag || t.trim() === '*')) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': FORMATS[format].type, 'content-length': String(hit.body.length) });
    res.end(hit.body);
  };

  return [
    { method: 'get', path: '/timeline/:from/:to.svg', handler: handler('svg') },
    { method: 'get', path: '/timeline/:from/:to.png', handler: handler('png') },
  ];
}
