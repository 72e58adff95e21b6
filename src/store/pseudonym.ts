/**
 * Pseudonyms for the audit log: a keyed hash of a user key, so the log can
 * show that the same person acted twice without holding who they are. The key
 * is made once per installation and kept in DATA_DIR/audit.key (or set with
 * AUDIT_KEY). Erasing a person removes everything that links them to it.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durable-file.js';

export class Pseudonymiser {
  constructor(private readonly key: Buffer) {}

  of(userKey: string): string {
    return `p_${createHmac('sha256', this.key).update(userKey).digest('base64url').slice(0, 16)}`;
  }

  /** Loads the installation's key from `dataDir`, creating it the first time. */
  static async forDataDir(dataDir: string, fromEnv?: string): Promise<Pseudonymiser> {
    if (fromEnv) return new Pseudonymiser(Buffer.from(fromEnv, 'utf8'));
    const file = join(dataDir, 'audit.key');
    try {
      return new Pseudonymiser(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64url'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const key = randomBytes(32);
    await writeFileDurably(file, key.toString('base64url'));
    return new Pseudonymiser(key);
  }
}
