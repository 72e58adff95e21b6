/**
 * A plain HTTP server on 127.0.0.1 that keeps every request it is sent (method,
 * address, headers, body) and answers each with `answer`: a stand-in for a
 * platform's Web API in tests of the code that posts to it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` and `path` (default `/api/`). */
  base: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export async function recordingServer(answer: (req: SeenRequest, res: ServerResponse) => void, path = '/api/'): Promise<RecordingServer> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(r);
      answer(r, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  return {
    base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}${path}`,
    seen,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
