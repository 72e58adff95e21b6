/**
 * Short-lived downloads for files the bot offers (a plan summary, "what do you
 * hold about me") on platforms that cannot take a file in a bot message (Teams
 * personal chats). Each file gets an unguessable link that works for one hour
 * and is kept only in this process's memory; nothing is written to disk.
 */
import { randomBytes } from 'node:crypto';
import type { Attachment } from '../core/messages.js';
import type { RouteDef } from '../server.js';

const TTL_MS = 60 * 60 * 1000;
const MAX_FILES = 5_000;

export class Downloads {
  private readonly files = new Map<string, { file: Attachment; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the file for an hour and returns its token. */
  put(file: Attachment): string {
    this.prune();
    const token = randomBytes(18).toString('base64url');
    this.files.set(token, { file, expires: this.now() + TTL_MS });
    return token;
  }

  get(token: string): Attachment | undefined {
    const entry = this.files.get(token);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.files.delete(token);
      return undefined;
    }
    return entry.file;
  }

  private prune(): void {
    const t = this.now();
    for (const [k, v] of this.files) if (v.expires <= t) this.files.delete(k);
    while (this.files.size >= MAX_FILES) {
      const oldest = this.files.keys().next().value;
      if (oldest === undefined) break;
      this.files.delete(oldest);
    }
  }
}

const TOKEN = /^[A-Za-z0-9_-]{24}$/;

export function downloadRoutes(downloads: Downloads): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/download/:token',
      handler: async (req, res) => {
        const token = String((req.params as Record<string, string>)['token'] ?? '');
        const file = TOKEN.test(token) ? downloads.get(token) : undefined;
        if (!file) {
          res.status(404);
          res.json({ error: 'This download has expired. Ask the bot for the file again.' });
          return;
        }
        const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
        res.setHeader('Content-Type', `${file.contentType}; charset=utf-8`);
        res.setHeader('Content-Disposition', `attachment; filename="${safeName}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.sendRaw(200, file.content);
      },
    },
  ];
}
