/**
 * What the enrolment dialog keeps while it asks, and the small helpers its
 * steps and its summary share.
 */
import type { StepContext, StepResult } from '../../src/core/dialog.js';
import type { Content, Programme } from '../../src/content/model.js';
import type { Enrolment, Profile } from '../../src/store/ports.js';
import { localDate } from '../../src/time/zone.js';
import { planCheckins } from '../checkins/plan.js';
import { shownCheckinDate } from '../checkins/shown-date.js';
import type { ScheduleSettings } from './enrol.js';
import { enrolmentWords, type EnrolmentWords } from './wording.js';

export interface EnrolData {
  /** 'self': the person enrols themselves; 'other': they enrol someone else. */
  mode?: 'self' | 'other';
  /** When enrolling someone else: whether the person enrolling is their manager or preceptor. */
  as?: 'manager' | 'preceptor';
  subjectKey?: string;
  subjectName?: string;
  programmeId?: string;
  /** Programmes to choose from, when the request named a kind. */
  candidates?: string[];
  /** The candidates were offered from what the person said of themselves. */
  offered?: boolean;
  startDate?: string;
  managerKey?: string;
  managerName?: string;
  preceptorKey?: string;
  preceptorName?: string;
  askedManager?: boolean;
  askedPreceptor?: boolean;
}

export const d = (ctx: StepContext) => ctx.data as EnrolData;

export const words = (ctx: StepContext): EnrolmentWords => enrolmentWords(ctx.services.content);

export function today(ctx: StepContext, settings: ScheduleSettings): string {
  return localDate(ctx.services.clock(), settings.timeZone);
}

export function nextStep(data: EnrolData, content: Content): StepResult {
  if (!data.subjectKey) return { next: 'who' };
  if (!data.programmeId) return { next: 'programme' };
  if (!data.startDate) return { next: 'date' };
  if (data.mode === 'self' && !data.askedManager) return { next: 'manager' };
  const programme = content.programmes.get(data.programmeId);
  if (data.mode === 'self' && programme?.kind === 'preceptorship' && !data.askedPreceptor) return { next: 'preceptor' };
  return { next: 'confirm' };
}

export function setSelf(ctx: StepContext): void {
  const data = d(ctx);
  data.mode = 'self';
  data.subjectKey = ctx.msg.userKey;
  delete data.subjectName;
  delete data.as;
}

export async function roleOf(ctx: StepContext, userKey: string | undefined): Promise<string | undefined> {
  if (!userKey) return undefined;
  const profile = userKey === ctx.msg.userKey ? await ctx.profile() : await ctx.services.store.profiles.get(userKey);
  return profile?.roleId;
}

/** Who the check-ins are for, in the words of a sentence: "you" or their name. */
export function forWhom(w: EnrolmentWords, data: EnrolData): string {
  return data.mode === 'self' ? w.people.you : (data.subjectName ?? w.people.them);
}

export function programmeLabel(w: EnrolmentWords, p: Programme): string {
  return p.localExample ? w.programme.local({ title: p.title }) : p.title;
}

/**
 * The check-in dates, as they will be planned; with `shown`, each on the day it
 * will really be sent (a check-in due on a weekend or bank holiday goes out on
 * the next working day, by the scheduler's own rule).
 */
export function checkinDates(
  programme: Programme,
  startDate: string,
  settings: ScheduleSettings,
  now: Date,
  shown?: { profile: Profile | undefined; bankHolidays: ReadonlySet<string> },
): Array<{ title: string; date: string }> {
  const probe: Enrolment = {
    id: 'preview',
    subject: 'preview',
    programmeId: programme.id,
    startDate,
    enrolledBy: 'preview',
    status: 'active',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const rows = planCheckins(probe, programme, { ...settings, now });
  return rows.map((r, i) => ({
    title: programme.checkins[i]!.title,
    date: shown ? shownCheckinDate(new Date(r.dueAt), shown.profile, settings.timeZone, shown.bankHolidays) : localDate(new Date(r.dueAt), settings.timeZone),
  }));
}

/** Who hears about a low rating: the first of the programme's `notify` list the person has. */
export function concernsGoTo(w: EnrolmentWords, programme: Programme, data: EnrolData): { role: string; key: string; name: string | undefined } | undefined {
  for (const who of programme.escalation.notify) {
    if (who === 'preceptor' && data.preceptorKey) return { role: w.roles.preceptor, key: data.preceptorKey, name: data.preceptorName };
    if (who === 'manager' && data.managerKey) return { role: w.roles.lineManager, key: data.managerKey, name: data.managerName };
  }
  return undefined;
}
