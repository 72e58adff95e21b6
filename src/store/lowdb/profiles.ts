/** Profiles in the embedded store (people document, collection `profiles`). */
import type { Profile, ProfileStore } from '../ports.js';
import type { LowContext } from './context.js';

/**
 * Who names whom as their line manager. The weekly digest asks for each
 * manager's reports, so at 20,000 people this saves reading every profile
 * once per manager. It is built on first use and kept up to date by `put`
 * and `delete`, the only writers of the collection.
 */
class ManagerIndex {
  private readonly reports = new Map<string, Set<string>>();
  private readonly managerOf = new Map<string, string>();

  static of(profiles: Iterable<Profile>): ManagerIndex {
    const index = new ManagerIndex();
    for (const p of profiles) index.set(p.userKey, p.managerKey);
    return index;
  }

  set(userKey: string, managerKey: string | undefined): void {
    const next = typeof managerKey === 'string' ? managerKey : undefined;
    const old = this.managerOf.get(userKey);
    if (old === next) return;
    if (old !== undefined) {
      const set = this.reports.get(old);
      set?.delete(userKey);
      if (set?.size === 0) this.reports.delete(old);
      this.managerOf.delete(userKey);
    }
    if (next !== undefined) {
      this.managerOf.set(userKey, next);
      let set = this.reports.get(next);
      if (!set) this.reports.set(next, (set = new Set()));
      set.add(userKey);
    }
  }

  reportsOf(managerKey: string): Iterable<string> {
    return this.reports.get(managerKey) ?? [];
  }
}

export function lowProfiles(ctx: LowContext): ProfileStore {
  const { people } = ctx;
  const profiles = () => people.data.profiles;
  let index: ManagerIndex | undefined;
  // A profile put back after a failed write keeps its line manager in the index.
  people.onRestore((collection, userKey) => {
    if (collection === 'profiles') index?.set(userKey, profiles()[userKey]?.managerKey);
  });
  return {
    async get(userKey) {
      return profiles()[userKey];
    },
    async put(profile) {
      people.touch('profiles', profile.userKey);
      profiles()[profile.userKey] = profile;
      index?.set(profile.userKey, profile.managerKey);
      await ctx.commit(people);
    },
    async delete(userKey) {
      if (!(userKey in profiles())) return false;
      people.touch('profiles', userKey);
      delete profiles()[userKey];
      index?.set(userKey, undefined);
      people.scrub();
      await ctx.commit(people);
      return true;
    },
    async count() {
      return Object.keys(profiles()).length;
    },
    async list() {
      return Object.values(profiles());
    },
    async listForManager(managerKey) {
      index ??= ManagerIndex.of(Object.values(profiles()));
      const all = profiles();
      const out: Profile[] = [];
      for (const userKey of index.reportsOf(managerKey)) {
        const p = all[userKey];
        // The profile itself has the last word, should a caller have changed it in place without saving.
        if (p?.managerKey === managerKey) out.push(p);
      }
      return out;
    },
  };
}
