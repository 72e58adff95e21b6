/**
 * Putting a person on a check-in programme: one enrolment row plus its
 * check-in reminders. Used by the chat (enrol-dialog.ts) and the CSV import
 * (src/cli/enrol.ts).
 *
 * Enrolling is idempotent: the same input again writes nothing and answers
 * 'unchanged'. A new start date cancels the pending check-ins planned for the
 * old one and plans new ones under new ids.
 *
 * Who is enrolled (the subject) is either a user key (`teams:…`, `slack:…`,
 * `local:…`) or an identity to match later (`aad:<object id>`, `email:<address>`):
 * an identity is matched through stored conversation references now, or by
 * `resolvePendingEnrolments` when the person first messages the bot.
 */
import type { Config } from '../../src/config.js';
import type { Services } from '../../src/core/dialog.js';
import type { Platform } from '../../src/core/messages.js';
import type { Content, Programme } from '../../src/content/model.js';
import type { Enrolment, Reminder, Store } from '../../src/store/ports.js';
import { planCheckins } from '../checkins/plan.js';
import { addMonths, isIsoDate, localDate } from '../../src/time/zone.js';
import { recordAudit, type HasAuditor } from '../../src/core/audit.js';
import { isUserKey, normaliseKey, platformOf } from '../../src/user-keys.js';
import { enrolmentWords } from './wording.js';

export type ScheduleSettings = Pick<Config['scheduler'], 'timeZone' | 'checkinTime'>;

export interface EnrolInput {
  subject: string;
  programmeId: string;
  /** First day, YYYY-MM-DD in the trust's time zone. */
  startDate: string;
  managerKey?: string;
  preceptorKey?: string;
  /** Next appraisal (PDR) due, YYYY-MM-DD. */
  appraisalDue?: string;
  /** User key of whoever enrolled them, or `csv`. */
  enrolledBy: string;
  /** The person's name, when the one enrolling gave it (an @mention, a CSV `name` column). */
  displayName?: string;
  /** Their display name, when the platform gave it (told to the person enrolled). */
  enrolledByName?: string;
}

/** Longest display name kept. */
export const MAX_DISPLAY_NAME = 100;

/** A display name as kept: trimmed, one line, at most MAX_DISPLAY_NAME characters; undefined when empty. */
export function cleanDisplayName(name: string | undefined): string | undefined {
  const n = name?.replace(/\s+/g, ' ').trim().slice(0, MAX_DISPLAY_NAME);
  return n ? n : undefined;
}

export type EnrolStatus = 'created' | 'unchanged' | 'updated';

export interface EnrolResult {
  status: EnrolStatus;
  enrolment: Enrolment;
  /** Check-in reminders added (or brought back) by this call. */
  planned: number;
}

export type EnrolField = 'subject' | 'programmeId' | 'startDate' | 'managerKey' | 'preceptorKey' | 'appraisalDue';

export interface EnrolProblem {
  field: EnrolField;
  reason: string;
}

