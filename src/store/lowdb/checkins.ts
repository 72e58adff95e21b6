/** Check-in answers in the embedded store (people document, collection `checkins`). */
import type { CheckinStore } from '../ports.js';
import { removeWhere, type LowContext } from './context.js';

export function lowCheckins(ctx: LowContext): CheckinStore {
  const { people } = ctx;
  const checkins = () => people.data.checkins;
  return {
    async get(id) {
      return checkins()[id];
    },
    async put(a) {
      people.touch('checkins', a.id);
      checkins()[a.id] = a;
      await ctx.commit(people);
    },
    async listForUser(userKey) {
      return Object.values(checkins()).filter((a) => a.userKey === userKey);
    },
    async listForEnrolment(enrolmentId) {
      return Object.values(checkins()).filter((a) => a.enrolmentId === enrolmentId);
    },
    async purgeTextBefore(before) {
      const cutoff = before.toISOString();
      let n = 0;
      for (const a of Object.values(checkins())) {
        if (a.answeredAt < cutoff && Object.keys(a.text).length > 0) {
          people.touch('checkins', a.id);
          a.text = {};
          n++;
        }
      }
      if (n > 0) {
        people.scrub();
        await ctx.commit(people);
      }
      return n;
    },
    async deleteUser(userKey) {
      return removeWhere(ctx, people, 'checkins', checkins(), (a) => a.userKey === userKey);
    },
  };
}
