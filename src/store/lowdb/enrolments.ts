/** Enrolments in the embedded store (people document, collection `enrolments`). */
import type { EnrolmentStore } from '../ports.js';
import { removeWhere, type LowContext } from './context.js';

export function lowEnrolments(ctx: LowContext): EnrolmentStore {
  const { people } = ctx;
  const enrolments = () => people.data.enrolments;
  return {
    async get(id) {
      return enrolments()[id];
    },
    async put(e) {
      people.touch('enrolments', e.id);
      enrolments()[e.id] = e;
      await ctx.commit(people);
    },
    async list() {
      return Object.values(enrolments());
    },
    async listForUser(userKey) {
      return Object.values(enrolments()).filter((e) => e.userKey === userKey || e.subject === userKey);
    },
    async listForSupporter(userKey) {
      return Object.values(enrolments()).filter((e) => e.managerKey === userKey || e.preceptorKey === userKey);
    },
    async deleteUser(userKey) {
      return removeWhere(ctx, people, 'enrolments', enrolments(), (e) => e.userKey === userKey || e.subject === userKey);
    },
  };
}
