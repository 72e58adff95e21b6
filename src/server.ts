/**
 * One HTTP server for every channel (restify 11).
 *
 * The JSON body reader is attached only to the routes that need it: Slack's
 * signature is checked against the raw body, so /slack/events reads its own
 * (with the same limit). A body over the limit is refused with 413 as soon as
 * it passes the limit, without reading the rest (src/http-body.ts).
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from './log.js';
import { readBody } from './http-body.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export type Handler = (req: Request, res: Response) => Promise<void>;

export interface RouteDef {
  method: 'get' | 'post';
  path: string;
  /** Parse a JSON body (at most 1 MB) before the handler. */
  json?: boolean;
  handler: Handler;
}

export function createHttpServer(log: Logger, routes: RouteDef[]): Server {
  const server = restify.createServer({ name: 'career-companion', handleUncaughtExceptions: false });
  server.pre(restify.plugins.pre.sanitizePath());
  server.use(restify.plugins.queryParser({ mapParams: false }));

  for (const route of routes) {
    const handler = safe(log, route.handler);
    const chain = route.json ? [jsonBody, handler] : [handler];
    server[route.method](route.path, ...(chain as never[]));
  }

  server.on('restifyError', (req: Request, res: Response, err: { statusCode?: number; message?: string }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) log.error({ route: req.getRoute?.()?.path, status }, 'Request failed');
    else log.debug({ route: req.getRoute?.()?.path, status }, 'Request refused');
    callback();
  });
  return server;
}

/**
 * Reads a JSON body of at most MAX_BODY_BYTES into `req.body`. Refuses another
 * content type or a compressed body (415), a body over the limit (413, without
 * reading the rest), and JSON that is not an object or array (400).
 */
function jsonBody(req: Request, res: Response, next: (err?: false) => void): void {
  const refuse = (status: number, error: string) => {
    res.status(status);
    res.json({ error });
    next(false);
  };
  const type = String(req.headers['content-type'] ?? '');
  if (!type.toLowerCase().includes('json')) return refuse(415, 'Send JSON with Content-Type: application/json.');
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return refuse(415, 'Send the body uncompressed.');
  void readBody(req, res, MAX_BODY_BYTES).then((read) => {
    if (!read.ok) return next(false);
    let body: unknown;
    try {
      body = JSON.parse(read.body.toString('utf8'));
    } catch {
      return refuse(400, 'The body is not valid JSON.');
    }
    if (body === null || typeof body !== 'object') return refuse(400, 'The body must be a JSON object.');
    req.body = body;
    next();
  });
}

/** Turns anything a handler throws into a logged 500 with no details, instead of a crash. */
function safe(log: Logger, handler: Handler): Handler {
  return async (req, res) => {
    if (res.headersSent) return;
    try {
      await handler(req, res);
    } catch (err) {
      log.error({ err, route: req.getRoute?.()?.path }, 'Handler failed');
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: 'Something went wrong. Please try again.' });
      }
    }
  };
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const addr = server.address() as { port: number };
      resolve(addr.port);
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive sockets would hold close() open.
    (server.server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  });
}
