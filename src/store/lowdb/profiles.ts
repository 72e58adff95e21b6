/** Profiles in the embedded store (people document, collection `profiles`). */
import type { ProfileStore } from '../ports.js';
import type { LowContext } from './context.js';

export function lowProfiles(ctx: LowContext): ProfileStore {
  const { people } = ctx;
  const profiles = () => people.data.profiles;
  return {
    async get(userKey) {
      return profiles()[userKey];
    },
    async put(profile) {
      profiles()[profile.userKey] = profile;
      people.touch('profiles', profile.userKey);
      await ctx.commit(people);
    },
    async delete(userKey) {
      if (!(userKey in profiles())) return false;
      delete profiles()[userKey];
      people.touch('profiles', userKey);
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
      return Object.values(profiles()).filter((x) => x.managerKey === managerKey);
    },
  };
}
