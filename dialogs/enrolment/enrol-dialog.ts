/**
 * Enrolling someone on induction or preceptorship check-ins from the chat.
 *
 * - A manager enrols a report: "enrol @Sam on new-to-care starting 3 March".
 * - A new starter enrols themselves: "enrol me on the new starter induction
 *   starting today", or "I'm a new starter".
 *
 * Whatever the first message leaves out is asked step by step (who, programme,
 * start date; for self-enrolment the line manager and, for preceptorship, the
 * preceptor). A summary card with the check-in dates is confirmed before
 * anything is saved: only "Confirm" writes.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { answerButton, answerText, startButton, type Answer, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content, Programme } from '../../src/content/model.js';
import { enrol, EnrolError, startDateProblem, type EnrolInput, type ScheduleSettings } from './enrol.js';
import { findUserKey, isUserKey } from '../../src/user-keys.js';
import { planCheckins } from '../checkins/plan.js';
import { addDays, isIsoDate, localDate } from '../../src/time/zone.js';
import type { Enrolment } from '../../src/store/ports.js';
import { normalise } from '../../src/core/router.js';
import { longDate } from '../../src/time/format.js';
import { nextWeekday, parseDate } from '../../src/time/parse.js';

// ---------------------------------------------------------------------------
// Understanding the request

const SELF_START = /^(?:i'?m|i am) (?:a )?new starter\b|^(?:i'?m|i am) new (?:here|to the trust|to the nhs)\b/;

/** Whether free text asks to enrol someone on check-ins. Used by the router before intent scoring. */
export function isEnrolRequest(text: string): boolean {
  const t = normalise(text);
  return /^(?:enrol|enroll|enrolling|enrolment|enrollment|sign me up|add me to|add me on)\b/.test(t) || SELF_START.test(t);
}

function mentionsSelf(t: string): boolean {
  return /^(?:enrol|enroll|enrolling)\s+(?:me|myself)\b|^sign me up\b|^add me\b|\bmyself\b/.test(t) || SELF_START.test(t);
}


/** Common names for the shipped programmes, longest first. Only ids present in the content are used. */
const PROGRAMME_NAMES: Array<[RegExp, string]> = [
  [/\bgold (?:standard )?(?:nursing )?preceptorship\b|\bgold standard\b|\bpreceptorship gold\b/, 'preceptorship-nursing-gold'],
  [/\bmidwi(?:fery|fe|ves) preceptorship\b|\bpreceptorship for midwi/, 'preceptorship-midwifery'],
  [/\b(?:ahp|allied health(?: professional)?s?) preceptorship\b|\bpreceptorship for (?:ahps?|allied health)/, 'preceptorship-ahp'],
  [/\b(?:core|nursing|nurse|nurses) preceptorship\b|\bpreceptorship for nurs/, 'preceptorship-nursing-core'],
  [/\bmsw induction\b|\bmaternity support worker\b/, 'msw-band3-induction-southampton'],
  [/\bnew to care\b|\bhcsw induction\b|\b(?:healthcare|health care) support worker induction\b|\bcare certificate\b/, 'hcsw-new-to-care'],
  [/\bnew starter(?:s)? induction\b|\bnew starter\b|\bcorporate induction\b|\bnew job induction\b/, 'new-starter-induction'],
];

/**
 * Programmes the text names: one when it is clear, several when it names a kind
 * ("preceptorship") with more than one to choose from, none when it names none.
 * `roleId` (the person's role, when known) narrows a kind to the programmes for that role.
 */
