/**
 * Enrolments in the embedded store (people document, collection `enrolments`).
 *
 * `listForUser` and `listForSupporter` run on many turns, so they look people
 * up in two indexes (person → enrolment ids, supporter → enrolment ids) kept in
 * step with every put and delete, instead of reading every enrolment. The
 * indexes are built from the document the first time they are needed. Results
 * come in the order the enrolments were first stored, as a scan would give.
 */
import type { Enrolment, EnrolmentStore } from '../ports.js';
import { removeWhere, type LowContext } from './context.js';

/** The person keys and supporter keys an enrolment is found by. */
function personKeys(e: Enrolment): string[] {
  return e.userKey === undefined || e.userKey === e.subject ? [e.subject] : [e.subject, e.userKey];
}
function supporterKeys(e: Enrolment): string[] {
  const out: string[] = [];
  if (e.managerKey !== undefined) out.push(e.managerKey);
  if (e.preceptorKey !== undefined && e.preceptorKey !== e.managerKey) out.push(e.preceptorKey);
  return out;
}

/** Ids by key, remembering which keys each id was filed under (so a changed enrolment is refiled correctly). */
class KeyIndex {
  private readonly ids = new Map<string, Set<string>>();
  private readonly filed = new Map<string, string[]>();

  set(id: string, keys: string[]): void {
    this.remove(id);
    for (const k of keys) {
      let set = this.ids.get(k);
      if (!set) this.ids.set(k, (set = new Set()));
      set.add(id);
    }
    this.filed.set(id, keys);
  }

  remove(id: string): void {
    for (const k of this.filed.get(id) ?? []) {
      const set = this.ids.get(k);
      set?.delete(id);
      if (set?.size === 0) this.ids.delete(k);
    }
    this.filed.delete(id);
  }

  get(key: string): ReadonlySet<string> | undefined {
    return this.ids.get(key);
  }
}

export function lowEnrolments(ctx: LowContext): EnrolmentStore {
  const { people } = ctx;
  const enrolments = () => people.data.enrolments;
  let index: { byPerson: KeyIndex; bySupporter: KeyIndex; order: Map<string, number>; next: number } | undefined;

  const file = (e: Enrolment) => {
    const ix = index!;
    if (!ix.order.has(e.id)) ix.order.set(e.id, ix.next++);
    ix.byPerson.set(e.id, personKeys(e));
    ix.bySupporter.set(e.id, supporterKeys(e));
  };
  const unfile = (id: string) => {
    const ix = index!;
    ix.order.delete(id);
    ix.byPerson.remove(id);
    ix.bySupporter.remove(id);
  };
  const indexes = () => {
    if (!index) {
      index = { byPerson: new KeyIndex(), bySupporter: new KeyIndex(), order: new Map(), next: 0 };
      for (const e of Object.values(enrolments())) file(e);
    }
    return index;
  };
  const lookup = (ids: ReadonlySet<string> | undefined, keep: (e: Enrolment) => boolean): Enrolment[] => {
    if (!ids || ids.size === 0) return [];
    const { order } = indexes();
    const map = enrolments();
    const out: Enrolment[] = [];
    for (const id of ids) {
      const e = map[id];
      // The check repeats the scan's rule, so the index can only narrow what is read, never change the answer.
      if (e && keep(e)) out.push(e);
    }
    return out.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  };

  // A failed write puts enrolments back as they were (or takes new ones away): file them again to match.
  people.onRestore((collection, id) => {
    if (collection !== 'enrolments' || !index) return;
    const e = enrolments()[id];
    if (e) file(e);
    else unfile(id);
  });

  return {
    async get(id) {
      return enrolments()[id];
    },
    async put(e) {
      const ix = indexes();
      // Stored anew (not replacing one with the same id): it goes last, as in the document.
      if (!(e.id in enrolments())) ix.order.delete(e.id);
      people.touch('enrolments', e.id);
      enrolments()[e.id] = e;
      file(e);
      await ctx.commit(people);
    },
    async list() {
      return Object.values(enrolments());
    },
    async listForUser(userKey) {
      return lookup(indexes().byPerson.get(userKey), (e) => e.userKey === userKey || e.subject === userKey);
    },
    async listForSupporter(userKey) {
      return lookup(indexes().bySupporter.get(userKey), (e) => e.managerKey === userKey || e.preceptorKey === userKey);
    },
    async deleteUser(userKey) {
      indexes();
      return removeWhere(ctx, people, 'enrolments', enrolments(), (e, id) => {
        const match = e.userKey === userKey || e.subject === userKey;
        if (match) unfile(id);
        return match;
      });
    },
  };
}