export class EnrolError extends Error {
  constructor(readonly problems: EnrolProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.reason}`).join('; '));
    this.name = 'EnrolError';
  }
}

/**
 * Why a start date cannot be used, or undefined when it can: words from
 * content/wording/enrolment.yaml (`dateProblems`), said in the chat and by `enrol --csv`.
 */
export function startDateProblem(content: Pick<Content, 'wording'>, date: string, now: Date, timeZone: string): string | undefined {
  const w = enrolmentWords(content).dateProblems;
  if (!isIsoDate(date)) return w.notADate;
  const today = localDate(now, timeZone);
  if (date < addMonths(today, -12)) return w.longAgo;
  if (date > addMonths(today, 24)) return w.farAhead;
  return undefined;
}

/** Every problem with the input, in field order. Expects keys already normalised. */
export function validateEnrolment(services: Pick<Services, 'content'>, input: EnrolInput, now: Date, timeZone: string): EnrolProblem[] {
  const problems: EnrolProblem[] = [];
  if (!normaliseKey(input.subject)) problems.push({ field: 'subject', reason: 'not a user key, Entra object id or email address' });
  if (!services.content.programmes.has(input.programmeId)) problems.push({ field: 'programmeId', reason: 'no programme with this id' });
  const dateProblem = startDateProblem(services.content, input.startDate, now, timeZone);
  if (dateProblem) problems.push({ field: 'startDate', reason: dateProblem });
  if (input.managerKey !== undefined && !normaliseKey(input.managerKey)) problems.push({ field: 'managerKey', reason: 'not a user key, Entra object id or email address' });
  if (input.preceptorKey !== undefined && !normaliseKey(input.preceptorKey)) problems.push({ field: 'preceptorKey', reason: 'not a user key, Entra object id or email address' });
  if (input.appraisalDue !== undefined && !isIsoDate(input.appraisalDue)) problems.push({ field: 'appraisalDue', reason: enrolmentWords(services.content).dateProblems.notADate });
  return problems;
}

/** The user key for a key: itself for user keys; for `aad:`/`email:`, the person with that alias if they have messaged the bot. */
export async function resolveKey(store: Store, key: string): Promise<string | undefined> {
  if (isUserKey(key)) return key;
  return (await store.refs.findByAlias(key))?.userKey;
}

function platformOfKey(userKey: string): Platform {
  const p = platformOf(userKey);
  return p === 'teams' || p === 'slack' ? p : 'local';
}

/** The enrolment's check-ins, with the ids already in use for this start date. */
function currentPlan(enrolment: Enrolment, programme: Programme, settings: ScheduleSettings, now: Date, existing: Map<string, Reminder>): Reminder[] {
  const opts = { ...settings, now };
  const base = planCheckins(enrolment, programme, opts);
  // The plain ids belong to whichever start date was planned first. If they were
  // planned for another date, this date's rows carry the date in their ids.
  const clash = base.some((r) => {
    const old = existing.get(r.id);
    return old !== undefined && localDate(new Date(old.originalDueAt), settings.timeZone) !== localDate(new Date(r.originalDueAt), settings.timeZone);
  });
  return clash ? planCheckins(enrolment, programme, opts, enrolment.startDate) : base;
}

function same(a: Enrolment, b: Enrolment): boolean {
  return (
    a.userKey === b.userKey &&
    a.programmeId === b.programmeId &&
    a.startDate === b.startDate &&
    a.managerKey === b.managerKey &&
    a.preceptorKey === b.preceptorKey &&
    a.displayName === b.displayName &&
    a.status === b.status
  );
}

/**
 * Enrols a person on a programme (or changes their enrolment) and plans their
 * check-ins. Throws EnrolError when the input cannot be used. With `dryRun`,
 * works out the result without writing anything.
 */
export async function enrol(
  services: Pick<Services, 'store' | 'content'>,
  settings: ScheduleSettings,
  input: EnrolInput,
  now: Date,
  opts: { dryRun?: boolean } = {},
): Promise<EnrolResult> {
  const { store, content } = services;
  const subject = normaliseKey(input.subject) ?? input.subject;
  const managerIn = input.managerKey !== undefined ? (normaliseKey(input.managerKey) ?? input.managerKey) : undefined;
  const preceptorIn = input.preceptorKey !== undefined ? (normaliseKey(input.preceptorKey) ?? input.preceptorKey) : undefined;
  const clean: EnrolInput = { ...input, subject, ...(managerIn ? { managerKey: managerIn } : {}), ...(preceptorIn ? { preceptorKey: preceptorIn } : {}) };
  const problems = validateEnrolment(services, clean, now, settings.timeZone);
  if (problems.length > 0) throw new EnrolError(problems);
  const programme = content.programmes.get(input.programmeId)!;
  const at = now.toISOString();

  const userKey = await resolveKey(store, subject);
  const managerKey = managerIn ? ((await resolveKey(store, managerIn)) ?? managerIn) : undefined;
  const preceptorKey = preceptorIn ? ((await resolveKey(store, preceptorIn)) ?? preceptorIn) : undefined;

  const displayName = cleanDisplayName(input.displayName);
  const id = `${programme.id}|${subject}`;
  let found = await store.enrolments.get(id);
  if (!found && userKey && userKey !== subject) {
    // Already enrolled under another form of the same person (e.g. from chat, then from a CSV by Entra id).
    found = (await store.enrolments.listForUser(userKey)).find((e) => e.programmeId === programme.id);
  }
  // The store may hand back its own object: never change it in place.
  const existing = found ? structuredClone(found) : undefined;

  let next: Enrolment;
  if (existing) {
    next = { ...existing, startDate: input.startDate };
    if (userKey && !existing.userKey) next.userKey = userKey;
    if (managerKey) next.managerKey = managerKey;
    if (preceptorKey) next.preceptorKey = preceptorKey;
    if (displayName) next.displayName = displayName;
  } else {
    next = {
      id,
      subject,
      ...(userKey ? { userKey } : {}),
      programmeId: programme.id,
      startDate: input.startDate,
      ...(managerKey ? { managerKey } : {}),
      ...(preceptorKey ? { preceptorKey } : {}),
      enrolledBy: input.enrolledBy,
      ...(displayName ? { displayName } : {}),
      ...(input.enrolledByName && input.enrolledBy !== (userKey ?? subject) ? { enrolledByName: input.enrolledByName } : {}),
      status: 'active',
      createdAt: at,
      updatedAt: at,
    };
  }
  const changed = !existing || !same(existing, next);
  const startChanged = existing !== undefined && existing.startDate !== next.startDate;
  const newlyLinked = existing !== undefined && !existing.userKey && next.userKey !== undefined;
  if (changed) next.updatedAt = at;
  if (changed && !opts.dryRun) await store.enrolments.put(next);
  // An admin change when someone else (a manager, a CSV import) enrols the person.
  if (changed && !opts.dryRun && input.enrolledBy !== (userKey ?? subject)) {
    await recordAudit(services as HasAuditor, 'enrolment', isUserKey(input.enrolledBy) ? input.enrolledBy : 'system', userKey ?? subject, { programme: programme.id, created: !existing });
  }

  // Check-ins: only while the enrolment is running (a withdrawn one stays withdrawn).
  let planned = 0;
  let remindersChanged = false;
  if (next.status === 'active' || next.status === 'paused') {
    const rows = await store.reminders.listByPayload('enrolmentId', next.id);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const plan = currentPlan(next, programme, settings, now, byId);
    const planIds = new Set(plan.map((r) => r.id));
    const fresh = plan.filter((r) => !byId.has(r.id));
    planned += fresh.length;
    if (startChanged) {
      for (const r of rows) {
        // Nudges are left alone: one belongs to a check-in already sent, and the check-in handler owns them.
        if (r.state === 'pending' && r.kind === 'checkin' && !planIds.has(r.id)) {
          remindersChanged = true;
          if (!opts.dryRun) await store.reminders.update(r.id, { state: 'cancelled', lastError: 'start date changed', updatedAt: at });
        }
      }
      // Back to a date planned before: bring its cancelled rows back.
      for (const r of plan) {
        const old = byId.get(r.id);
        if (old?.state !== 'cancelled') continue;
        planned++;
        if (!opts.dryRun) {
          await store.reminders.update(r.id, { state: 'pending', userKey: r.userKey, dueAt: r.dueAt, originalDueAt: r.originalDueAt, attempts: 0, updatedAt: at });
        }
      }
    }
    if (newlyLinked && next.userKey) {
      for (const r of rows) {
        if (r.state === 'pending' && r.userKey !== next.userKey && (!startChanged || planIds.has(r.id))) {
          remindersChanged = true;
          if (!opts.dryRun) await store.reminders.update(r.id, { userKey: next.userKey, updatedAt: at });
        }
      }
    }
    if (fresh.length > 0 && !opts.dryRun) await store.reminders.insertNew(fresh);
  }

  // The appraisal date lives on the person's profile, so only for someone we can name.
  let profileChanged = false;
  if (input.appraisalDue && next.userKey) {
    const profile = await store.profiles.get(next.userKey);
    if (profile?.appraisalDue !== input.appraisalDue) {
      profileChanged = true;
      if (!opts.dryRun) {
        const updated = profile
          ? { ...structuredClone(profile), appraisalDue: input.appraisalDue, updatedAt: at }
          : { userKey: next.userKey, platform: platformOfKey(next.userKey), createdAt: at, updatedAt: at, appraisalDue: input.appraisalDue };
        await store.profiles.put(updated);
      }
    }
  }

  const status: EnrolStatus = !existing ? 'created' : changed || planned > 0 || remindersChanged || profileChanged ? 'updated' : 'unchanged';
  return { status, enrolment: next, planned };
}

/**
 * Links enrolments waiting for a person who has now messaged the bot: those
 * whose subject is one of their aliases (e.g. `aad:<object id>`) get their
 * user key, and their pending reminders are re-pointed at it. Enrolments where
 * they were named as manager or preceptor by alias point at them too.
 * Returns how many enrolments changed. Call it after saving the person's
 * conversation reference (the Teams adapter knows their `aad:` alias).
 */
export async function resolvePendingEnrolments(services: Pick<Services, 'store' | 'clock'>, userKey: string, aliases: string[]): Promise<number> {
  const wanted = new Set(aliases.map((a) => normaliseKey(a) ?? a).filter((a) => a !== userKey));
  if (wanted.size === 0) return 0;
  const { store } = services;
  const at = services.clock().toISOString();
  let changed = 0;
  for (const found of await store.enrolments.list()) {
    const e = structuredClone(found);
    const linksSubject = wanted.has(e.subject) && !e.userKey;
    const isManager = e.managerKey !== undefined && wanted.has(e.managerKey);
    const isPreceptor = e.preceptorKey !== undefined && wanted.has(e.preceptorKey);
    if (!linksSubject && !isManager && !isPreceptor) continue;
    if (linksSubject) e.userKey = userKey;
    if (isManager) e.managerKey = userKey;
    if (isPreceptor) e.preceptorKey = userKey;
    e.updatedAt = at;
    await store.enrolments.put(e);
    changed++;
    if (linksSubject) {
      for (const r of await store.reminders.listByPayload('enrolmentId', e.id)) {
        if (r.state === 'pending' && r.userKey !== userKey) await store.reminders.update(r.id, { userKey, updatedAt: at });
      }
    }
  }
  return changed;
}
