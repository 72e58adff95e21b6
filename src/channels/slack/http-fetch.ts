/**
 * The `fetch` the Slack Web API clients use: a POST with a text body (every
 * call we make but file uploads) goes over node:http(s) with connections kept
 * open, and its answer comes back with what a caller reads of a Response
 * (PlainResponse, below). Node's own fetch costs two to three times the CPU
 * per request (measured: about 0.3 ms more per post), and every reply is one
 * post or more. Anything else (a file upload's form, a method other than
 * POST, a request that would follow redirects) goes to Node's fetch as before.
 *
 * It behaves as the client asks of fetch: a redirect is refused (the client
 * asks for `redirect: 'error'`), an abort signal cancels the request, and a
 * compressed answer is decompressed. Nothing is logged here.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** Idle connections close after 4 s (as Node's fetch does), before a server is likely to close them under us. */
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: 4_000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 4_000 }),
};

const PLAIN_NAME = /^[A-Za-z0-9-]+$/;
const PLAIN_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * The request's headers as node:http takes them: names in lower case and
 * sorted, as a standard Headers object gives them. Headers given as a plain
 * object of plain names and values (every call the clients make) are copied
 * so without making a Headers object (a fifth of a post's CPU time here);
 * anything else goes through Headers, which checks and normalises them.
 */
function plainHeaders(h: RequestInit['headers']): Record<string, string> {
  if (h && typeof h === 'object' && !Array.isArray(h) && !(h instanceof Headers)) {
    const given = h as Record<string, unknown>;
    const names = Object.keys(given);
    const lower = names.map((n) => n.toLowerCase());
    let plain = new Set(lower).size === names.length;
    for (let i = 0; plain && i < names.length; i++) {
      const value = given[names[i]!];
      plain = typeof value === 'string' && PLAIN_NAME.test(names[i]!) && PLAIN_VALUE.test(value);
    }
    if (plain) {
      // In the order Headers gives them: sorted by name.
      const order = names.map((_, i) => i).sort((a, b) => (lower[a]! < lower[b]! ? -1 : 1));
      const out: Record<string, string> = {};
      for (const i of order) out[lower[i]!] = given[names[i]!] as string;
      return out;
    }
  }
  return Object.fromEntries(new Headers(h ?? {}).entries());
}

/** The answer's headers as a standard Headers object, made only when a caller reads them. */
function answerHeaders(raw: IncomingHttpHeaders, decompressed: boolean): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
  }
  if (decompressed) {
    headers.delete('content-encoding');
    headers.delete('content-length');
  }
  return headers;
}

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}

/**
 * The answer to a post, with what a caller of fetch reads of it (status,
 * headers, the body as text, JSON or bytes, once). A standard Response wraps
 * its body in a web stream, which cost about a twentieth of a Slack turn's
 * CPU time; the Web API client only reads the text.
 */
class PlainResponse {
  readonly ok: boolean;
  readonly redirected = false;
  readonly type = 'basic';
  readonly url = '';
  private used = false;
  private made: Headers | undefined;

  constructor(
    readonly status: number,
    readonly statusText: string,
    private readonly headersOf: Headers | (() => Headers),
    private readonly raw: Buffer | null,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  get headers(): Headers {
    if (this.made === undefined) this.made = typeof this.headersOf === 'function' ? this.headersOf() : this.headersOf;
    return this.made;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /** The body as a standard stream, only for a caller that asks for it. */
  get body(): ReadableStream<Uint8Array> | null {
    return this.raw === null ? null : new Response(this.raw).body;
  }

  private take(): Buffer {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.raw ?? Buffer.alloc(0);
  }

  async text(): Promise<string> {
    return this.take().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.take().toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.take();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }

  async blob(): Promise<Blob> {
    return new Blob([this.take()], this.headers.has('content-type') ? { type: this.headers.get('content-type')! } : {});
  }

  clone(): Response {
    if (this.used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new PlainResponse(this.status, this.statusText, new Headers(this.headers), this.raw) as unknown as Response;
  }
}

/** The answer to a request made here, once its body has all arrived. */
function answerTo(res: http.IncomingMessage, resolve: (r: Response) => void, reject: (err: unknown) => void): void {
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400 && res.headers.location !== undefined) {
    res.resume();
    reject(new TypeError(`fetch failed: redirected to another address (HTTP ${status})`));
    return;
  }
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('error', reject);
  res.on('end', () => {
    try {
      const encoding = res.headers['content-encoding'];
      const raw = decoded(Buffer.concat(chunks), Array.isArray(encoding) ? encoding[0] : encoding);
      const headers = () => answerHeaders(res.headers, encoding !== undefined);
      const empty = status === 204 || status === 205 || status === 304;
      resolve(new PlainResponse(status, res.statusMessage ?? '', headers, empty ? null : raw) as unknown as Response);
    } catch (err) {
      reject(err);
    }
  });
}

/** Where each address posts to, as node:http takes it: parsed once, not for every post. */
const targets = new Map<string, { protocol: string; hostname: string; port: string; path: string; plain: boolean }>();

/**
 * A POST of a body given in parts (for a reply: its fields, then its blocks as
 * rendered), answered as `slackFetch` answers. The parts are written one after
 * another, so the body is never made as one string: joining them would copy
 * the blocks (several kilobytes for a card) into a new string for each post.
 * `headers` are sent as given (names in lower case); the length is added.
 * Redirects are refused, as the Web API client asks of its fetch.
 */
export function postParts(address: string, headers: Record<string, string>, parts: readonly string[]): Promise<Response> {
  let target = targets.get(address);
  if (!target) {
    const url = new URL(address);
    target = {
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port,
      path: `${url.pathname}${url.search}`,
      // An address with a user name or password goes through slackFetch, which passes them on.
      plain: url.username === '' && url.password === '',
    };
    if (targets.size >= 64) targets.clear();
    targets.set(address, target);
  }
  const agent = agents[target.protocol as keyof typeof agents];
  if (!agent || !target.plain) return slackFetch(address, { method: 'POST', headers, body: parts.join(''), redirect: 'error' });
  let length = 0;
  for (const p of parts) length += Buffer.byteLength(p);
  const { protocol, hostname, port, path } = target;
  return new Promise<Response>((resolve, reject) => {
    const req = (protocol === 'https:' ? https : http).request(
      { protocol, hostname, ...(port ? { port } : {}), path, method: 'POST', headers: { ...headers, 'content-length': String(length) }, agent },
      (res) => answerTo(res, resolve, reject),
    );
    req.on('error', reject);
    for (const p of parts) req.write(p);
    req.end();
  });
}

export const slackFetch: typeof fetch = async (input, init = {}) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const agent = agents[url.protocol as keyof typeof agents];
  const method = (init.method ?? 'GET').toUpperCase();
  if (!agent || method !== 'POST' || typeof init.body !== 'string' || init.redirect !== 'error' || !(typeof input === 'string' || input instanceof URL)) {
    return fetch(input, init);
  }
  const body = init.body;
  const signal = init.signal ?? undefined;
  signal?.throwIfAborted();
  return new Promise<Response>((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      { method, headers: plainHeaders(init.headers), agent, ...(signal ? { signal } : {}) },
      (res) => answerTo(res, resolve, reject),
    );
    req.on('error', reject);
    req.end(body);
  });
};
