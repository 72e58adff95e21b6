/** Conversation references in the embedded store (people document, collection `refs`). */
import type { ConversationRefStore } from '../ports.js';
import type { LowContext } from './context.js';

export function lowRefs(ctx: LowContext): ConversationRefStore {
  const { people, timeline } = ctx;
  const refs = () => people.data.refs;
  return {
    async get(userKey) {
      return refs()[userKey];
    },
    async put(ref) {
      people.touch('refs', ref.userKey);
      refs()[ref.userKey] = ref;
      await ctx.commit(people);
    },
    async delete(userKey) {
      // The last step of an erasure (src/privacy/erase.ts): both journals are
      // scrubbed, even when there was no reference, so that earlier changes in
      // the erasure (links removed from colleagues' records, reminders
      // stripped) leave no superseded lines naming the person.
      const had = userKey in refs();
      if (had) {
        people.touch('refs', userKey);
        delete refs()[userKey];
      }
      people.scrub();
      timeline.scrub();
      await Promise.all([ctx.commit(people), ctx.commit(timeline)]);
      return had;
    },
    async findByAlias(alias) {
      return Object.values(refs()).find((ref) => ref.aliases?.includes(alias));
    },
  };
}
