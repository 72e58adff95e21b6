/**
 * A turn's changes to the embedded store go to disk together, in one write,
 * when the turn ends, and succeed or fail together.
 *
 * A turn that saves a check-in answer and then where the person is in the
 * conversation used to wait for two flushes to disk, one after the other,
 * before its reply. Inside `run`, a commit only notes the document, and each
 * record the turn changes is held (src/store/journal.ts): other turns' writes
 * leave it out, and a rewrite of the file keeps its value from before the
 * turn. When the turn's work is done, the records are released and each
 * document it changed is written once; the reply waits for that write, as it
 * waited for each before. If the write fails, every change the turn made is
 * undone in memory (they were all in it), so the person is told it was not
 * saved and nothing of it is written later.
 *
 * `flushCurrent` writes what the turn has changed so far, for the moments a
 * turn must not go on before its changes are on disk: before a message goes
 * to someone else (a concern passed to a preceptor), and before an erasure
 * rewrites the store's copies.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyDoc } from './context.js';

interface Turn {
  /** Still gathering: its commits wait for its end. */
  open: boolean;
  docs: Set<AnyDoc>;
  held: Array<[AnyDoc, string, string]>;
}

export class TurnWrites {
  private readonly als = new AsyncLocalStorage<Turn>();

  /** `write` commits a document at once (the store's own commit, never deferred). */
  constructor(private readonly write: (doc: AnyDoc) => Promise<void>) {}

  private current(): Turn | undefined {
    const t = this.als.getStore();
    return t?.open ? t : undefined;
  }

  /** Inside a turn: notes the document for the turn's write and returns true (the caller does not write now). */
  defer(doc: AnyDoc): boolean {
    const t = this.current();
    if (!t) return false;
    t.docs.add(doc);
    return true;
  }

  /** A record was touched: inside a turn, no other write takes it until the turn's own. */
  touched(doc: AnyDoc, collection: string, id: string): void {
    const t = this.current();
    if (!t) return;
    doc.hold(collection, id);
    t.held.push([doc, collection, id]);
  }

  /** Runs one turn's work, then writes what it changed; resolves once that is on disk. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const t: Turn = { open: true, docs: new Set(), held: [] };
    let result: T;
    try {
      result = await this.als.run(t, work);
    } catch (err) {
      // What the turn saved before it failed is kept, as a write made at once would have been.
      t.open = false;
      await this.flush(t).catch(() => undefined);
      throw err;
    }
    t.open = false;
    await this.flush(t);
    return result;
  }

  /** Writes what the turn under way has changed so far (nothing outside a turn). */
  async flushCurrent(): Promise<void> {
    const t = this.current();
    if (t) await this.flush(t);
  }

  private async flush(t: Turn): Promise<void> {
    for (const [doc, collection, id] of t.held.splice(0)) doc.release(collection, id);
    const docs = [...t.docs];
    t.docs.clear();
    await Promise.all(docs.map((doc) => this.write(doc)));
  }
}
