/**
 * One HTTP server for every channel (restify 11).
 *
 * The JSON body parser is attached only to the routes that need it: Slack's
 * signature is checked against the raw body, so /slack/events is handed to
 * Bolt untouched.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from './log.js';

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

  const jsonBody = restify.plugins.bodyParser({
    maxBodySize: MAX_BODY_BYTES,
    mapParams: false,
    mapFiles: false,
    keepExtensions: false,
    rejectUnknown: true,
  });

  for (const route of routes) {
    const handler = safe(log, route.handler);
    const chain = route.json ? [...jsonBody, requireJson, handler] : [handler];
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

/** Refuses bodies that parsed to something other than a JSON object or array. */
function requireJson(req: Request, res: Response, next: (err?: false) => void): void {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.toLowerCase().includes('json')) {
    res.status(415);
    res.json({ error: 'Send JSON with Content-Type: application/json.' });
    return next(false);
  }
  if (req.body === undefined || req.body === null || typeof req.body !== 'object') {
    res.status(400);
    res.json({ error: 'The body must be a JSON object.' });
    return next(false);
  }
  next();
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
