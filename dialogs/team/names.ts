/**
 * Keeps the name the platform sends when a person writes (Teams sends it with
 * every message; Slack's adapter looks it up), so that their line manager's
 * and preceptor's summaries can name them. Only for someone who has a line
 * manager or is on a programme, only when no name is kept yet, and only one
 * field (`displayName` on the profile or the enrolment). Erased with the rest
 * of the person's data.
 */
import type { TurnInterceptor } from '../../src/core/runtime.js';
import type { Enrolment, Profile } from '../../src/store/ports.js';
import { cleanDisplayName } from '../enrolment/enrol.js';

export const rememberName: TurnInterceptor = async (ctx) => {
  const name = cleanDisplayName(ctx.msg.userName);
  if (!name) return;
  const { store } = ctx.services;
  const key = ctx.msg.userKey;
  const at = ctx.services.clock().toISOString();
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
};
