/**
 * The embedded store: one lowdb document per process, in DATA_DIR.
 *
 * Writes are serialised and coalesced: every change is applied in memory at
 * once, and the promise it returns resolves only when a write that includes it
 * has reached the disk. Changes made while a write is under way are gathered
 * into the next write, so a burst of turns costs a few writes, not one each.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJSONFile } from './durable-file.js';
import {
  StoreOpenError,
  type ConversationRef,
  type ConversationRefStore,
  type DialogState,
  type DialogStateStore,
  type Profile,
  type ProfileStore,
  type Store,
  type StoreHealth,
} from './ports.js';

export const SCHEMA_VERSION = 1;
export const DATA_FILE = 'career-companion.json';

export interface LowData {
  schemaVersion: number;
  profiles: Record<string, Profile>;
  dialogs: Record<string, DialogState>;
  refs: Record<string, ConversationRef>;
}

function emptyData(): LowData {
  return { schemaVersion: SCHEMA_VERSION, profiles: {}, dialogs: {}, refs: {} };
}

/** Null-prototype maps so a key such as "__proto__" is stored as data, never as a prototype. */
function dict<T>(from?: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (from) for (const [k, v] of Object.entries(from)) out[k] = v;
  return out;
}

/** Serialises and coalesces writes of one lowdb document. */
export class WriteQueue {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  writes = 0;

  constructor(private readonly doWrite: () => Promise<void>) {}

  /** Resolves once a write that started after this call has finished. */
  commit(): Promise<void> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.start();
    const after = this.inFlight;
    this.next = after.then(
      () => {
        this.next = null;
        return this.start();
      },
      () => {
        this.next = null;
        return this.start();
      },
    );
    return this.next;
  }

  private start(): Promise<void> {
    this.writes++;
    const p = this.doWrite().finally(() => {
      if (this.inFlight === p) this.inFlight = null;
    });
    this.inFlight = p;
    return p;
  }

  async idle(): Promise<void> {
    while (this.inFlight || this.next) {
      await (this.next ?? this.inFlight)?.catch(() => undefined);
    }
  }
}

const dialogKey = (userKey: string, conversationKey: string) => `${userKey}\u0000${conversationKey}`;

export class LowStore implements Store {
  readonly profiles: ProfileStore;
  readonly dialogs: DialogStateStore;
  readonly refs: ConversationRefStore;
  private readonly queue: WriteQueue;
  private closed = false;

  private constructor(
    private readonly db: Low<LowData>,
    readonly file: string,
  ) {
    this.queue = new WriteQueue(() => this.db.write());
    const data = () => this.db.data;
    const commit = () => this.commit();

    this.profiles = {
      async get(userKey) {
        return data().profiles[userKey];
      },
      async put(profile) {
        data().profiles[profile.userKey] = profile;
        await commit();
      },
      async delete(userKey) {
        if (!(userKey in data().profiles)) return false;
        delete data().profiles[userKey];
        await commit();
        return true;
      },
      async count() {
        return Object.keys(data().profiles).length;
      },
    };

    this.dialogs = {
      async get(userKey, conversationKey) {
        return data().dialogs[dialogKey(userKey, conversationKey)];
      },
      async put(userKey, conversationKey, state) {
        const key = dialogKey(userKey, conversationKey);
        if (state) data().dialogs[key] = state;
        else if (key in data().dialogs) delete data().dialogs[key];
        else return;
        await commit();
      },
      async deleteUser(userKey) {
        const prefix = `${userKey}\u0000`;
        let n = 0;
        for (const key of Object.keys(data().dialogs)) {
          if (key.startsWith(prefix)) {
            delete data().dialogs[key];
            n++;
          }
        }
        if (n > 0) await commit();
        return n;
      },
    };

    this.refs = {
      async get(userKey) {
        return data().refs[userKey];
      },
      async put(ref) {
        data().refs[ref.userKey] = ref;
        await commit();
      },
      async delete(userKey) {
        if (!(userKey in data().refs)) return false;
        delete data().refs[userKey];
        await commit();
        return true;
      },
    };
  }

  /** Opens (or creates) the data file in `dataDir`. Refuses an empty or corrupt file without touching it. */
  static async open(dataDir: string): Promise<LowStore> {
    await mkdir(dataDir, { recursive: true });
    const file = join(dataDir, DATA_FILE);
    const adapter = new DurableJSONFile<LowData>(file);
    const db = new Low<LowData>(adapter, emptyData());
    // Read through the adapter directly: lowdb would replace a missing file with the defaults silently.
    const raw = await adapter.read();
    const fresh = raw === null;
    const loaded = raw ?? emptyData();
    if (typeof loaded !== 'object' || Array.isArray(loaded) || typeof loaded.schemaVersion !== 'number') {
      throw new StoreOpenError(
        `The data file ${file} is not a Career Companion store (no schemaVersion). It has been left untouched. Point DATA_DIR at another folder, or restore a backup.`,
      );
    }
    if (loaded.schemaVersion > SCHEMA_VERSION) {
      throw new StoreOpenError(
        `The data file ${file} was written by a newer version (schema ${loaded.schemaVersion}; this version reads up to ${SCHEMA_VERSION}). Upgrade Career Companion.`,
      );
    }
    db.data = {
      schemaVersion: SCHEMA_VERSION,
      profiles: dict(loaded.profiles),
      dialogs: dict(loaded.dialogs),
      refs: dict(loaded.refs),
    };
    const store = new LowStore(db, file);
    if (fresh) await store.commit();
    return store;
  }

  commit(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    return this.queue.commit();
  }

  get writeCount(): number {
    return this.queue.writes;
  }

  async health(): Promise<StoreHealth> {
    return { ok: !this.closed, kind: 'lowdb', detail: this.file };
  }

  async close(): Promise<void> {
    await this.queue.idle();
    this.closed = true;
  }
}
