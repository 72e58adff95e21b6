/**
 * Right to erasure (UK GDPR Article 17): removes everything Career Companion
 * holds about one person, from every store port.
 *
 * Removed: the profile, dialog state in every conversation, career plans,
 * check-in answers, messages planned for them, enrolments where they are the
 * subject (by user key or by an alias such as `aad:<object id>` a bulk import
 * used), and the conversation reference (last, so nothing written earlier in
 * the same turn can bring it back).
 *
 * Where colleagues' records name them as line manager or preceptor, the link
 * is removed (managerKey, managerName, preceptorKey, a plan's sharedWith, a
 * check-in's escalatedTo); the colleagues' own data stays.
 *
 * Then the copies the store keeps itself (the embedded store's backups and
 * the damaged files `store restore` kept aside) are rewritten without them
 * (`Store.eraseFromCopies`).
 *
 * Kept: nothing that names them. The audit log keeps its lines about them
 * under a pseudonym (a keyed hash), including one saying that an erasure
 * happened. The dedupe records hold hashed message ids, never a person.
 */
import type { CopiesErased, Enrolment, Store } from '../store/ports.js';
import { enrolmentsAbout, identitiesOf } from './export.js';

export interface ErasureResult {
  /** Records removed, by kind. */
  removed: {
    profile: number;
    conversations: number;
    plans: number;
    checkins: number;
    reminders: number;
    enrolments: number;
    reference: number;
  };
  /** Colleagues' records that named the person as manager or preceptor, now without that link. */
  unlinked: { profiles: number; enrolments: number; plans: number; checkins: number; reminders: number };
  /** Backups and kept damaged files rewritten without them; absent when the store keeps no copies (Postgres). */
  copies?: CopiesErased;
}

export function erasureTotal(r: ErasureResult): number {
  return Object.values(r.removed).reduce((a, b) => a + b, 0);
}

/** Erases everything held about `userKey`. Safe to run again: a second run finds nothing. */
export async function erasePerson(store: Store, userKey: string, now: Date = new Date()): Promise<ErasureResult> {
  const at = now.toISOString();
  // Aliases come from the profile and the reference, so read them before either goes.
  const identities = await identitiesOf(store, userKey);
  const aliases = identities.filter((id) => id !== userKey);
  const about = await enrolmentsAbout(store, userKey);
  const aboutIds = new Set(about.map((e) => e.id));

  const removed: ErasureResult['removed'] = { profile: 0, conversations: 0, plans: 0, checkins: 0, reminders: 0, enrolments: 0, reference: 0 };
  const unlinked: ErasureResult['unlinked'] = { profiles: 0, enrolments: 0, plans: 0, checkins: 0, reminders: 0 };

  // 1. Links from colleagues' records to this person (as their manager or preceptor).
  for (const p of await store.profiles.listForManager(userKey)) {
    if (p.userKey === userKey) continue;
    const next = structuredClone(p);
    delete next.managerKey;
    delete next.managerName;
    next.updatedAt = at;
    await store.profiles.put(next);
    unlinked.profiles++;
  }
  const supported: Enrolment[] = [];
  for (const e of await store.enrolments.list()) {
    if (aboutIds.has(e.id)) continue;
    if (e.managerKey !== userKey && e.preceptorKey !== userKey && e.enrolledBy !== userKey) continue;
    const next = structuredClone(e);
    if (next.managerKey === userKey) delete next.managerKey;
    if (next.preceptorKey === userKey) delete next.preceptorKey;
    if (next.enrolledBy === userKey) {
      next.enrolledBy = 'erased';
      delete next.enrolledByName;
    }
    next.updatedAt = at;
    await store.enrolments.put(next);
    supported.push(e);
    unlinked.enrolments++;
  }
  for (const e of supported) {
    for (const a of await store.checkins.listForEnrolment(e.id)) {
      if (a.escalatedTo !== userKey) continue;
      const next = structuredClone(a);
      delete next.escalatedTo;
      await store.checkins.put(next);
      unlinked.checkins++;
    }
  }
  for (const plan of await store.plans.listSharedWith(userKey)) {
    if (plan.userKey === userKey) continue;
    const next = structuredClone(plan);
    delete next.sharedWith;
    await store.plans.put(next);
    unlinked.plans++;
  }

  // 2. The person's own records.
  removed.conversations = await store.dialogs.deleteUser(userKey);
  removed.plans = await store.plans.deleteUser(userKey);
  for (const id of identities) removed.checkins += await store.checkins.deleteUser(id);
  for (const id of identities) removed.reminders += await store.reminders.deleteUser(id);
  // Messages to someone else about one of the person's enrolments (rare): the store cannot delete them by id, so they are cancelled and stripped of their links.
  for (const enrolmentId of aboutIds) {
    for (const r of await store.reminders.listByPayload('enrolmentId', enrolmentId)) {
      await store.reminders.update(r.id, { state: 'cancelled', payload: {}, lastError: 'erased', updatedAt: at });
      unlinked.reminders++;
    }
  }
  removed.enrolments = await store.enrolments.deleteUser(userKey);
  for (const alias of aliases) removed.enrolments += await store.enrolments.deleteUser(alias);
  removed.profile = (await store.profiles.delete(userKey)) ? 1 : 0;

  // 3. Last: how to reach them. The channel adapters save it before a turn runs, so deleting it
  //    here, at the end of the turn, leaves nothing behind.
  removed.reference = (await store.refs.delete(userKey)) ? 1 : 0;

  // 4. The copies the store keeps (backups, damaged files kept aside), once the live data is on disk without them.
  const copies = await store.eraseFromCopies?.({ identities, recordIds: [...aboutIds] });
  return { removed, unlinked, ...(copies ? { copies } : {}) };
}
