/**
 * The append-only audit log of the embedded store: one JSON line per entry in
 * DATA_DIR/audit.log, flushed to disk (fdatasync) before `append` resolves.
 * Appends are serialised and batched; nothing ever rewrites the file.
 */
import { readFile } from 'node:fs/promises';
import { appendDurably } from './durable-file.js';
import type { AuditEntry, AuditLog } from './ports.js';

export class AuditFile implements AuditLog {
  private pending: AuditEntry[] = [];
  private flushing: Promise<void> | null = null;
  private waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];

  constructor(readonly file: string) {}

  append(entry: AuditEntry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push(entry);
      this.waiters.push({ resolve, reject });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        // A failed append is cut back to the last whole line, so the next entry never joins a fragment.
        await appendDurably(this.file, batch.map((e) => `${JSON.stringify(e)}\n`).join(''));
        for (const w of waiters) w.resolve();
      } catch (err) {
        for (const w of waiters) w.reject(err);
      }
    }
    this.flushing = null;
  }

  async tail(limit: number): Promise<AuditEntry[]> {
    let raw = '';
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const lines = raw.split('\n').filter((l) => l.trim() !== '');
    const out: AuditEntry[] = [];
    for (const line of lines.slice(-limit)) {
      try {
        out.push(JSON.parse(line) as AuditEntry);
      } catch {
        // A torn last line after a crash is skipped, not fatal.
      }
    }
    return out;
  }

  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }
}
