/**
 * "My team": a line manager's or preceptor's view, when they ask, of the
 * people they support. It is built from the same gathering as the weekly
 * digest (dialogs/digest/digest.ts `gatherPeople`, `buildDigest`), so the two
 * never disagree about who is whose, or about what may be shown.
 *
 * For each person: the programme and where they are in it, the next
 * check-in, the ratings they chose to pass to the asker (as a simple trend),
 * check-ins that need attention (only those passed to the asker) or were
 * missed; for line reports also the appraisal and career conversation dates
 * and the open actions of a plan they shared. Preceptors see no appraisal,
 * career or plan details: those are for the line manager.
 *
 * Buttons: a career-conversation reminder (line reports), a gentle nudge (a
 * short friendly message to the person, saying nothing about what they
 * shared), and "Enrol someone". Every press checks again that the person is
 * the asker's. Each view is written to the audit log (via `team`), one line
 * per person shown.
 */
import { message, type Block, type Choice, type Fact } from '../../src/core/messages.js';
import { actionButton, startButton, type Dialog, type Services, type StepContext, type StepResult } from '../../src/core/dialog.js';
import { recordViews } from '../../src/core/audit.js';
import { normalise, type RouteRule } from '../../src/core/router.js';
import type { Content } from '../../src/content/model.js';
import type { Enrolment, Profile, Reminder } from '../../src/store/ports.js';
import type { ReminderHandler, SchedulerContext } from '../../src/scheduler/scheduler.js';
import { addMonths, localDate } from '../../src/time/zone.js';
import { longDate } from '../../src/time/format.js';
import { isUserKey } from '../../src/user-keys.js';
import { buildDigest, gatherPeople, isLineManager, sharedWith, type DigestItem } from '../digest/digest.js';
import { personLabel } from '../checkins/reminders.js';
import { teamWords, type TeamWords } from './wording.js';

const DAY = 86_400_000;
/** How long after the press the career-conversation reminder comes. */
export const CAREER_REMINDER_DAYS = 7;
/** Longest name put on a button (Slack allows 75 characters a button). */
const BUTTON_NAME = 30;

type Settings = SchedulerContext['settings'];

/** One person the asker supports. */
export interface Member {
  key: string;
  name: string;
  line: boolean;
  preceptee: boolean;
  profile?: Profile;
  enrolments: Enrolment[];
}

/** The people `viewerKey` supports, line reports first, then by name. */
export async function teamOf(services: Pick<Services, 'store' | 'content'>, viewerKey: string): Promise<Member[]> {
  const { store, content } = services;
  const { enrolments, lineReports } = await gatherPeople(store, viewerKey);
  const members = new Map<string, Member>();
  const member = (key: string): Member => {
    let m = members.get(key);
    if (!m) {
      m = { key, name: '', line: false, preceptee: false, enrolments: [] };
      members.set(key, m);
    }
    return m;
  };
  for (const p of lineReports.values()) {
    const m = member(p.userKey);
    m.line = true;
    m.profile = p;
  }
  for (const e of enrolments) {
    const m = member(e.userKey ?? e.subject);
    if (e.managerKey === viewerKey) m.line = true;
    if (e.preceptorKey === viewerKey) m.preceptee = true;
    m.enrolments.push(e);
  }
  const someone = teamWords(content).someone;
  for (const m of members.values()) m.name = (await personLabel(store, m.key, m.enrolments[0])) ?? someone;
  return [...members.values()].sort((a, b) => Number(b.line) - Number(a.line) || a.name.localeCompare(b.name));
}

/** The members whose name matches what was typed ("Sam", "sam jones", "sam@trust.nhs.uk"). */
export function matchMembers(members: Member[], typed: string): Member[] {
  const t = normalise(typed);
  if (!t) return [];
  return members.filter((m) => {
    const n = normalise(m.name);
    return n === t || n.split(' ').includes(t) || n.startsWith(`${t} `) || (t.length >= 3 && n.includes(t));
  });
}

function trend(w: TeamWords, ratings: number[]): string {
  if (ratings.length < 2) return w.person.trend.one;
  const first = ratings[0]!;
  const last = ratings.at(-1)!;
  return last > first ? w.person.trend.up : last < first ? w.person.trend.down : w.person.trend.steady;
}

