/**
 * Keeps the name the platform sends when a person writes (Teams sends it with
 * every message; Slack's adapter looks it up), so that their line manager's
 * and preceptor's summaries can name them. Only for someone who has a line
 * manager or is on a programme, only when no name is kept yet, and only one
 * field (`displayName` on the profile or the enrolment). Erased with the rest
 * of the person's data.
 *
 * Looking costs a pass over the person's enrolments, and Teams sends the name
 * with every message, so each person and name is looked at most once every
 * RECHECK_MS in a process: someone enrolled with a manager while they are
 * chatting has their name kept on a message after that.
 */
import type { TurnInterceptor } from '../../src/core/runtime.js';
import type { Enrolment, Profile } from '../../src/store/ports.js';
import { cleanDisplayName } from '../enrolment/enrol.js';

/** How long a person and name, once looked at, are not looked at again. */
export const RECHECK_MS = 10 * 60 * 1000;
/** The most people remembered as looked at; the oldest go first. */
const MAX_CHECKED = 10_000;

/** When each person was last looked at with a name, by store (tests and tools open more than one). */
const checked = new WeakMap<object, Map<string, { name: string; at: number }>>();

export const rememberName: TurnInterceptor = async (ctx) => {
  const name = cleanDisplayName(ctx.msg.userName);
  if (!name) return;
  const { store } = ctx.services;
  const key = ctx.msg.userKey;
  const now = ctx.services.clock();
  let seen = checked.get(store);
  if (!seen) checked.set(store, (seen = new Map()));
  const last = seen.get(key);
  if (last && last.name === name && now.getTime() - last.at < RECHECK_MS && now.getTime() >= last.at) return;
  const at = now.toISOString();
  const profile = await store.profiles.get(key);
  if (profile?.managerKey && !profile.displayName) {
    const next: Profile = { ...structuredClone(profile), displayName: name, updatedAt: at };
    await store.profiles.put(next);
  }
  for (const e of await store.enrolments.listForUser(key)) {
    if (e.displayName || (!e.managerKey && !e.preceptorKey)) continue;
    const next: Enrolment = { ...structuredClone(e), displayName: name, updatedAt: at };
    await store.enrolments.put(next);
  }
  // Only once all is saved: a failed write is tried again on the next message.
  seen.delete(key);
  seen.set(key, { name, at: now.getTime() });
  if (seen.size > MAX_CHECKED) seen.delete(seen.keys().next().value!);
};
