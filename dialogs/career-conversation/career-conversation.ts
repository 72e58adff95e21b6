/**
 * The career conversation: a guided, coaching-style conversation the person
 * owns, in the NHS style (NHS Professionals' "Who am I? What are my options?
 * What do I need? Taking action", and NHS England's Scope for Growth growth
 * categories: depth, breadth, stretch). Wellbeing comes before planning, and
 * nothing is shared with a manager without an explicit yes.
 *
 * Everything said so far lives in the dialog's data, which the runtime saves
 * after every turn, so the conversation carries on days later, even after a
 * restart, at the same question. On finishing, the answers become a stored
 * CareerPlan, and each dated action gets a reminder row.
 *
 * The prompts are constants below rather than content: they are short, and the
 * content schema is shared and changing. They are written so that moving them
 * to a `careerConversation` content section later is mechanical.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import {
  answerButton,
  answerText,
  startButton,
  type Answer,
  type Dialog,
  type Step,
  type StepContext,
  type StepResult,
} from '../../src/core/dialog.js';
import { globalCommand } from '../../src/core/words.js';
import type { DeliveryResult } from '../../src/core/messenger.js';
import { platformOf } from '../../src/user-keys.js';
import type { Content, Role } from '../../src/content/model.js';
import { ROADMAP_AREAS, ROADMAP_AREA_TITLES, type RoadmapArea } from '../../src/content/schema.js';
import { detectDistress } from '../../src/content/signposting.js';
import { signpostingBlocks } from '../../src/core/signposting.js';
import type { CareerPlan, Reminder } from '../../src/store/ports.js';
import { findPathways, formatDuration, optionsFrom } from '../../src/knowledge/pathways.js';
import { matchRole, suggestRoles, understand } from '../../src/knowledge/understand.js';
import { roleWithBand } from '../../src/knowledge/format.js';
import { localDate, zonedTime } from '../../src/time/zone.js';
import { parseDate } from '../../src/time/parse.js';
import { normalise } from '../../src/core/router.js';
import { isGreeting } from '../../src/core/words.js';
import {
  GROWTH,
  WELLBEING_WORDS,
  managerMessage,
  planAttachment,
  planBlocks,
  type Growth,
  type SummaryFormat,
} from '../my-plan/summary.js';
import { recordDisclosure } from '../../src/core/audit.js';
import { shortDate } from '../../src/time/format.js';
import { fileMessage, syncActionReminders } from '../my-plan/plan.js';

export const CAREER_CONVERSATION = 'career-conversation';
const ID = CAREER_CONVERSATION;
export const MAX_ACTIONS = 3;
const MAX_TEXT = 500;
const MAX_OPTIONS_SHOWN = 5;
const SCOPE_FOR_GROWTH_URL = 'https://sw.leadershipacademy.nhs.uk/scope-for-growth-2';

/** Button answers that are not words a person would type. */
const KEEP = '__keep';
const CANCEL = '__cancel';
const DONE = '__done';
const NONE_OF_THESE = '__none';

// ---------------------------------------------------------------------------
// What the bot says (plain English, UK spelling, short sentences)

const PROMPTS = {
  intro: [
    'A career conversation helps you think about where you are now, where you would like to go, and how to get there. It follows the NHS approach: Who am I? What are my options? What do I need? Taking action.',
    'It is your conversation. Answer in your own words, skip anything you like, and type "back" to change an answer. It takes about 10 minutes. You can stop at any time and carry on later: I save your answers as you go.',
    'Nothing is shared with your manager unless you say yes at the end.',
  ],
  parts: {
    who: 'Part 1 of 5: Who am I?',
    where: 'Part 2 of 5: Where would I like to go?',
    options: 'Part 3 of 5: What are my options?',
    needs: 'Part 4 of 5: What do I need?',
    wellbeing: 'A quick check on how you are',
    action: 'Part 5 of 5: Taking action',
  },
  strengths: {
    question: 'What are you good at? Think about your strengths at work: skills, qualities, or things people thank you for.',
    examples: ['I am calm under pressure and good with anxious patients', 'I am organised and good at teaching new starters'],
  },
  enjoy: {
    question: 'What do you enjoy most about your work?',
    examples: ['Talking with patients and their families', 'Wound care and learning new clinical skills'],
  },
  aspirations: {
    question: 'Looking ahead, what would you like to be doing in a year or two? It is fine to dream a little.',
    examples: ['I would like to become a registered nurse', 'I want more responsibility in my team', 'I am happy where I am, but want to learn more'],
  },
  growth: {
    question: 'Which of these sounds most like you right now?',
    intro: 'The NHS Scope for Growth model describes three ways to grow. None is better than the others.',
    unsure: 'Not sure yet',
    examples: ['grow in my current role', 'move across', 'step up', 'not sure'],
  },
  optionsRole: {
    question: 'I can suggest options better if I know your current role. What is your role now?',
    examples: ['band 3 healthcare assistant', 'maternity support worker', 'ward clerk'],
    carryOn: 'Carry on without',
  },
  options: {
    examples: ['nursing associate', 'assistant practitioner', 'none of these'],
  },
  needs: {
    question: 'What would help you most right now? Pick any areas where you would like to develop.',
    about: 'These are the five areas of the NHS support worker learning and development roadmap.',
    typed: 'You can also type it, for example "maths and English" or "confidence and leadership".',
    examples: ['maths and English', 'confidence and leadership', 'clinical skills', 'skip'],
  },
  wellbeing: {
    question: 'How are you feeling about work at the moment? 1 is very low and 5 is very good.',
    privacy: 'Your answer stays with you. It is never shared with your manager.',
    examples: ['1', '3', '5', 'skip'],
    low: 'Thank you for telling me. It sounds like work is hard at the moment, and it is good that you said so. You might find it helps to talk to someone.',
    middle: 'Thank you. Let us make a plan that works for you.',
    high: 'That is good to hear. Let us build on it.',
    afterSignposting: 'We can carry on with your plan whenever you are ready. There is no rush: your answers are saved.',
  },
  action: {
    first: 'What is one thing you will do next? Keep it small and specific.',
    more: 'What is another thing you will do?',
    examples: ['Ask my manager about the nursing associate apprenticeship', 'Do a Functional Skills maths course', 'Shadow a colleague in outpatients'],
  },
  date: {
    question: 'When will you do it by?',
    examples: ['next week', 'end of March', '31/03/2027', 'in 3 months', 'skip'],
  },
  more: { question: `Would you like to add another action? You can have up to ${MAX_ACTIONS}.` },
  summary: {
    heading: 'Your career conversation summary',
    intro: 'Well done for taking the time. Here is your plan. It is saved: type "my plan" any time to see it and tick off your actions.',
    reminders: 'I will remind you about each dated action on the day, during your working hours.',
    examples: ['download as text', 'share with my line manager', 'not now'],
  },
  finish: 'Your plan is saved. Is there anything else you would like to do with it?',
  close: 'Your plan is saved. Type "my plan" any time to see it, mark actions done or download it. Good luck with your next steps.',
  share: {
    who: 'Who is your line manager? Mention them in your message so I can reach them: type @ and choose their name, for example "My manager is @Sam Jones".',
    notYet: 'I will not send anything yet. First I will show you exactly what they will see and ask you.',
    noMention: 'I could not see a mention. Type @ and choose your manager\'s name from the list, so that it turns into a mention.',
    name: 'What name should I put on the summary, so your manager knows it is from you?',
    nameExamples: ['Alex Smith', 'Alex'],
    checkHeading: 'Check before you share',
    notWellbeing: 'They will not see your wellbeing answer.',
    nothingYet: 'Nothing is sent until you press "Yes, share it".',
    nothingShared: 'OK. Nothing was shared.',
    failed:
      'I could not deliver your summary to your manager, so nothing was shared. This can happen if they have not used Career Companion yet. You can download your summary and send it to them yourself.',
  },
  help: [
    'A career conversation is a chance to think about your work and your future, at your own pace. It has four parts: who you are (strengths and what you enjoy), your options, what you need to develop, and the actions you will take.',
    'The growth question uses the NHS Scope for Growth model. Depth means growing in your current role or profession. Breadth means broadening into other areas or functions. Stretch means moving to a role with more complexity.',
    'Your answers are saved as you go, so you can stop and carry on later. Your plan is yours: nothing is shared with your manager unless you say yes.',
  ],
};

