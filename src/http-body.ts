/**
 * Reading a request body with a size limit that holds while the bytes arrive.
 *
 * A body larger than the limit is refused with 413 as soon as it is known to be
 * too big: at once when Content-Length says so, or as soon as the bytes read
 * pass the limit (a chunked body has no length). Reading stops there: the
 * request is paused, so the client cannot make the server take in, or hold,
 * more than the limit. The socket is closed shortly after the 413 has been
 * sent, which gives the client time to read it first.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long the connection stays open, unread, after a 413, so the client gets the answer before the close. */
const CLOSE_AFTER_MS = 1000;

export type BodyResult = { ok: true; body: Buffer } | { ok: false };

/** Answers `status` without reading the rest of the body, and closes the connection soon after. */
export function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, error: string): void {
  req.pause();
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const body = JSON.stringify({ error });
  // The unread rest of the body is still on the connection: it cannot carry another request.
  res.shouldKeepAlive = false;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body, () => {
    setTimeout(() => req.socket.destroy(), CLOSE_AFTER_MS).unref();
  });
}

/**
 * Reads the whole body, at most `limit` bytes. On a body that is too big, or
 * unreadable, it has already answered (413 or 400) and resolves `{ ok: false }`.
 */
export function readBody(req: IncomingMessage, res: ServerResponse, limit: number, tooBig = `The body is larger than ${Math.round(limit / 1024 / 1024)} MB.`): Promise<BodyResult> {
  return new Promise((resolve) => {
    const length = Number(req.headers['content-length']);
    if (Number.isFinite(length) && length > limit) {
      refuseUnread(req, res, 413, tooBig);
      resolve({ ok: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        refuseUnread(req, res, 413, tooBig);
        finish({ ok: false });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish({ ok: true, body: Buffer.concat(chunks) }));
    req.once('error', () => {
      if (!done) refuseUnread(req, res, 400, 'The request could not be read.');
      finish({ ok: false });
    });
    req.once('aborted', () => finish({ ok: false }));
  });
}
