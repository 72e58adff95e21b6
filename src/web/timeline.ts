/**
 * GET /timeline/:from/:to.svg — a route as a picture (see src/knowledge/timeline.ts).
 *
 * `from` is a role id or `start` (the person's role is not known, so the route
 * starts from a support worker post); `to` is a role id. The URL names only
 * content ids, never anything about a person, so it is stable and safe to cache.
 *
 *  - 400 when an id is not written like a content id (lower case words and hyphens).
 *  - 404 when an id is not in the content, or there is no route between them.
 *  - 200 with `Content-Type: image/svg+xml`, a strong ETag and a day's caching;
 *    304 when the client already has it.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { RouteDef } from '../server.js';
import type { Content } from '../content/model.js';
import { findPathways } from '../knowledge/pathways.js';
import { renderTimelineSvg } from '../knowledge/timeline.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 80;
export const TIMELINE_CACHE_SECONDS = 86_400;
/** Pictures kept in memory; every pair of roles would be a few thousand. */
const MAX_CACHED = 500;

function fail(res: Response, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error }));
}

export function timelineRoutes(content: Content): RouteDef[] {
  const cache = new Map<string, { svg: string; etag: string }>();
  return [
    {
      method: 'get',
      path: '/timeline/:from/:to.svg',
      handler: async (req: Request, res: Response) => {
        const from = String(req.params?.['from'] ?? '');
        const to = String(req.params?.['to'] ?? '');
        if (!ID.test(from) || !ID.test(to) || from.length > MAX_ID || to.length > MAX_ID) {
          fail(res, 400, 'Use /timeline/<role id or "start">/<role id>.svg, with ids in lower case words joined by hyphens.');
          return;
        }
        if (!content.roles.has(to) || (from !== 'start' && !content.roles.has(from))) {
          fail(res, 404, 'There is no such role.');
          return;
        }
        const key = `${from}/${to}`;
        let hit = cache.get(key);
        if (!hit) {
          const result = findPathways(content, from === 'start' ? { to } : { from, to });
          if (result.kind !== 'found') {
            fail(res, 404, 'There is no route between those roles.');
            return;
          }
          const svg = renderTimelineSvg(content, result.best);
          hit = { svg, etag: `"${createHash('sha256').update(svg).digest('base64url').slice(0, 27)}"` };
          if (cache.size >= MAX_CACHED) cache.clear();
          cache.set(key, hit);
        }
        const headers = {
          'cache-control': `public, max-age=${TIMELINE_CACHE_SECONDS}`,
          etag: hit.etag,
          'x-content-type-options': 'nosniff',
          // An SVG opened on its own must not run anything or load anything.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        };
        const inm = String(req.headers['if-none-match'] ?? '');
        if (inm && inm.split(',').some((t) => t.trim() === hit!.etag || t.trim() === '*')) {
          res.writeHead(304, headers);
          res.end();
          return;
        }
        res.writeHead(200, { ...headers, 'content-type': 'image/svg+xml; charset=utf-8', 'content-length': Buffer.byteLength(hit.svg) });
        res.end(hit.svg);
      },
    },
  ];
}