/** Which part of the conversation a step belongs to, for "you got as far as …". */
const STEP_PART: Record<string, string> = {
  strengths: 'who you are',
  enjoy: 'who you are',
  aspirations: 'where you would like to go',
  growth: 'where you would like to go',
  'options-role': 'your options',
  options: 'your options',
  needs: 'what you need',
  wellbeing: 'how you are',
  summary: 'your summary',
  finish: 'your summary',
  'share-manager': 'sharing your summary',
  'share-name': 'sharing your summary',
  'share-confirm': 'sharing your summary',
};

// ---------------------------------------------------------------------------
// The dialog's data

interface ActionDraft {
  id: string;
  text: string;
  due?: string;
}

export interface CareerConversationData {
  startedAt: string;
  planId: string;
  strengths?: string;
  enjoy?: string;
  aspirations?: string;
  growth?: Growth | 'unsure';
  /** A role the person arrived with (e.g. from the pathway explorer). */
  suggested?: string;
  options: string[];
  needs: Record<string, string>;
  needsOther?: string;
  wellbeing?: number;
  actions: ActionDraft[];
  /** The name the person wants on a summary shared with their manager. */
  shareName?: string;
  /** A conversation already under way, offered back when the person starts again. */
  resumeFrom?: { step: string; data: Record<string, unknown> };
  /** The step a conversation was picked up at (going back stops there). */
  resumedAt?: string;
}

function data(ctx: StepContext): CareerConversationData {
  return ctx.data as unknown as CareerConversationData;
}

function init(ctx: StepContext, suggested?: string): void {
  for (const k of Object.keys(ctx.data)) delete ctx.data[k];
  const startedAt = ctx.services.clock().toISOString();
  const d = data(ctx);
  d.startedAt = startedAt;
  d.planId = `${ctx.msg.userKey}|${startedAt}`;
  d.options = [];
  d.needs = {};
  d.actions = [];
  if (suggested) d.suggested = suggested;
}

// ---------------------------------------------------------------------------
// Small helpers

function clean(input: Answer): string | undefined {
  const t = answerText(input)?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

const SKIP = /^(skip|skip this|skip it|pass|next|not sure|unsure|don'?t know|dont know|dunno|no idea|nothing|none|n\/?a|rather not say|i'?d rather not say|prefer not to say|no thanks)$/i;

function isSkip(t: string): boolean {
  return SKIP.test(normalise(t)) || SKIP.test(t.trim());
}

function isYes(t: string): boolean {
  return /^(y|yes|yeah|yep|yup|ok|okay|sure|please|yes please|add another|another|add one|one more)$/.test(normalise(t));
}

function isNo(t: string): boolean {
  return /^(n|no|nope|no thanks|no thank you|that'?s all|thats all|that is all|done|finished|no more|i'?m done|not now|nothing else)$/.test(normalise(t));
}

/** Text that is clearly not an answer: a greeting, or a question another part of the bot answers. */
function looksUnrelated(ctx: StepContext, t: string): boolean {
  if (isGreeting(ctx.services.content, t)) return true;
  const n = normalise(t);
  if (/^(show |see |view |open )?(me )?(my )?(career )?plan( please)?$/.test(n) || /^(show |see )?(me )?my actions$/.test(n)) return true;
  if (/\?\s*$/.test(t)) {
    const u = understand(t, ctx.services.content);
    return u.intent !== 'unknown' && u.intent !== 'career_conversation';
  }
  return false;
}

/**
 * If the text sounds like distress, points to help at once (the conversation
 * carries on). The safety check at the start of every turn has usually said it
 * already; then only the word about carrying on is added.
 */
function signpostIfDistressed(ctx: StepContext, t: string): boolean {
  const content = ctx.services.content;
  if (!detectDistress(t, content.signposting)) return false;
  const blocks: Block[] = ctx.signposted ? [] : signpostingBlocks(content);
  ctx.signposted = true;
  ctx.say(message([...blocks, { type: 'paragraph', text: PROMPTS.wellbeing.afterSignposting, tone: 'muted' }]));
  return true;
}

function examplesLine(examples: string[]): Block {
  return { type: 'paragraph', text: `For example: ${examples.map((e) => `"${e}"`).join(', ')}.`, tone: 'muted' };
}

function today(ctx: StepContext): string {
  return localDate(ctx.services.clock(), ctx.services.timeZone);
}

function titleWithBand(role: Role): string {
  if (/\bband\b/i.test(role.title)) return role.title;
  const bands = role.bands.length > 0 ? `Band ${role.bands.join(' or ')}` : '';
  return bands ? `${role.title} (${bands}${role.bandVaries ? ', varies' : ''})` : role.title;
}

// ---------------------------------------------------------------------------
// Free-text steps (who am I, aspirations)

type TextKey = 'strengths' | 'enjoy' | 'aspirations';

function textStep(opts: {
  key: TextKey;
  heading?: string;
  question: string;
  examples: string[];
  next: (ctx: StepContext) => StepResult | Promise<StepResult>;
}): Step {
  return {
    examples: opts.examples,
    prompt(ctx) {
      const blocks: Block[] = [];
      if (opts.heading) blocks.push({ type: 'heading', text: opts.heading });
      blocks.push({ type: 'paragraph', text: opts.question });
      blocks.push(examplesLine(opts.examples));
      const existing = data(ctx)[opts.key];
      const choices: Choice[] = [];
      if (existing) {
        blocks.push({ type: 'paragraph', text: `Your answer so far: "${existing}". Type a new answer, or keep this one.` });
        choices.push(answerButton(ctx, 'Keep this answer', KEEP, 'primary'));
      }
      choices.push(answerButton(ctx, 'Skip', 'skip'));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true, hint: 'Type your answer in your own words, or "skip".' };
      if (t === KEEP) return opts.next(ctx);
      if (isSkip(t)) {
        delete data(ctx)[opts.key];
        return opts.next(ctx);
      }
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      signpostIfDistressed(ctx, t);
      data(ctx)[opts.key] = t.slice(0, MAX_TEXT);
      return opts.next(ctx);
    },
  };
}