const shortName = (name: string) => (name.length > BUTTON_NAME ? `${name.slice(0, BUTTON_NAME - 1)}…` : name);

/** The blocks about one person. */
async function memberBlocks(services: Pick<Services, 'store' | 'content' | 'timeZone'>, settings: Settings, viewerKey: string, m: Member, items: DigestItem[], now: Date): Promise<Block[]> {
  const { store, content } = services;
  const w = teamWords(content);
  const tz = services.timeZone;
  const today = localDate(now, tz);
  const relation = m.line && m.preceptee ? w.person.both : m.line ? w.person.lineReport : w.person.preceptee;
  const blocks: Block[] = [{ type: 'divider' }, { type: 'heading', text: w.person.title({ name: m.name, relation }) }];
  const facts: Fact[] = [];

  for (const e of m.enrolments) {
    const programme = content.programmes.get(e.programmeId);
    if (!programme) continue;
    const answers = await store.checkins.listForEnrolment(e.id);
    let position: string;
    if (e.status === 'completed') position = w.person.finished;
    else if (e.startDate > today) position = w.person.notStarted({ date: longDate(e.startDate) });
    else {
      const week = Math.floor((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${e.startDate}T12:00:00Z`)) / (7 * DAY)) + 1;
      position = w.person.position({ week, answered: answers.filter((a) => a.rating !== undefined).length, total: programme.checkins.length });
    }
    facts.push({ label: w.person.programme, value: `${programme.title}. ${position}` });
    if (e.status === 'active') {
      const next = (await store.reminders.listByPayload('enrolmentId', e.id))
        .filter((r: Reminder) => r.kind === 'checkin' && r.state === 'pending')
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
      const title = next ? programme.checkins.find((c) => c.id === next.payload['checkinId'])?.title : undefined;
      facts.push({
        label: w.person.nextCheckin,
        value: next && title ? w.person.nextCheckinValue({ title, date: longDate(localDate(new Date(next.dueAt), tz)) }) : w.person.noNextCheckin,
      });
    }
    // Only the ratings of check-ins the person chose to pass to this viewer.
    const ratings = answers
      .filter((a) => a.rating !== undefined && sharedWith(a, viewerKey))
      .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt))
      .map((a) => a.rating!);
    facts.push({ label: w.person.ratings, value: ratings.length ? w.person.ratingsValue({ ratings: ratings.join(', '), trend: trend(w, ratings) }) : w.person.noRatings });
  }

  if (m.line && m.profile) {
    facts.push({ label: w.person.appraisal, value: m.profile.appraisalDue ? longDate(m.profile.appraisalDue) : w.person.noAppraisal });
    const last = m.profile.lastCareerConversation;
    const lastDate = last ? localDate(new Date(last), tz) : undefined;
    const due = lastDate ? addMonths(lastDate, settings.careerConversationMonths) : undefined;
    facts.push({
      label: w.person.careerConversation,
      value: !lastDate ? w.person.careerNone : due! <= today ? w.person.careerDue({ date: longDate(lastDate) }) : w.person.careerNext({ date: longDate(due!), date2: longDate(lastDate) }),
    });
  }
  if (facts.length) blocks.push({ type: 'facts', facts });

  const mine = items.filter((i) => i.subjectKey === m.key || m.enrolments.some((e) => e.subject === i.subjectKey));
  // The digest's item lines start with the name; in a person's own section the name is already the heading.
  const strip = (text: string) => {
    const t = text.startsWith(`${m.name}: `) ? text.slice(m.name.length + 2) : text;
    return t.charAt(0).toUpperCase() + t.slice(1);
  };
  for (const [kind, label] of [
    ['attention', w.person.attention],
    ['missed', w.person.missed],
    ['action', w.person.actions],
  ] as const) {
    const list = mine.filter((i) => i.kind === kind);
    if (list.length === 0) continue;
    blocks.push({ type: 'paragraph', text: label }, { type: 'list', items: list.map((i) => strip(i.text)) });
    for (const i of list) blocks.push(...i.extra);
  }

  const choices: Choice[] = [];
  if (m.line && m.profile) choices.push(actionButton('team', 'career', w.buttons.careerReminder({ name: shortName(m.name) }), { u: m.key }));
  if (isUserKey(m.key)) choices.push(actionButton('team', 'nudge', w.buttons.nudge({ name: shortName(m.name) }), { u: m.key }));
  if (choices.length) blocks.push({ type: 'choices', choices });
  return blocks;
}

export interface TeamDialogOptions {
  content: Content;
  settings: Settings;
}

export function teamDialog(opts: TeamDialogOptions): Dialog {
  const reply = (ctx: StepContext, text: string, extra: Choice[] = []): StepResult => {
    const w = teamWords(ctx.services.content);
    ctx.say(message([{ type: 'paragraph', text }, { type: 'choices', choices: [...extra, startButton(w.buttons.myTeam, 'team'), startButton(w.buttons.whatCanYouDo, 'help')] }]));
    return { end: true };
  };
  /** The member the press is about, if they are still the presser's. */
  const memberFor = async (ctx: StepContext, value: Record<string, string>): Promise<Member | undefined> => {
    const key = value['u'];
    if (!key) return undefined;
    return (await teamOf(ctx.services, ctx.msg.userKey)).find((m) => m.key === key);
  };

  return {
    id: 'team',
    title: teamWords(opts.content).title,
    async begin(ctx, args) {
      const { services } = ctx;
      const w = teamWords(services.content);
      const viewer = ctx.msg.userKey;
      const now = services.clock();
      const all = await teamOf(services, viewer);
      if (all.length === 0) {
        ctx.say(message([
          { type: 'paragraph', text: w.none },
          { type: 'choices', choices: [startButton(w.buttons.enrol, 'enrol'), startButton(w.buttons.whatCanYouDo, 'help')] },
        ]));
        return { end: true };
      }
      const asked = typeof args['name'] === 'string' ? args['name'] : undefined;
      const matched = asked ? matchMembers(all, asked) : [];
      const shown = matched.length > 0 ? matched : all;
      const blocks: Block[] = [{ type: 'heading', text: w.heading }];
      if (asked && matched.length === 0) blocks.push({ type: 'paragraph', text: w.notFound({ name: asked }) });
      blocks.push({ type: 'paragraph', text: shown.length === 1 && matched.length === 1 ? w.introOne({ name: shown[0]!.name }) : w.intro });
      const items = await buildDigest(services, opts.settings, viewer, now);
      for (const m of shown) blocks.push(...(await memberBlocks(services, opts.settings, viewer, m, items, now)));
      blocks.push({ type: 'divider' }, { type: 'paragraph', text: w.footer, tone: 'muted' });
      blocks.push({ type: 'choices', choices: [startButton(w.buttons.enrol, 'enrol'), startButton(w.buttons.whatCanYouDo, 'help')] });
      await recordViews(services, viewer, shown.map((m) => m.key), 'team');
      ctx.say(message(blocks));
      return { end: true };
    },
    steps: {},
    actions: {
      async nudge(ctx, value) {
        const w = teamWords(ctx.services.content);
        const m = await memberFor(ctx, value);
        if (!m || !isUserKey(m.key)) return reply(ctx, w.nudge.notYours);
        const from = ctx.msg.userName ?? (await personLabel(ctx.services.store, ctx.msg.userKey)) ?? w.nudge.yourManager;
        const result = await ctx.services.messenger.send(m.key, [message([{ type: 'paragraph', text: w.nudge.message({ name: from }) }])], { via: ctx.msg.userKey });
        return reply(ctx, result.status === 'sent' ? w.nudge.sent({ name: m.name }) : w.nudge.failed({ name: m.name }));
      },
      async career(ctx, value) {
        const w = teamWords(ctx.services.content);
        const { store } = ctx.services;
        const m = await memberFor(ctx, value);
        if (!m || !m.line || !(await isLineManager(store, ctx.msg.userKey, m.key))) return reply(ctx, w.nudge.notYours);
        const now = ctx.services.clock();
        const due = new Date(now.getTime() + CAREER_REMINDER_DAYS * DAY);
        const date = localDate(due, ctx.services.timeZone);
        const row: Reminder = {
          id: `team-career|${ctx.msg.userKey}|${m.key}|${date}`,
          kind: 'team-career',
          userKey: ctx.msg.userKey,
          dueAt: due.toISOString(),
          originalDueAt: due.toISOString(),
          state: 'pending',
          attempts: 0,
          payload: { subjectKey: m.key },
          updatedAt: now.toISOString(),
        };
        await store.reminders.insertNew([row]);
        return reply(ctx, w.careerReminder.set({ date: longDate(date), name: m.name }));
      },
    },
  };
}

/** Sends the career-conversation reminder a manager asked for, if the person is still their line report. */
export function careerReminderHandler({ services }: Pick<SchedulerContext, 'services'>): ReminderHandler {
  return {
    async prepare(r) {
      const subject = r.payload['subjectKey'];
      if (!subject || !(await isLineManager(services.store, r.userKey, subject))) return { send: false, state: 'cancelled', reason: 'no longer their line report' };
      const w = teamWords(services.content);
      const name = (await personLabel(services.store, subject)) ?? w.someone;
      const choices: Choice[] = [startButton(w.buttons.myTeam, 'team')];
      return { send: true, userKey: r.userKey, messages: [message([{ type: 'paragraph', text: w.careerReminder.message({ name }) }, { type: 'choices', choices }])], respectHours: true };
    },
  };
}

interface RequestIndex {
  asks: Set<string>;
  before: string[];
  after: string[];
  personBefore: string[];
  personAfter: string[];
}
const indexes = new WeakMap<object, RequestIndex>();
const longestFirst = (words: readonly string[]) => words.map(normalise).filter((x) => x !== '').sort((a, b) => b.length - a.length);

function requestIndex(content: Pick<Content, 'wording'>): RequestIndex {
  let idx = indexes.get(content.wording);
  if (!idx) {
    const r = teamWords(content).request;
    idx = { asks: new Set(r.asks.map(normalise)), before: longestFirst(r.before), after: longestFirst(r.after), personBefore: longestFirst(r.person.before), personAfter: longestFirst(r.person.after) };
    indexes.set(content.wording, idx);
  }
  return idx;
}

/** True when the whole message asks for the team view ("my team", "show me my team's digest please"). */
export function asksForTeam(content: Pick<Content, 'wording'>, text: string): boolean {
  const idx = requestIndex(content);
  let t = normalise(text);
  if (idx.asks.has(t)) return true;
  const before = idx.before.find((b) => t.startsWith(`${b} `));
  if (before) t = t.slice(before.length + 1);
  if (idx.asks.has(t)) return true;
  const after = idx.after.find((a) => t.endsWith(` ${a}`));
  if (after) t = t.slice(0, t.length - after.length - 1);
  return idx.asks.has(t);
}

/** The name in "how is Sam doing", or undefined. */
export function askedAbout(content: Pick<Content, 'wording'>, text: string): string | undefined {
  const idx = requestIndex(content);
  const t = normalise(text);
  const before = idx.personBefore.find((b) => t.startsWith(`${b} `));
  if (!before) return undefined;
  const rest = t.slice(before.length + 1);
  const after = idx.personAfter.find((a) => rest.endsWith(` ${a}`));
  if (!after) return undefined;
  const name = rest.slice(0, rest.length - after.length - 1).trim();
  if (!name) return undefined;
  // As the person wrote it ("Cal", not "cal"), to say it back.
  const escaped = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\\W+'), 'iu').exec(text)?.[0] ?? name;
}

/**
 * "my team" and the like open the view. "how is Sam doing" opens it about Sam
 * when Sam is someone the asker supports. For someone who supports people, a
 * name that matches none of them ("how is Alex doing") opens the view with
 * "I could not find Alex", so a manager is never left guessing; "how is my
 * course doing" and words from someone with nobody to support are left to the
 * rest of the bot.
 */
export function teamRule(services: Pick<Services, 'store' | 'content'>): RouteRule {
  return async (text, ctx) => {
    if (asksForTeam(services.content, text)) return { dialog: 'team' };
    const name = askedAbout(services.content, text);
    if (!name) return undefined;
    const members = await teamOf(services, ctx.msg.userKey);
    if (matchMembers(members, name).length > 0) return { dialog: 'team', args: { name } };
    const words = name.split(' ');
    const looksLikeAName = words.length <= 3 && !/^(?:my|the|your|our|a|an|this|that|it|things|everything|work)$/u.test(words[0]!);
    return members.length > 0 && looksLikeAName ? { dialog: 'team', args: { name } } : undefined;
  };
}