export function matchProgrammes(text: string, content: Content, roleId?: string): Programme[] {
  const t = normalise(text.replace(/[-_]/g, ' '));
  const all = [...content.programmes.values()];
  const has = (phrase: string) => new RegExp(`(?:^|\\s)${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(t);
  const byId = all.filter((p) => has(normalise(p.id.replace(/-/g, ' '))));
  if (byId.length === 1) return byId;
  const byTitle = all.filter((p) => has(normalise(p.title.replace(/[-_]/g, ' '))));
  if (byTitle.length === 1) return byTitle;
  for (const [re, id] of PROGRAMME_NAMES) {
    const p = content.programmes.get(id);
    if (p && re.test(t)) return [p];
  }
  for (const kind of ['preceptorship', 'induction'] as const) {
    if (!new RegExp(`\\b${kind}\\b`).test(t)) continue;
    let options = all.filter((p) => p.kind === kind);
    if (roleId) {
      const forRole = options.filter((p) => p.roles.includes(roleId));
      if (forRole.length > 0) options = forRole;
    }
    // Several of a kind, one of them for everyone (e.g. the new starter induction): that one.
    const general = options.filter((p) => p.roles.length === 0);
    if (options.length > 1 && general.length === 1) return general;
    return options;
  }
  return [];
}

// ---------------------------------------------------------------------------
// State

interface EnrolData {
  /** 'self': the person enrols themselves; 'other': they enrol someone else. */
  mode?: 'self' | 'other';
  /** When enrolling someone else: whether the person enrolling is their manager or preceptor. */
  as?: 'manager' | 'preceptor';
  subjectKey?: string;
  subjectName?: string;
  programmeId?: string;
  /** Programmes to choose from, when the request named a kind. */
  candidates?: string[];
  startDate?: string;
  managerKey?: string;
  managerName?: string;
  preceptorKey?: string;
  preceptorName?: string;
  askedManager?: boolean;
  askedPreceptor?: boolean;
}

const d = (ctx: StepContext) => ctx.data as EnrolData;

function today(ctx: StepContext, settings: ScheduleSettings): string {
  return localDate(ctx.services.clock(), settings.timeZone);
}

/** A person named in the message: a mention, or a typed email address or user key. */
function named(ctx: StepContext, text: string): { key: string; name: string } | undefined {
  const m = ctx.msg.mentions?.[0];
  if (m) return { key: m.userKey, name: m.name || 'them' };
  const email = /\b[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}\b/i.exec(text);
  if (email) return { key: `email:${email[0].toLowerCase()}`, name: email[0] };
  const key = findUserKey(text);
  if (key) return { key, name: key };
  return undefined;
}

function isSkip(t: string): boolean {
  return /^(?:skip|no|none|nobody|no one|not yet|not sure|don'?t know|do not know|n\/a|na|later|i don'?t have one|i do not have one)$/.test(t);
}

function isMe(t: string): boolean {
  return /^(?:me|myself|for me|it'?s for me|it is for me|i am|i'?m|mine|just me)$/.test(t);
}

function nextStep(data: EnrolData, content: Content): StepResult {
  if (!data.subjectKey) return { next: 'who' };
  if (!data.programmeId) return { next: 'programme' };
  if (!data.startDate) return { next: 'date' };
  if (data.mode === 'self' && !data.askedManager) return { next: 'manager' };
  const programme = content.programmes.get(data.programmeId);
  if (data.mode === 'self' && programme?.kind === 'preceptorship' && !data.askedPreceptor) return { next: 'preceptor' };
  return { next: 'confirm' };
}

function setSelf(ctx: StepContext): void {
  const data = d(ctx);
  data.mode = 'self';
  data.subjectKey = ctx.msg.userKey;
  delete data.subjectName;
  delete data.as;
}

async function roleOf(ctx: StepContext, userKey: string | undefined): Promise<string | undefined> {
  if (!userKey) return undefined;
  const profile = userKey === ctx.msg.userKey ? await ctx.profile() : await ctx.services.store.profiles.get(userKey);
  return profile?.roleId;
}

/** Who the check-ins are for, in the words of a sentence: "you" or their name. */
function forWhom(data: EnrolData): string {
  return data.mode === 'self' ? 'you' : (data.subjectName ?? 'them');
}

function programmeLabel(p: Programme): string {
  return p.localExample ? `One trust's approach: ${p.title}` : p.title;
}

/** The check-in dates, exactly as they will be planned. */
export function checkinDates(programme: Programme, startDate: string, settings: ScheduleSettings, now: Date): Array<{ title: string; date: string }> {
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
  return rows.map((r, i) => ({ title: programme.checkins[i]!.title, date: localDate(new Date(r.dueAt), settings.timeZone) }));
}

/** Who hears about a low rating: the first of the programme's `notify` list the person has. */
function concernsGoTo(programme: Programme, data: EnrolData): { role: 'preceptor' | 'line manager'; key: string; name: string | undefined } | undefined {
  for (const who of programme.escalation.notify) {
    if (who === 'preceptor' && data.preceptorKey) return { role: 'preceptor', key: data.preceptorKey, name: data.preceptorName };
    if (who === 'manager' && data.managerKey) return { role: 'line manager', key: data.managerKey, name: data.managerName };
  }
  return undefined;
}

// ---------------------------------------------------------------------------

export function enrolDialog(settings: ScheduleSettings): Dialog {
  const content = (ctx: StepContext) => ctx.services.content;

  const programmeChoices = async (ctx: StepContext): Promise<Choice[]> => {
    const data = d(ctx);
    const all = [...content(ctx).programmes.values()];
    let list = data.candidates?.length ? all.filter((p) => data.candidates!.includes(p.id)) : all;
    if (list.length === 0) list = all;
    // Programmes for the person's role first.
    const role = await roleOf(ctx, data.subjectKey);
    if (role) list = [...list.filter((p) => p.roles.includes(role)), ...list.filter((p) => !p.roles.includes(role))];
    return list.map((p) => answerButton(ctx, programmeLabel(p), p.id));
  };

  const dateChoices = (ctx: StepContext): Choice[] => {
    const t = today(ctx, settings);
    const monday = nextWeekday(t, 1);
    return [answerButton(ctx, 'Today', t), answerButton(ctx, `Next Monday (${longDate(monday)})`, monday)];
  };

  /** Reads a person from an answer: a mention, an email, or "me" when allowed. */
  const supporterAnswer = (ctx: StepContext, input: Answer, field: 'manager' | 'preceptor'): StepResult => {
    const data = d(ctx);
    const raw = answerText(input)?.trim() ?? '';
    const t = normalise(raw);
    if (field === 'manager') data.askedManager = true;
    else data.askedPreceptor = true;
    const keyField = field === 'manager' ? 'managerKey' : 'preceptorKey';
    const nameField = field === 'manager' ? 'managerName' : 'preceptorName';
    if (raw === 'profile' && field === 'manager') return nextStep(data, content(ctx));
    if (isSkip(t)) {
      delete data[keyField];
      delete data[nameField];
      return nextStep(data, content(ctx));
    }
    const who = named(ctx, raw);
    if (!who) {
      if (field === 'manager') data.askedManager = false;
      else data.askedPreceptor = false;
      return { retry: true, hint: `I could not tell who that is. Mention them with @ and their name, for example "my ${field === 'manager' ? 'manager' : 'preceptor'} is @Jo", or type "skip".` };
    }
    data[keyField] = who.key;
    data[nameField] = who.name;
    return nextStep(data, content(ctx));
  };

  const confirmCard = async (ctx: StepContext): Promise<OutboundMessage> => {
    const data = d(ctx);
    const programme = content(ctx).programmes.get(data.programmeId ?? '')!;
    const me = ctx.msg.userKey;
    const self = data.mode === 'self';
    const blocks: Block[] = [{ type: 'heading', text: self ? 'Check this before I set up your check-ins' : `Check this before I set up check-ins for ${data.subjectName ?? 'them'}` }];
    if (programme.localExample) {
      blocks.push({ type: 'paragraph', text: `One trust's approach (${programme.localExample.trust}): this programme is a local example, not a national programme.`, tone: 'muted' });
    }
    const facts = [
      { label: 'Programme', value: programme.title },
      { label: 'For', value: self ? 'You' : (data.subjectName ?? 'them') },
      { label: 'First day', value: longDate(data.startDate!) },
      { label: 'Line manager', value: data.managerKey ? (data.managerKey === me ? 'You' : (data.managerName ?? 'Given')) : 'Not given' },
    ];
    if (programme.kind === 'preceptorship' || data.preceptorKey) {
      facts.push({ label: 'Preceptor', value: data.preceptorKey ? (data.preceptorKey === me ? 'You' : (data.preceptorName ?? 'Given')) : 'Not given' });
    }
    const concerns = concernsGoTo(programme, data);
    const n = programme.escalation.lowRatingAtOrBelow;
    const concernsWho = concerns ? (concerns.key === me ? `You, as ${self ? 'your own' : 'their'} ${concerns.role}` : `${concerns.name ?? `The ${concerns.role}`} (${concerns.role})`) : undefined;
    facts.push({
      label: 'Who hears about concerns',
      value: concernsWho
        ? `${concernsWho}, if a check-in is rated ${n} or lower out of 5`
        : 'No one yet: name a line manager or preceptor so someone can help if a check-in is rated low',
    });
    blocks.push({ type: 'facts', facts });
    const dates = checkinDates(programme, data.startDate!, settings, ctx.services.clock());
    blocks.push({ type: 'paragraph', text: `Check-in dates (${dates.length}):` });
    blocks.push({ type: 'list', items: dates.map((x) => `${longDate(x.date)}: ${x.title}`) });
    blocks.push({ type: 'paragraph', text: 'A check-in that falls outside working hours, at a weekend or on a bank holiday arrives at the start of the next working day.', tone: 'muted' });
    const existing = await ctx.services.store.enrolments.get(`${programme.id}|${data.subjectKey}`);
    if (existing && existing.startDate !== data.startDate) {
      blocks.push({
        type: 'paragraph',
        text: `${self ? 'You are' : `${data.subjectName ?? 'They'} is`} already on this programme, starting ${longDate(existing.startDate)}. Confirming moves the check-ins to the new dates.`,
        tone: 'warning',
      });
    }
    blocks.push({
      type: 'choices',
      choices: [answerButton(ctx, 'Confirm', 'confirm', 'primary'), answerButton(ctx, 'Change', 'change'), answerButton(ctx, 'Cancel', 'cancel', 'danger')],
    });
    return message(blocks);
  };

  const afterConfirm = async (ctx: StepContext): Promise<StepResult> => {
    const data = d(ctx);
    const programme = content(ctx).programmes.get(data.programmeId ?? '')!;
    const input: EnrolInput = {
      subject: data.subjectKey!,
      programmeId: programme.id,
      startDate: data.startDate!,
      ...(data.managerKey ? { managerKey: data.managerKey } : {}),
      ...(data.preceptorKey ? { preceptorKey: data.preceptorKey } : {}),
      enrolledBy: ctx.msg.userKey,
    };
    const now = ctx.services.clock();
    let result;
    try {
      result = await enrol(ctx.services, settings, input, now);
    } catch (err) {
      if (!(err instanceof EnrolError)) throw err;
      const first = err.problems[0]!;
      if (first.field === 'startDate') {
        ctx.say(`I cannot use that start date: it is ${first.reason}.`);
        return { next: 'date' };
      }
      ctx.say('I could not set that up: something in it could not be used. Please check who it is for and try again.');
      return { next: 'who' };
    }
    ctx.services.log.info({ dialog: 'enrol', status: result.status, programmeId: programme.id, planned: result.planned }, 'Enrolment confirmed');
    const dates = checkinDates(programme, data.startDate!, settings, now);
    const first = dates.find((x) => x.date >= today(ctx, settings)) ?? dates[0];
    const firstText = first ? (first.date === today(ctx, settings) ? 'today' : `on ${longDate(first.date)}`) : '';
    const self = data.mode === 'self';
    const name = data.subjectName ?? 'them';

    if (result.status === 'unchanged') {
      ctx.say(
        message([
          { type: 'paragraph', text: `Nothing to change: ${self ? 'you are' : `${name} is`} already on ${programme.title}, starting ${longDate(data.startDate!)}.` },
          { type: 'choices', choices: [startButton('What else can you do?', 'help')] },
        ]),
      );
      return { end: true };
    }

    const n = programme.escalation.lowRatingAtOrBelow;
    const concerns = concernsGoTo(programme, data);
    if (self) {
      const blocks: Block[] = [
        { type: 'heading', text: result.status === 'created' ? "You're all set" : 'Your check-ins are updated' },
        {
          type: 'paragraph',
          text: `You're on ${programme.title}. ${first ? `Your first check-in is ${firstText}. ` : ''}On each check-in date I'll message you here and ask how confident you feel, from 1 to 5, and a few short questions. It takes a couple of minutes.`,
        },
      ];
      if (concerns) {
        blocks.push({
          type: 'paragraph',
          text: `If you rate a check-in ${n} or lower, I'll let your ${concerns.role}${concerns.name ? `, ${concerns.name},` : ''} know so they can support you. I'll only pass on what you write if you say yes.`,
        });
      }
      blocks.push({ type: 'paragraph', text: 'You can pause or stop check-ins at any time by typing "pause check-ins".', tone: 'muted' });
      blocks.push({ type: 'choices', choices: [startButton('What else can you do?', 'help')] });
      ctx.say(message(blocks));
      return { end: true };
    }

    // Someone else: tell them, then tell the person who enrolled them how that went.
    const lines: string[] = [`Done: ${name} is on ${programme.title}${result.status === 'updated' ? ' with the new details' : ''}. ${first ? `Their first check-in is ${firstText}.` : ''}`.trim()];
    if (isUserKey(data.subjectKey!)) {
      const role = data.as === 'preceptor' ? 'preceptor' : 'manager';
      const welcome = message([
        { type: 'heading', text: 'Check-ins for your first months' },
        {
          type: 'paragraph',
          text: `Your ${role} has set up check-ins for your first months, on ${programme.title}, starting ${longDate(data.startDate!)}. I'm Career Companion. ${first ? `Your first check-in is ${firstText}: ` : ''}I'll ask how confident you feel, from 1 to 5, and a few short questions. It takes a couple of minutes.`,
        },
        ...(concerns
          ? [
              {
                type: 'paragraph' as const,
                text: `If you rate a check-in ${n} or lower, I'll let your ${concerns.role} know so they can support you. I'll only pass on what you write if you say yes.`,
              },
            ]
          : []),
        { type: 'paragraph', text: 'You can pause or stop them at any time by typing "pause check-ins".', tone: 'muted' },
        { type: 'choices', choices: [startButton('What can you do?', 'help')] },
      ]);
      const delivery = await ctx.services.messenger.send(data.subjectKey!, [welcome], { via: ctx.msg.userKey });
      ctx.services.log.info({ dialog: 'enrol', delivery: delivery.status }, 'Enrolment welcome');
      lines.push(
        delivery.status === 'sent'
          ? `I've sent ${name} a short welcome, so they know what to expect and how to pause the check-ins.`
          : `I could not send ${name} a welcome just now. Their check-ins are set up; ask them to open Career Companion and say hello, so the check-ins can reach them.`,
      );
    } else {
      lines.push(`${name} has not used Career Companion yet. Ask them to open it and say hello: their check-ins start reaching them after that.`);
    }
    if (concerns) {
      const who = concerns.key === ctx.msg.userKey ? "you'll hear from me" : `${concerns.name ?? `their ${concerns.role}`} will hear from me`;
      lines.push(`If ${name} rates a check-in ${n} or lower, ${who}. What they write is shared only if they say yes.`);
    }
    ctx.say(message([...lines.map((text) => ({ type: 'paragraph' as const, text })), { type: 'choices', choices: [startButton('Enrol someone else', 'enrol'), startButton('What else can you do?', 'help')] }]));
    return { end: true };
  };

  return {
    id: 'enrol',
    title: 'setting up check-ins',
    async begin(ctx, args) {
      const data = d(ctx);
      const text = typeof args['text'] === 'string' ? args['text'] : '';
      const t = normalise(text);
      const mentions = (ctx.msg.mentions ?? []).filter((m) => m.userKey !== ctx.msg.userKey);
      // The check-ins' "Sign me up" button says who it is for.
      if (args['for'] === 'me' || (text && mentionsSelf(t))) {
        setSelf(ctx);
        // "enrol me … my manager is @Jo"
        if (mentions.length > 0 && /\bmanager\b/.test(t)) {
          data.managerKey = mentions[0]!.userKey;
          data.managerName = mentions[0]!.name || 'your manager';
          data.askedManager = true;
        }
        const p = mentions.find((m) => m.userKey !== data.managerKey);
        if (p && /\bpreceptor\b/.test(t)) {
          data.preceptorKey = p.userKey;
          data.preceptorName = p.name || 'your preceptor';
          data.askedPreceptor = true;
        }
      } else if (mentions.length > 0) {
        data.mode = 'other';
        data.subjectKey = mentions[0]!.userKey;
        data.subjectName = mentions[0]!.name || 'them';
      }
      if (data.mode === 'other') {
        data.as = /\bas (?:their |his |her |the )?preceptor\b|\bi'?m (?:their |his |her )?preceptor\b|\bi am (?:their |his |her )?preceptor\b/.test(t) ? 'preceptor' : 'manager';
        if (data.as === 'preceptor') data.preceptorKey = ctx.msg.userKey;
        else data.managerKey = ctx.msg.userKey;
      }
      if (text) {
        const date = parseDate(text, today(ctx, settings), 'start');
        let rest = SELF_START.test(t) ? t.replace(SELF_START, ' ') : t;
        if (date) rest = rest.replace(normalise(date.matched), ' ');
        const found = matchProgrammes(rest, ctx.services.content, await roleOf(ctx, data.subjectKey));
        if (found.length === 1) data.programmeId = found[0]!.id;
        else if (found.length > 1) data.candidates = found.map((p) => p.id);
        if (date && !startDateProblem(date.date, ctx.services.clock(), settings.timeZone)) data.startDate = date.date;
      }
      if (args['programmeId'] && typeof args['programmeId'] === 'string' && ctx.services.content.programmes.has(args['programmeId'])) {
        data.programmeId = args['programmeId'];
      }
      return nextStep(data, ctx.services.content);
    },
    help: () =>
      message([
        {
          type: 'paragraph',
          text: 'I am setting up induction or preceptorship check-ins: short messages on set dates that ask how someone is getting on. Nothing is saved until you press Confirm.',
        },
      ]),
    steps: {
      who: {
        examples: ['for @Sam', 'me'],
        prompt: (ctx) =>
          message([
            { type: 'paragraph', text: 'Who are the check-ins for? Mention them with @ and their name, for example "for @Sam", or type "me" if they are for you.' },
            { type: 'choices', choices: [answerButton(ctx, "They're for me", 'me')] },
          ]),
        async answer(ctx, input) {
          const data = d(ctx);
          const raw = answerText(input)?.trim() ?? '';
          const t = normalise(raw);
          if (isMe(t)) {
            setSelf(ctx);
            delete data.managerKey;
            delete data.managerName;
            delete data.preceptorKey;
            delete data.preceptorName;
            return nextStep(data, content(ctx));
          }
          const who = named(ctx, raw);
          if (!who) {
            if (/\?$/.test(raw) || t.split(' ').length > 8) return { unrelated: true };
            return { retry: true, hint: 'I could not tell who that is. Mention them with @ and their name, for example "for @Sam", or type "me".' };
          }
          if (who.key === ctx.msg.userKey) {
            setSelf(ctx);
            return nextStep(data, content(ctx));
          }
          data.mode = 'other';
          data.subjectKey = who.key;
          data.subjectName = who.name;
          data.as = data.as ?? 'manager';
          if (data.as === 'preceptor') {
            data.preceptorKey = ctx.msg.userKey;
            delete data.managerKey;
          } else {
            data.managerKey = ctx.msg.userKey;
          }
          delete data.managerName;
          return nextStep(data, content(ctx));
        },
        fallback: (ctx) => [answerButton(ctx, "They're for me", 'me')],
      },

      programme: {
        examples: ['new starter induction', 'nursing preceptorship', 'new to care'],
        async prompt(ctx) {
          const data = d(ctx);
          const several = (data.candidates?.length ?? 0) > 1;
          return message([
            {
              type: 'paragraph',
              text: several
                ? `Which one? There is more than one ${content(ctx).programmes.get(data.candidates![0]!)?.kind ?? 'programme'} programme.`
                : `Which check-in programme is it for ${forWhom(data)}? Pick one below, or type its name.`,
            },
            { type: 'choices', choices: await programmeChoices(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const data = d(ctx);
          const raw = answerText(input)?.trim() ?? '';
          const direct = content(ctx).programmes.get(raw);
          const found = direct ? [direct] : matchProgrammes(raw, content(ctx), await roleOf(ctx, data.subjectKey));
          if (found.length === 1) {
            data.programmeId = found[0]!.id;
            delete data.candidates;
            return nextStep(data, content(ctx));
          }
          if (found.length > 1) {
            data.candidates = found.map((p) => p.id);
            return { stay: true };
          }
          if (/\?$/.test(raw)) return { unrelated: true };
          return { retry: true, hint: 'I do not know a check-in programme by that name.' };
        },
        fallback: (ctx) => programmeChoices(ctx),
      },

      date: {
        examples: ['3 March', '3/3', 'next Monday', 'today', '2027-03-03'],
        prompt(ctx) {
          const data = d(ctx);
          return message([
            {
              type: 'paragraph',
              text: `When is ${data.mode === 'self' ? 'your' : data.subjectName ? `${data.subjectName}'s` : 'their'} first day? For example "3 March", "next Monday", "today" or "2027-03-03".`,
            },
            { type: 'choices', choices: dateChoices(ctx) },
          ]);
        },
        answer(ctx, input) {
          const data = d(ctx);
          const raw = answerText(input)?.trim() ?? '';
          const found = isIsoDate(raw) ? { date: raw, matched: raw } : parseDate(raw, today(ctx, settings), 'start');
          if (!found) return { retry: true, hint: 'I could not read that as a date.' };
          const problem = startDateProblem(found.date, ctx.services.clock(), settings.timeZone);
          if (problem) return { retry: true, hint: `${longDate(found.date)} is ${problem}: check-ins need a first day within the last year or the next 2 years.` };
          data.startDate = found.date;
          return nextStep(data, content(ctx));
        },
        fallback: (ctx) => dateChoices(ctx),
      },

      manager: {
        examples: ['my manager is @Jo', 'skip'],
        async prompt(ctx) {
          const profile = await ctx.profile();
          const choices: Choice[] = [];
          if (profile?.managerKey) choices.push(answerButton(ctx, profile.managerName ? `${profile.managerName} (from my profile)` : 'The manager in my profile', 'profile'));
          choices.push(answerButton(ctx, 'Skip', 'skip'));
          return message([
            {
              type: 'paragraph',
              text: 'Who is your line manager? Mention them with @ and their name, for example "my manager is @Jo". If you rate a check-in low, I let them know so they can help. You can type "skip".',
            },
            { type: 'choices', choices },
          ]);
        },
        async answer(ctx, input) {
          const raw = answerText(input)?.trim() ?? '';
          if (raw === 'profile') {
            const profile = await ctx.profile();
            if (profile?.managerKey) {
              d(ctx).managerKey = profile.managerKey;
              d(ctx).managerName = profile.managerName ?? 'your line manager';
            }
          }
          return supporterAnswer(ctx, input, 'manager');
        },
        fallback: (ctx) => [answerButton(ctx, 'Skip', 'skip')],
      },

      preceptor: {
        examples: ['my preceptor is @Kim', 'skip'],
        prompt: (ctx) =>
          message([
            {
              type: 'paragraph',
              text: 'Who is your preceptor? Mention them with @ and their name, for example "my preceptor is @Kim". If you do not have one yet, type "skip".',
            },
            { type: 'choices', choices: [answerButton(ctx, 'Skip', 'skip')] },
          ]),
        answer: (ctx, input) => supporterAnswer(ctx, input, 'preceptor'),
        fallback: (ctx) => [answerButton(ctx, 'Skip', 'skip')],
      },

      confirm: {
        examples: ['confirm', 'change', 'cancel'],
        prompt: (ctx) => confirmCard(ctx),
        async answer(ctx, input) {
          const t = normalise(answerText(input) ?? '');
          if (/^(?:confirm|yes|yes please|ok|okay|go ahead|do it|that'?s right|correct|y)$/.test(t)) return afterConfirm(ctx);
          if (/^(?:change|edit|change it|no change)$/.test(t) || /^change\b/.test(t)) return { next: 'change' };
          if (/^(?:cancel|no|no thanks|don'?t|do not)$/.test(t)) {
            ctx.say(
              message([
                { type: 'paragraph', text: 'OK, I have not set anything up.' },
                { type: 'choices', choices: [startButton('Start again', 'enrol'), startButton('What else can you do?', 'help')] },
              ]),
            );
            return { end: true };
          }
          return { retry: true, hint: 'Please press Confirm to set this up, Change to change something, or Cancel.' };
        },
        fallback: (ctx) => [answerButton(ctx, 'Confirm', 'confirm', 'primary'), answerButton(ctx, 'Change', 'change'), answerButton(ctx, 'Cancel', 'cancel', 'danger')],
      },

      change: {
        examples: ['the start date', 'the programme'],
        prompt(ctx) {
          const data = d(ctx);
          const programme = content(ctx).programmes.get(data.programmeId ?? '');
          const choices = [answerButton(ctx, 'Programme', 'programme'), answerButton(ctx, 'First day', 'date'), answerButton(ctx, 'Who it is for', 'who')];
          if (data.mode === 'self') {
            choices.push(answerButton(ctx, 'Line manager', 'manager'));
            if (programme?.kind === 'preceptorship') choices.push(answerButton(ctx, 'Preceptor', 'preceptor'));
          }
          return message([{ type: 'paragraph', text: 'What would you like to change?' }, { type: 'choices', choices }]);
        },
        answer(ctx, input) {
          const t = normalise(answerText(input) ?? '');
          if (/\b(?:programme|program|course|induction|preceptorship)\b/.test(t)) {
            delete d(ctx).candidates;
            return { next: 'programme' };
          }
          if (/\bdate\b|\bday\b|\bstart/.test(t)) return { next: 'date' };
          if (/\bwho\b|\bperson\b|\bfor\b/.test(t)) return { next: 'who' };
          if (/\bmanager\b/.test(t) && d(ctx).mode === 'self') return { next: 'manager' };
          if (/\bpreceptor\b/.test(t) && d(ctx).mode === 'self') return { next: 'preceptor' };
          return { retry: true, hint: 'Pick what to change: the programme, the first day or who it is for.' };
        },
        fallback: (ctx) => [answerButton(ctx, 'Programme', 'programme'), answerButton(ctx, 'First day', 'date'), answerButton(ctx, 'Who it is for', 'who')],
      },
    },
  };
}