// ---------------------------------------------------------------------------
// Growth direction

const GROWTH_ORDER: Growth[] = ['depth', 'breadth', 'stretch'];

function growthFromText(t: string): Growth | 'unsure' | undefined {
  const n = normalise(t);
  if (GROWTH_ORDER.includes(n as Growth)) return n as Growth;
  if (n === 'unsure' || /\b(not sure|unsure|don'?t know|dont know|no idea|skip)\b/.test(n)) return 'unsure';
  if (/\b(depth|deeper|current role|same role|where i am|stay|grow in|get better at)\b/.test(n)) return 'depth';
  if (/\b(breadth|broad|broaden|across|sideways|another area|different area|other area|change area|new area|move area)\b/.test(n)) return 'breadth';
  if (/\b(stretch|step up|bigger|promotion|promoted|higher band|more responsibility|senior|next band|move up)\b/.test(n)) return 'stretch';
  return undefined;
}

function growthChoices(ctx: StepContext): Choice[] {
  return [
    ...GROWTH_ORDER.map((g) => answerButton(ctx, GROWTH[g].button, g)),
    answerButton(ctx, PROMPTS.growth.unsure, 'unsure'),
  ];
}

async function afterGrowth(ctx: StepContext): Promise<StepResult> {
  const profile = await ctx.profile();
  const hasRole = !!profile?.roleId && ctx.services.content.roles.has(profile.roleId);
  return { next: hasRole ? 'options' : 'options-role' };
}

// ---------------------------------------------------------------------------
// Options

interface Candidate {
  role: Role;
  duration?: string;
  route?: string;
  note?: string;
}

async function candidates(ctx: StepContext): Promise<{ from?: Role; list: Candidate[] }> {
  const content = ctx.services.content;
  const profile = await ctx.profile();
  const from = profile?.roleId ? content.roles.get(profile.roleId) : undefined;
  const held = profile?.held ?? [];
  const opts = from ? optionsFrom(content, from.id, held) : [];
  const list: Candidate[] = [];
  const seen = new Set<string>(from ? [from.id] : []);
  const add = (id: string | undefined, note?: string) => {
    if (!id || seen.has(id) || list.length >= MAX_OPTIONS_SHOWN) return;
    const role = content.roles.get(id);
    if (!role) return;
    seen.add(id);
    const c: Candidate = { role };
    if (note) c.note = note;
    const opt = opts.find((o) => o.to.id === id);
    if (opt) {
      c.duration = formatDuration(opt.duration);
      c.route = opt.route.title;
    } else {
      const q: { to: string; from?: string; held: string[] } = { to: id, held };
      if (from) q.from = from.id;
      const found = findPathways(content, q);
      if (found.kind === 'found') {
        c.duration = formatDuration(found.best.total);
        c.route = found.best.steps.map((s) => s.route.title).join(', then ');
      }
    }
    list.push(c);
  };
  add(data(ctx).suggested, 'the role you were looking at');
  add(profile?.goalRoleId, 'your saved goal');
  for (const o of opts) add(o.to.id);
  const out: { from?: Role; list: Candidate[] } = { list };
  if (from) out.from = from;
  return out;
}

function candidateLabel(c: Candidate): string {
  return c.duration ? `${titleWithBand(c.role)}: ${c.duration}` : titleWithBand(c.role);
}

function candidateLine(content: Content, c: Candidate): string {
  const parts = [roleWithBand(content, c.role)];
  if (c.route) parts.push(`: ${c.route}`);
  if (c.duration) parts.push(`, ${c.duration}`);
  if (c.note) parts.push(` (${c.note})`);
  return parts.join('');
}

// ---------------------------------------------------------------------------
// Needs (the five roadmap areas)

const AREA_WORDS: Record<RoadmapArea, RegExp> = {
  'career-progression': /\b(career|progress|progression|promotion|apprenticeship|qualification|qualify|degree|next role|next step|move up|training course)\b/,
  'wellbeing-resilience': /\b(wellbeing|well being|resilience|resilient|stress|stressed|burnout|burn out|tired|work life|balance|mental health|self care)\b/,
  'skills-for-life': /\b(maths|math|english|literacy|numeracy|digital|computer|computers|it skills|functional skills|gcse|gcses|reading|writing|spelling)\b/,
  'personal-skills': /\b(confidence|confident|communication|communicating|leadership|leading|lead|teamwork|time management|assertive|assertiveness|presenting|presentation|organisation|organising|organised|coaching|mentoring)\b/,
  'technical-skills': /\b(clinical|technical|procedure|procedures|equipment|bloods|phlebotomy|wound|wounds|observations|obs|cannulation|cannula|ecg|catheter|catheterisation|medication|medicines|practical)\b/,
};

/** The areas a typed answer names, each with the words that named it ("yes" for a number or a title). */
function areasFromText(t: string): Partial<Record<RoadmapArea, string>> {
  const n = normalise(t);
  const out: Partial<Record<RoadmapArea, string>> = {};
  for (const m of n.matchAll(/\b([1-5])\b/g)) out[ROADMAP_AREAS[Number(m[1]) - 1]!] = 'yes';
  for (const area of ROADMAP_AREAS) {
    if (n.includes(normalise(ROADMAP_AREA_TITLES[area].split(':')[0]!))) out[area] = 'yes';
    const words = [...n.matchAll(new RegExp(AREA_WORDS[area].source, 'g'))].map((m) => m[0]);
    if (words.length > 0) out[area] = [...new Set(words)].join(', ');
  }
  return out;
}

function roadmapLink(content: Content): { label: string; url: string } | undefined {
  const r = content.resources?.find((x) => /learning-development-roadmap/.test(x.url));
  return r ? { label: r.title, url: r.url } : undefined;
}

// ---------------------------------------------------------------------------
// Target dates

export type DueParse =
  | { kind: 'date'; date: string }
  /** The person does not want a date. */
  | { kind: 'none' }
  /** A real date, but before today. */
  | { kind: 'past'; date: string }
  | { kind: 'unknown' };

const NO_DATE = /^(skip|no date|none|no|nope|not sure|unsure|no deadline|no rush|don'?t know|dunno|n\/?a|later|not yet|no thanks|leave it|no target)$/;

/**
 * Reads an answer to "by when?", relative to `today` (YYYY-MM-DD, local):
 * a target date (src/time/parse.ts), "skip" and the like for no date, or a
 * date that has already passed.
 */
export function readDue(text: string, today: string): DueParse {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  if (NO_DATE.test(t)) return { kind: 'none' };
  const found = parseDate(text, today, 'due');
  if (!found) return { kind: 'unknown' };
  return found.date < today ? { kind: 'past', date: found.date } : { kind: 'date', date: found.date };
}

// ---------------------------------------------------------------------------
// The plan, reminders and sharing

export function planFromData(d: CareerConversationData, userKey: string, completedAt: string, existing?: CareerPlan): CareerPlan {
  const answers: Record<string, string> = {};
  if (d.strengths) answers['strengths'] = d.strengths;
  if (d.enjoy) answers['enjoy'] = d.enjoy;
  if (d.aspirations) answers['aspirations'] = d.aspirations;
  if (d.needsOther) answers['needsOther'] = d.needsOther;
  if (d.wellbeing !== undefined) answers['wellbeing'] = String(d.wellbeing);
  const plan: CareerPlan = {
    id: d.planId,
    userKey,
    startedAt: d.startedAt,
    completedAt,
    answers,
    options: [...d.options],
    needs: { ...d.needs },
    actions: d.actions.map((a) => {
      const out: CareerPlan['actions'][number] = { id: a.id, text: a.text };
      if (a.due) out.due = a.due;
      const before = existing?.actions.find((x) => x.id === a.id && x.text === a.text);
      if (before?.done) out.done = true;
      return out;
    }),
  };
  if (d.growth && d.growth !== 'unsure') plan.growth = d.growth;
  if (existing?.sharedWith) plan.sharedWith = existing.sharedWith;
  return plan;
}

/** Stores the plan and keeps one pending reminder per dated action (and none for the others). */
async function savePlan(ctx: StepContext): Promise<CareerPlan> {
  const { store, clock } = ctx.services;
  const d = data(ctx);
  const now = clock();
  const at = now.toISOString();
  const existing = await store.plans.get(d.planId);
  const plan = planFromData(d, ctx.msg.userKey, existing?.completedAt ?? at, existing);
  await store.plans.put(plan);
  await ctx.updateProfile((p) => {
    p.lastCareerConversation = at;
  });
  await syncActionReminders(store, plan, ctx.msg.userKey, now, ctx.services.timeZone);
  return plan;
}

async function loadPlan(ctx: StepContext): Promise<CareerPlan> {
  const d = data(ctx);
  return (await ctx.services.store.plans.get(d.planId)) ?? planFromData(d, ctx.msg.userKey, ctx.services.clock().toISOString());
}

async function toSummary(ctx: StepContext): Promise<StepResult> {
  await savePlan(ctx);
  return { next: 'summary' };
}

function closing(ctx: StepContext): StepResult {
  ctx.say(
    message([
      { type: 'paragraph', text: PROMPTS.close },
      { type: 'choices', choices: [startButton('Show my plan', 'my-plan'), startButton('What else can you do?', 'help')] },
    ]),
  );
  return { end: true };
}

async function planChoices(ctx: StepContext): Promise<Choice[]> {
  const plan = await ctx.services.store.plans.get(data(ctx).planId);
  const profile = await ctx.profile();
  const choices = [answerButton(ctx, 'Download as text', 'txt'), answerButton(ctx, 'Download as Markdown', 'md')];
  const shared = plan?.sharedWith && plan.sharedWith.managerKey === profile?.managerKey;
  if (!shared) choices.push(answerButton(ctx, 'Share with my line manager', 'share'));
  choices.push(answerButton(ctx, 'Not now', 'done'));
  return choices;
}

async function startSharing(ctx: StepContext): Promise<StepResult> {
  const profile = await ctx.profile();
  if (!profile?.managerKey) return { next: 'share-manager' };
  return { next: nameForSharing(ctx) ? 'share-confirm' : 'share-name' };
}

async function onPlanChoice(ctx: StepContext, input: Answer): Promise<StepResult> {
  const t = clean(input);
  if (!t) return { retry: true };
  const n = normalise(t);
  if (t === 'txt' || /^(download( as)?( a)? text( file)?|text( file)?|txt|download)$/.test(n)) {
    ctx.say(fileMessage(ctx.services, await loadPlan(ctx), 'txt'));
    return { next: 'finish' };
  }
  if (t === 'md' || /^(download( as)?( a)? markdown( file)?|markdown( file)?|md)$/.test(n)) {
    ctx.say(fileMessage(ctx.services, await loadPlan(ctx), 'md'));
    return { next: 'finish' };
  }
  if (t === 'share' || /\b(share|send)\b.*\b(manager|boss)\b|^share( it)?$/.test(n)) return startSharing(ctx);
  if (t === 'done' || isNo(t) || isSkip(t)) return closing(ctx);
  // The plan is saved, so "my plan" can finish this conversation rather than pause it.
  if (/^(show |see |view |open )?(me )?(my )?(career )?plan( please)?$|^(show |see )?(me )?my actions$/.test(n)) return { start: 'my-plan' };
  if (looksUnrelated(ctx, t)) return { unrelated: true };
  const u = understand(t, ctx.services.content);
  // The conversation is finished: a new request is a new conversation, anything else goes to the router.
  if (u.intent === 'career_conversation') return { start: ID, args: { fresh: '1' } };
  if (u.intent !== 'unknown') return { unrelated: true };
  return { retry: true, hint: 'Please pick one of the buttons.' };
}

async function share(ctx: StepContext): Promise<StepResult> {
  const { store, messenger, log, clock } = ctx.services;
  const profile = await ctx.profile();
  const managerKey = profile?.managerKey;
  if (!managerKey) return { next: 'share-manager' };
  const plan = await loadPlan(ctx);
  const msg = managerMessage(ctx.services, plan, data(ctx).shareName);
  let result: DeliveryResult;
  try {
    result = await messenger.send(managerKey, [msg], { via: ctx.msg.userKey });
  } catch {
    result = { status: 'failed', reason: 'the send threw an error' };
  }
  if (result.status === 'sent') {
    plan.sharedWith = { managerKey, at: clock().toISOString() };
    await store.plans.put(plan);
    log.info({ event: 'plan-shared' }, 'A career plan was shared with a line manager');
    await recordDisclosure(ctx.services, 'share', ctx.msg.userKey, managerKey, { what: 'career-plan', actions: plan.actions.length });
    const who = profile.managerName ? profile.managerName : 'Your manager';
    ctx.say(`Done. ${who} now has your summary. It does not include your wellbeing answer.`);
  } else {
    log.warn({ event: 'plan-share-failed', status: result.status, reason: result.reason }, 'A career plan could not be shared');
    ctx.say(PROMPTS.share.failed);
  }
  return { next: 'finish' };
}

// ---------------------------------------------------------------------------
// Steps

function actionSteps(): Record<string, Step> {
  const steps: Record<string, Step> = {};
  for (let n = 1; n <= MAX_ACTIONS; n++) {
    const i = n - 1;
    steps[`action-${n}`] = {
      examples: PROMPTS.action.examples,
      async prompt(ctx) {
        const d = data(ctx);
        const blocks: Block[] = [];
        if (n === 1) blocks.push({ type: 'heading', text: PROMPTS.parts.action });
        blocks.push({ type: 'paragraph', text: n === 1 ? PROMPTS.action.first : PROMPTS.action.more });
        blocks.push(examplesLine(PROMPTS.action.examples));
        const choices: Choice[] = [];
        const existing = d.actions[i];
        if (existing) {
          blocks.push({ type: 'paragraph', text: `Your answer so far: "${existing.text}". Type a new one, or keep it.` });
          choices.push(answerButton(ctx, 'Keep this action', KEEP, 'primary'));
        } else if (n === 1) {
          const idea = await firstStepIdea(ctx);
          if (idea) {
            blocks.push({ type: 'paragraph', text: `An idea from your options: ${idea}` });
            choices.push(answerButton(ctx, 'Use this idea', idea));
          }
        }
        choices.push(answerButton(ctx, n === 1 ? 'Skip for now' : 'No more actions', 'skip'));
        blocks.push({ type: 'choices', choices });
        return message(blocks);
      },
      async answer(ctx, input) {
        const d = data(ctx);
        const t = clean(input);
        if (!t) return { retry: true, hint: 'Type one thing you will do, or "skip".' };
        if (t === KEEP && d.actions[i]) return { next: `date-${n}` };
        if (isSkip(t) || (n > 1 && isNo(t))) {
          d.actions = d.actions.slice(0, i);
          return toSummary(ctx);
        }
        if (looksUnrelated(ctx, t)) return { unrelated: true };
        signpostIfDistressed(ctx, t);
        const text = t.slice(0, MAX_TEXT);
        const before = d.actions[i];
        const draft: ActionDraft = { id: `a${n}`, text };
        if (before?.due) draft.due = before.due;
        d.actions = [...d.actions.slice(0, i), draft, ...d.actions.slice(i + 1)];
        return { next: `date-${n}` };
      },
    };
    steps[`date-${n}`] = {
      examples: PROMPTS.date.examples,
      prompt(ctx) {
        const a = data(ctx).actions[i];
        const blocks: Block[] = [];
        blocks.push({ type: 'paragraph', text: PROMPTS.date.question });
        if (a) blocks.push({ type: 'paragraph', text: `Your action: ${a.text}`, tone: 'muted' });
        blocks.push(examplesLine(PROMPTS.date.examples));
        const choices: Choice[] = [];
        if (a?.due) {
          blocks.push({ type: 'paragraph', text: `You said by ${shortDate(a.due)}.` });
          choices.push(answerButton(ctx, `Keep ${shortDate(a.due)}`, KEEP, 'primary'));
        }
        choices.push(
          answerButton(ctx, 'In 2 weeks', 'in 2 weeks'),
          answerButton(ctx, 'In a month', 'in 1 month'),
          answerButton(ctx, 'In 3 months', 'in 3 months'),
          answerButton(ctx, 'No date', 'skip'),
        );
        blocks.push({ type: 'choices', choices });
        return message(blocks);
      },
      answer(ctx, input) {
        const d = data(ctx);
        const a = d.actions[i];
        if (!a) return { next: `action-${n}` };
        const t = clean(input);
        if (!t) return { retry: true };
        const after = (): StepResult | Promise<StepResult> => (n < MAX_ACTIONS ? { next: `more-${n}` } : toSummary(ctx));
        if (t === KEEP) return after();
        const parsed = readDue(t, today(ctx));
        switch (parsed.kind) {
          case 'none':
            delete a.due;
            return after();
          case 'date':
            a.due = parsed.date;
            return after();
          case 'past':
            return { retry: true, hint: `${shortDate(parsed.date)} has already passed. Please pick a date from today onwards.` };
          default:
            if (looksUnrelated(ctx, t)) return { unrelated: true };
            return { retry: true, hint: 'I could not read that as a date.' };
        }
      },
      fallback(ctx) {
        return [
          answerButton(ctx, 'In 2 weeks', 'in 2 weeks'),
          answerButton(ctx, 'In a month', 'in 1 month'),
          answerButton(ctx, 'In 3 months', 'in 3 months'),
          answerButton(ctx, 'No date', 'skip'),
        ];
      },
    };
    if (n < MAX_ACTIONS) {
      steps[`more-${n}`] = {
        examples: ['yes', 'no'],
        prompt(ctx) {
          const d = data(ctx);
          return message([
            { type: 'paragraph', text: 'Your actions so far:' },
            { type: 'list', items: d.actions.slice(0, n).map((a) => (a.due ? `${a.text} (by ${shortDate(a.due)})` : a.text)) },
            { type: 'paragraph', text: PROMPTS.more.question },
            { type: 'choices', choices: [answerButton(ctx, 'Add another', 'yes'), answerButton(ctx, "No, that's all", 'no', 'primary')] },
          ]);
        },
        answer(ctx, input) {
          const t = clean(input);
          if (!t) return { retry: true };
          if (isYes(t)) return { next: `action-${n + 1}` };
          if (isNo(t) || isSkip(t)) {
            const d = data(ctx);
            d.actions = d.actions.slice(0, n);
            return toSummary(ctx);
          }
          if (looksUnrelated(ctx, t)) return { unrelated: true };
          return { retry: true, hint: 'Please answer yes or no.' };
        },
        fallback: (ctx) => [answerButton(ctx, 'Add another', 'yes'), answerButton(ctx, "No, that's all", 'no')],
      };
    }
  }
  return steps;
}

/** One concrete next step from the pathway engine, for the first chosen option. */
async function firstStepIdea(ctx: StepContext): Promise<string | undefined> {
  const d = data(ctx);
  const target = d.options[0];
  if (!target) return undefined;
  const profile = await ctx.profile();
  const q: { to: string; from?: string; held: string[] } = { to: target, held: profile?.held ?? [] };
  if (profile?.roleId) q.from = profile.roleId;
  const found = findPathways(ctx.services.content, q);
  return found.kind === 'found' && found.best.nextAction ? found.best.nextAction.slice(0, 300) : undefined;
}

const steps: Record<string, Step> = {
  'resume-or-new': {
    examples: ['carry on', 'start again'],
    prompt(ctx) {
      const d = data(ctx);
      const saved = d.resumeFrom;
      if (!saved && d.resumedAt) {
        // Reached with "back": the runtime's history starts where the conversation was picked up.
        return message([
          { type: 'paragraph', text: 'This is where you picked your conversation up again, so I cannot go back any further. Your answers are saved. To change an earlier answer, type "restart" to start again.' },
          { type: 'choices', choices: [answerButton(ctx, 'Carry on', 'resume', 'primary')] },
        ]);
      }
      const startedAt = typeof saved?.data['startedAt'] === 'string' ? saved.data['startedAt'] : undefined;
      const when = startedAt ? ` on ${shortDate(localDate(new Date(startedAt), ctx.services.timeZone))}` : '';
      const part = saved ? STEP_PART[saved.step] ?? (saved.step.startsWith('action') || saved.step.startsWith('date') || saved.step.startsWith('more') ? 'your actions' : '') : '';
      return message([
        {
          type: 'paragraph',
          text: `You started a career conversation${when}${part ? ` and got as far as ${part}` : ''}. Your answers are saved. Would you like to carry on where you left off, or start a new one?`,
        },
        { type: 'choices', choices: [answerButton(ctx, 'Carry on', 'resume', 'primary'), answerButton(ctx, 'Start a new one', 'new')] },
      ]);
    },
    answer(ctx, input) {
      const t = clean(input);
      const d = data(ctx);
      const saved = d.resumeFrom;
      if (!t) return { retry: true };
      const n = normalise(t);
      if (t === 'resume' || /^(carry on|continue|resume|yes|carry on where i left off)$/.test(n)) {
        if (!saved && d.resumedAt && steps[d.resumedAt]) return { next: d.resumedAt };
        const suggested = d.suggested;
        for (const k of Object.keys(ctx.data)) delete ctx.data[k];
        if (!saved || !steps[saved.step]) {
          init(ctx, suggested);
          return { next: 'strengths' };
        }
        Object.assign(ctx.data, structuredClone(saved.data));
        delete data(ctx).resumeFrom;
        data(ctx).resumedAt = saved.step;
        if (suggested) data(ctx).suggested = suggested;
        return { next: saved.step };
      }
      if (t === 'new' || /^(start a new one|start again|new|start over|new one|no)$/.test(n)) {
        init(ctx, d.suggested);
        ctx.say(message(PROMPTS.intro.map((text) => ({ type: 'paragraph' as const, text }))));
        return { next: 'strengths' };
      }
      return { retry: true, hint: 'Please choose "Carry on" or "Start a new one".' };
    },
    fallback: (ctx) => [answerButton(ctx, 'Carry on', 'resume'), answerButton(ctx, 'Start a new one', 'new')],
  },

  strengths: textStep({
    key: 'strengths',
    heading: PROMPTS.parts.who,
    question: PROMPTS.strengths.question,
    examples: PROMPTS.strengths.examples,
    next: () => ({ next: 'enjoy' }),
  }),
  enjoy: textStep({
    key: 'enjoy',
    question: PROMPTS.enjoy.question,
    examples: PROMPTS.enjoy.examples,
    next: () => ({ next: 'aspirations' }),
  }),
  aspirations: textStep({
    key: 'aspirations',
    heading: PROMPTS.parts.where,
    question: PROMPTS.aspirations.question,
    examples: PROMPTS.aspirations.examples,
    next: () => ({ next: 'growth' }),
  }),

  growth: {
    examples: PROMPTS.growth.examples,
    prompt(ctx) {
      const blocks: Block[] = [
        { type: 'paragraph', text: PROMPTS.growth.intro },
        { type: 'list', items: GROWTH_ORDER.map((g) => `${GROWTH[g].button}. ${GROWTH[g].explain}`) },
        { type: 'paragraph', text: PROMPTS.growth.question },
      ];
      const current = data(ctx).growth;
      if (current) {
        blocks.push({ type: 'paragraph', text: `You said: ${current === 'unsure' ? PROMPTS.growth.unsure : GROWTH[current].button}.`, tone: 'muted' });
      }
      blocks.push({ type: 'choices', choices: growthChoices(ctx) });
      blocks.push({ type: 'links', links: [{ label: 'About Scope for Growth (NHS Leadership Academy)', url: SCOPE_FOR_GROWTH_URL }] });
      return message(blocks);
    },
    answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true };
      const g = growthFromText(t);
      if (!g) {
        if (looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: 'Please pick the one that sounds most like you, or "Not sure yet".' };
      }
      data(ctx).growth = g;
      return afterGrowth(ctx);
    },
    fallback: growthChoices,
  },

  'options-role': {
    examples: PROMPTS.optionsRole.examples,
    prompt(ctx) {
      return message([
        { type: 'heading', text: PROMPTS.parts.options },
        { type: 'paragraph', text: PROMPTS.optionsRole.question },
        examplesLine(PROMPTS.optionsRole.examples),
        { type: 'choices', choices: [answerButton(ctx, PROMPTS.optionsRole.carryOn, CANCEL)] },
      ]);
    },
    async answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true };
      if (t === CANCEL || isSkip(t) || /^(carry on|carry on without|continue|no)$/.test(normalise(t))) return { next: 'options' };
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      const role = matchRole(ctx.services.content, t);
      if (!role) return { retry: true, hint: 'I could not match that to a role I know. Try your job title.' };
      await ctx.updateProfile((p) => {
        p.roleId = role.id;
      });
      ctx.say(`Thanks. I have saved ${role.title} as your current role. You can change it any time in your profile.`);
      return { next: 'options' };
    },
    fallback(ctx) {
      const t = ctx.msg.text ?? '';
      return [
        ...suggestRoles(ctx.services.content, t).map((r) => answerButton(ctx, r.title, r.id)),
        answerButton(ctx, PROMPTS.optionsRole.carryOn, CANCEL),
      ];
    },
  },

  options: {
    examples: PROMPTS.options.examples,
    async prompt(ctx) {
      const d = data(ctx);
      const content = ctx.services.content;
      const { from, list } = await candidates(ctx);
      const blocks: Block[] = [];
      if (d.options.length === 0) blocks.push({ type: 'heading', text: PROMPTS.parts.options });
      if (list.length > 0) {
        blocks.push({
          type: 'paragraph',
          text: from
            ? `Here are some next steps from your role as ${from.title}. Pick any that interest you: you can pick more than one, or type another role.`
            : 'Here are some roles you might look at. Pick any that interest you: you can pick more than one, or type another role.',
        });
        blocks.push({ type: 'list', items: list.map((c) => candidateLine(content, c)) });
        blocks.push({ type: 'paragraph', text: 'Times are typical. Your trust may do things differently.', tone: 'muted' });
      } else {
        blocks.push({ type: 'paragraph', text: 'Type a role you are interested in, and I will add it to your options.' });
        blocks.push(examplesLine(['nursing associate', 'assistant practitioner']));
      }
      const choices: Choice[] = list.filter((c) => !d.options.includes(c.role.id)).map((c) => answerButton(ctx, candidateLabel(c), c.role.id));
      if (d.options.length > 0) {
        blocks.push({
          type: 'paragraph',
          text: `You have picked: ${d.options.map((id) => content.roles.get(id)?.title ?? id).join(', ')}. Pick another, or press "That's all".`,
        });
        choices.push(answerButton(ctx, "That's all", DONE, 'primary'));
        choices.push(answerButton(ctx, 'Clear my choices', 'clear'));
      } else {
        choices.push(answerButton(ctx, 'None of these', NONE_OF_THESE));
      }
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    async answer(ctx, input) {
      const d = data(ctx);
      const content = ctx.services.content;
      const t = clean(input);
      if (!t) return { retry: true };
      const n = normalise(t);
      if (t === DONE || t === NONE_OF_THESE || isSkip(t) || isNo(t) || /^(none of these|none of them|that'?s it|next)$/.test(n)) {
        return { next: 'needs' };
      }
      if (t === 'clear' || n === 'clear my choices') {
        d.options = [];
        return { stay: true };
      }
      const direct = content.roles.get(t);
      const role = direct ?? (looksUnrelated(ctx, t) ? null : matchRole(content, t));
      if (!role) {
        if (looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: 'I could not match that to a role. Try the job title, or press "None of these".' };
      }
      if (!d.options.includes(role.id)) d.options = [...d.options, role.id];
      if (d.options.length >= MAX_OPTIONS_SHOWN) return { next: 'needs' };
      ctx.say(`Added ${role.title}.`);
      return { stay: true };
    },
    fallback(ctx) {
      const t = ctx.msg.text ?? '';
      return [
        ...suggestRoles(ctx.services.content, t).map((r) => answerButton(ctx, r.title, r.id)),
        answerButton(ctx, data(ctx).options.length > 0 ? "That's all" : 'None of these', DONE),
      ];
    },
  },

  needs: {
    examples: PROMPTS.needs.examples,
    prompt(ctx) {
      const d = data(ctx);
      const blocks: Block[] = [
        { type: 'heading', text: PROMPTS.parts.needs },
        { type: 'paragraph', text: PROMPTS.needs.question },
        { type: 'paragraph', text: PROMPTS.needs.about, tone: 'muted' },
        {
          type: 'inputs',
          fields: [
            {
              id: 'areas',
              label: 'Areas to develop (pick any)',
              kind: 'choice',
              multiple: true,
              optional: true,
              options: ROADMAP_AREAS.map((a) => ({ label: ROADMAP_AREA_TITLES[a], value: a })),
              ...(Object.keys(d.needs).length > 0 ? { initial: Object.keys(d.needs).join(',') } : {}),
            },
            {
              id: 'other',
              label: 'Anything else? (optional)',
              kind: 'text',
              optional: true,
              placeholder: 'For example: getting my maths GCSE',
              ...(d.needsOther ? { initial: d.needsOther } : {}),
            },
          ],
          submit: answerButton(ctx, 'Save and carry on', 'form', 'primary'),
        },
        { type: 'paragraph', text: PROMPTS.needs.typed, tone: 'muted' },
      ];
      const choices: Choice[] = [];
      if (Object.keys(d.needs).length > 0 || d.needsOther) choices.push(answerButton(ctx, 'Keep my answers', KEEP));
      choices.push(answerButton(ctx, 'Skip', 'skip'));
      blocks.push({ type: 'choices', choices });
      const link = roadmapLink(ctx.services.content);
      if (link) blocks.push({ type: 'links', links: [link] });
      return message(blocks);
    },
    answer(ctx, input) {
      const d = data(ctx);
      if (input.action?.value['answer'] === 'form') {
        const picked = (input.action.value['areas'] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s): s is RoadmapArea => (ROADMAP_AREAS as readonly string[]).includes(s));
        const other = (input.action.value['other'] ?? '').replace(/\s+/g, ' ').trim();
        if (picked.length === 0 && !other) return { retry: true, hint: 'Pick at least one area or write something, or press "Skip".' };
        if (other) signpostIfDistressed(ctx, other);
        d.needs = Object.fromEntries(picked.map((a) => [a, d.needs[a] && d.needs[a] !== 'yes' ? d.needs[a]! : 'yes']));
        if (other) d.needsOther = other.slice(0, MAX_TEXT);
        else delete d.needsOther;
        return { next: 'wellbeing' };
      }
      const t = clean(input);
      if (!t) return { retry: true };
      if (t === KEEP) return { next: 'wellbeing' };
      if (isSkip(t)) {
        d.needs = {};
        delete d.needsOther;
        return { next: 'wellbeing' };
      }
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      signpostIfDistressed(ctx, t);
      const areas = areasFromText(t);
      if (Object.keys(areas).length === 0) {
        d.needsOther = t.slice(0, MAX_TEXT);
      } else {
        d.needs = Object.fromEntries(ROADMAP_AREAS.filter((a) => areas[a]).map((a) => [a, areas[a]!]));
      }
      return { next: 'wellbeing' };
    },
  },

  wellbeing: {
    examples: PROMPTS.wellbeing.examples,
    prompt(ctx) {
      const choices = [1, 2, 3, 4, 5].map((n) => answerButton(ctx, `${n} ${WELLBEING_WORDS[n]}`, String(n)));
      choices.push(answerButton(ctx, "I'd rather not say", 'skip'));
      return message([
        { type: 'heading', text: PROMPTS.parts.wellbeing },
        { type: 'paragraph', text: PROMPTS.wellbeing.question },
        { type: 'paragraph', text: PROMPTS.wellbeing.privacy, tone: 'muted' },
        { type: 'choices', choices },
      ]);
    },
    answer(ctx, input) {
      const d = data(ctx);
      const t = clean(input);
      if (!t) return { retry: true };
      if (signpostIfDistressed(ctx, t)) {
        delete d.wellbeing;
        return { next: 'action-1' };
      }
      if (isSkip(t)) {
        delete d.wellbeing;
        return { next: 'action-1' };
      }
      const m = /^\s*([1-5])(?:\s*(?:\/|out of|of)\s*5)?\b/.exec(t) ?? /^(one|two|three|four|five)\b/i.exec(t);
      if (!m) {
        if (looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: 'Please choose a number from 1 to 5, or "skip".' };
      }
      const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
      const n = Number(m[1]) || words[m[1]!.toLowerCase()]!;
      d.wellbeing = n;
      if (n <= 2) {
        const already = ctx.signposted;
        ctx.signposted = true;
        ctx.say(
          message([
            { type: 'paragraph', text: PROMPTS.wellbeing.low },
            ...(already ? [] : signpostingBlocks(ctx.services.content)),
            { type: 'paragraph', text: PROMPTS.wellbeing.afterSignposting, tone: 'muted' },
          ]),
        );
      } else {
        ctx.say(n === 3 ? PROMPTS.wellbeing.middle : PROMPTS.wellbeing.high);
      }
      return { next: 'action-1' };
    },
    fallback: (ctx) => [1, 2, 3, 4, 5].map((n) => answerButton(ctx, String(n), String(n))).concat(answerButton(ctx, 'Skip', 'skip')),
  },

  ...actionSteps(),

  summary: {
    examples: PROMPTS.summary.examples,
    async prompt(ctx) {
      const plan = await loadPlan(ctx);
      const blocks: Block[] = [
        { type: 'heading', text: PROMPTS.summary.heading },
        { type: 'paragraph', text: PROMPTS.summary.intro },
        ...planBlocks(ctx.services.content, plan, 'self'),
      ];
      if (plan.actions.some((a) => a.due && !a.done)) blocks.push({ type: 'paragraph', text: PROMPTS.summary.reminders, tone: 'muted' });
      blocks.push({ type: 'paragraph', text: 'What would you like to do with it?' });
      blocks.push({ type: 'choices', choices: await planChoices(ctx) });
      return message(blocks);
    },
    answer: onPlanChoice,
    fallback: planChoices,
  },

  finish: {
    examples: PROMPTS.summary.examples,
    async prompt(ctx) {
      return message([
        { type: 'paragraph', text: PROMPTS.finish },
        { type: 'choices', choices: await planChoices(ctx) },
      ]);
    },
    answer: onPlanChoice,
    fallback: planChoices,
  },

  'share-manager': {
    examples: ['My manager is @Sam Jones'],
    prompt(ctx) {
      return message([
        { type: 'paragraph', text: PROMPTS.share.who },
        { type: 'paragraph', text: PROMPTS.share.notYet, tone: 'muted' },
        { type: 'choices', choices: [answerButton(ctx, 'Not now', CANCEL)] },
      ]);
    },
    async answer(ctx, input) {
      const t = clean(input) ?? '';
      if (t === CANCEL || isSkip(t) || isNo(t) || /^cancel$/.test(normalise(t))) {
        ctx.say(PROMPTS.share.nothingShared);
        return { next: 'finish' };
      }
      const mention = (ctx.msg.mentions ?? []).find(
        (m) => m.userKey !== ctx.msg.userKey && platformOf(m.userKey) === ctx.msg.platform,
      );
      if (!mention) {
        if (t && looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: PROMPTS.share.noMention };
      }
      const name = mention.name.replace(/^@/, '').trim();
      await ctx.updateProfile((p) => {
        p.managerKey = mention.userKey;
        if (name) p.managerName = name;
        else delete p.managerName;
      });
      ctx.say(`Thanks. I have saved ${name || 'them'} as your line manager.`);
      return { next: nameForSharing(ctx) ? 'share-confirm' : 'share-name' };
    },
    fallback: (ctx) => [answerButton(ctx, 'Not now', CANCEL)],
  },

  'share-name': {
    examples: PROMPTS.share.nameExamples,
    prompt(ctx) {
      return message([
        { type: 'paragraph', text: PROMPTS.share.name },
        examplesLine(PROMPTS.share.nameExamples),
        { type: 'choices', choices: [answerButton(ctx, 'Not now', CANCEL)] },
      ]);
    },
    answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true };
      if (t === CANCEL || isSkip(t) || /^(cancel|not now)$/.test(normalise(t))) {
        ctx.say(PROMPTS.share.nothingShared);
        return { next: 'finish' };
      }
      if (t.length > 60 || /[?<>]/.test(t)) return { retry: true, hint: 'Please type just your name.' };
      data(ctx).shareName = t;
      return { next: 'share-confirm' };
    },
  },

  'share-confirm': {
    examples: ['yes, share it', 'no'],
    async prompt(ctx) {
      const profile = await ctx.profile();
      const plan = await loadPlan(ctx);
      const who = profile?.managerName ? `Your manager, ${profile.managerName},` : 'Your manager';
      const preview = managerMessage(ctx.services, plan, data(ctx).shareName).blocks.filter((b) => b.type !== 'choices');
      return message([
        { type: 'heading', text: PROMPTS.share.checkHeading },
        { type: 'paragraph', text: `${who} will see:` },
        { type: 'divider' },
        ...preview,
        { type: 'divider' },
        { type: 'paragraph', text: PROMPTS.share.notWellbeing },
        { type: 'paragraph', text: PROMPTS.share.nothingYet, tone: 'muted' },
        {
          type: 'choices',
          choices: [
            answerButton(ctx, 'Yes, share it', 'yes', 'primary'),
            answerButton(ctx, 'Choose a different manager', 'change'),
            answerButton(ctx, "No, don't share", 'no'),
          ],
        },
      ]);
    },
    async answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true };
      const n = normalise(t);
      if (/^(yes|yes share it|share it|share|send it|send|yes please|ok|okay)$/.test(n)) return share(ctx);
      if (t === 'change' || /\b(different|change|another|wrong)\b/.test(n)) return { next: 'share-manager' };
      if (isNo(t) || isSkip(t) || /^(no don'?t share|don'?t share|cancel)$/.test(n)) {
        ctx.say(PROMPTS.share.nothingShared);
        return { next: 'finish' };
      }
      return { retry: true, hint: 'Please answer "Yes, share it" or "No, don\'t share".' };
    },
    fallback: (ctx) => [answerButton(ctx, 'Yes, share it', 'yes'), answerButton(ctx, "No, don't share", 'no')],
  },
};

