/** Reminders in the embedded store (the reminders document, `reminders.jsonl`). Reads return copies. */
import type { Reminder, ReminderState, ReminderStore } from '../ports.js';
import { removeWhere, type LowContext } from './context.js';

const REMINDER_STATES: ReminderState[] = ['pending', 'claimed', 'sent', 'missed', 'failed', 'cancelled'];

export function lowReminders(ctx: LowContext): ReminderStore {
  const { timeline } = ctx;
  const r = () => timeline.data.reminders;
  return {
    async get(id) {
      return r()[id];
    },
    async insertNew(list) {
      let n = 0;
      for (const rem of list) {
        if (rem.id in r()) continue;
        timeline.touch('reminders', rem.id);
        r()[rem.id] = rem;
        n++;
      }
      if (n > 0) await ctx.commit(timeline);
      return n;
    },
    async claimDue(now, owner, leaseMs, limit) {
      const at = now.toISOString();
      const until = new Date(now.getTime() + leaseMs).toISOString();
      const due: Reminder[] = [];
      for (const rem of Object.values(r())) {
        const claimable = (rem.state === 'pending' && rem.dueAt <= at) || (rem.state === 'claimed' && (!rem.lease || rem.lease.until <= at));
        if (claimable) due.push(rem);
      }
      due.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
      const claimed = due.slice(0, limit);
      for (const rem of claimed) {
        timeline.touch('reminders', rem.id);
        rem.state = 'claimed';
        rem.lease = { owner, until };
        rem.updatedAt = at;
      }
      if (claimed.length > 0) await ctx.commit(timeline);
      return claimed.map((x) => structuredClone(x));
    },
    async update(id, change, owner) {
      const rem = r()[id];
      if (!rem) return false;
      if (owner !== undefined && rem.lease?.owner !== owner) return false;
      timeline.touch('reminders', id);
      Object.assign(rem, change);
      if (change.lease === undefined && 'lease' in change) delete rem.lease;
      await ctx.commit(timeline);
      return true;
    },
    async listDue(now, limit) {
      const at = now.toISOString();
      return Object.values(r())
        .filter((x) => x.state === 'pending' && x.dueAt <= at)
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1))
        .slice(0, limit)
        .map((x) => structuredClone(x));
    },
    async listForUser(userKey) {
      return Object.values(r())
        .filter((x) => x.userKey === userKey)
        .map((x) => structuredClone(x));
    },
    async listByPayload(key, value) {
      return Object.values(r())
        .filter((x) => x.payload[key] === value)
        .map((x) => structuredClone(x));
    },
    async countByState() {
      const counts = Object.fromEntries(REMINDER_STATES.map((s) => [s, 0])) as Record<ReminderState, number>;
      for (const x of Object.values(r())) counts[x.state]++;
      return counts;
    },
    async deleteUser(userKey) {
      return removeWhere(ctx, timeline, 'reminders', r(), (x) => x.userKey === userKey || x.payload['subjectKey'] === userKey);
    },
  };
}