/**
 * The name to put on a shared summary: the one the person typed, or the display
 * name the platform sent with this message (Teams does), so they are not asked.
 */
function nameForSharing(ctx: StepContext): string | undefined {
  const d = data(ctx);
  if (!d.shareName && ctx.msg.userName) d.shareName = ctx.msg.userName;
  return d.shareName;
}

/** A conversation under way in this chat (running or paused), to offer back instead of starting over. */
async function savedConversation(ctx: StepContext): Promise<{ step: string; data: Record<string, unknown> } | undefined> {
  const state = await ctx.services.store.dialogs.get(ctx.msg.userKey, ctx.msg.conversationKey);
  if (!state) return undefined;
  let found: { step: string; data: Record<string, unknown> } | undefined =
    state.dialog === ID ? { step: state.step, data: state.data } : state.paused?.findLast((p) => p.dialog === ID);
  if (found?.step === 'resume-or-new') {
    const inner = found.data['resumeFrom'] as { step: string; data: Record<string, unknown> } | undefined;
    found = inner;
  }
  if (!found || !steps[found.step] || typeof found.data['planId'] !== 'string') return undefined;
  return { step: found.step, data: found.data };
}

function isRestart(ctx: StepContext): boolean {
  if (ctx.msg.action?.id === 'restart') return true;
  return !!ctx.msg.text && globalCommand(ctx.services.content, ctx.msg.text) === 'restart';
}

export function careerConversationDialog(): Dialog {
  return {
    id: ID,
    title: 'your career conversation',
    async begin(ctx, args) {
      const roleId = typeof args['roleId'] === 'string' && ctx.services.content.roles.has(args['roleId']) ? args['roleId'] : undefined;
      if (args['fresh'] !== '1' && !isRestart(ctx)) {
        const saved = await savedConversation(ctx);
        if (saved) {
          for (const k of Object.keys(ctx.data)) delete ctx.data[k];
          data(ctx).resumeFrom = saved;
          if (roleId) data(ctx).suggested = roleId;
          return { next: 'resume-or-new' };
        }
      }
      init(ctx, roleId);
      ctx.say(message(PROMPTS.intro.map((text) => ({ type: 'paragraph' as const, text }))));
      return { next: 'strengths' };
    },
    steps,
    help() {
      return message([
        { type: 'heading', text: 'About the career conversation' },
        ...PROMPTS.help.map((text) => ({ type: 'paragraph' as const, text })),
        { type: 'links', links: [{ label: 'Scope for Growth (NHS Leadership Academy)', url: SCOPE_FOR_GROWTH_URL }] },
      ]);
    },
  };
}
