/**
 * Every Teams card the bot sends, in every dialog, is free of Markdown backslash
 * escapes. Teams desktop and web hide `\(`, but the Teams mobile renderer removes
 * a backslash only before `[ ] ) * _`, so Android and iOS would show the rest.
 *
 * The bot (every feature, the real content, a real store, a fixed clock) is driven
 * through every dialog: each dialog is started by its start button and by typed
 * requests, for a newcomer, for someone with a profile, a plan and a check-in
 * programme, and for an admin; then every button the bot offers is pressed (once
 * per kind of button), forms are submitted with typical and with hostile answers,
 * and a typed answer is tried at every step. Scheduler ticks over the next months
 * add the messages sent on their own (check-ins, reminders, digests), whose buttons
 * are pressed too. Every reply and every sent message is rendered with the Teams
 * renderer, and every string a person could see on the cards is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/core/dialog.js';
import type { Bot } from '../../src/core/runtime.js';
import type { Block, Choice, InboundMessage, InputField, OutboundMessage } from '../../src/core/messages.js';
import { LowStore } from '../../src/store/lowdb.js';
import { createLogger } from '../../src/log.js';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { renderAdaptiveCards, type AdaptiveCardJson } from '../../src/channels/teams/render.js';
import { buildScheduler } from '../../src/scheduler/index.js';
import type { Scheduler } from '../../src/scheduler/scheduler.js';
import { enrol } from '../../dialogs/enrolment/enrol.js';
import { composeForTest, testSettings } from '../helpers/bot.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

// ---------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------

/** A backslash followed by an ASCII punctuation character: a CommonMark backslash escape. */
const BACKSLASH_ESCAPE = /\\[!-/:-@[-`{-~]/;

/** Every string a person could see on a card, with where it is. */
export function visibleCardStrings(card: unknown): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  const add = (where: string, v: unknown) => {
    if (typeof v === 'string') out.push({ where, text: v });
  };
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    const type = typeof o['type'] === 'string' ? (o['type'] as string) : '';
    if (type === 'TextBlock' || type === 'TextRun') add(type, o['text']);
    if (type === 'RichTextBlock' && Array.isArray(o['inlines'])) for (const i of o['inlines']) add('TextRun', i);
    if (type === 'FactSet' && Array.isArray(o['facts'])) {
      for (const f of o['facts'] as Array<Record<string, unknown>>) {
        add('Fact title', f['title']);
        add('Fact value', f['value']);
      }
    }
    if (type.startsWith('Action.')) {
      add(`${type} title`, o['title']);
      add(`${type} tooltip`, o['tooltip']);
    }
    if (type.startsWith('Input.')) {
      add(`${type} label`, o['label']);
      add(`${type} placeholder`, o['placeholder']);
      add(`${type} errorMessage`, o['errorMessage']);
      add(`${type} title`, o['title']);
      if (Array.isArray(o['choices'])) for (const c of o['choices'] as Array<Record<string, unknown>>) add('choice title', c['title']);
    }
    if (type === 'Image') add('Image altText', o['altText']);
    // Button data is sent back, never shown: do not look inside it.
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
  };
  walk(card);
  return out;
}

/** The backslash escapes on the cards of one message, as readable lines. */
export function backslashEscapes(cards: AdaptiveCardJson[]): string[] {
  return cards.flatMap((card) =>
    visibleCardStrings(card)
      .filter((s) => BACKSLASH_ESCAPE.test(s.text))
      .map((s) => `${s.where}: ${JSON.stringify(s.text.slice(0, 160))}`),
  );
}

describe('the backslash-escape check', () => {
  it('finds an escape on every kind of surface, and nothing in clean cards', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Registered nurse \\(adult\\)' },
        { type: 'RichTextBlock', inlines: ['a \\* b', { type: 'TextRun', text: '\\#1' }] },
        { type: 'FactSet', facts: [{ title: 'Role\\:', value: 'A\\&E' }] },
        { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Save \\[x\\]', data: { v: '\\(' } }] },
        { type: 'Input.Text', id: 'a', label: '\\_x', placeholder: 'e\\.g\\.' },
        { type: 'Input.ChoiceSet', id: 'b', label: 'ok', choices: [{ title: '\\- one', value: 'v' }] },
      ],
    } as unknown as AdaptiveCardJson;
    const found = backslashEscapes([card]);
    expect(found.map((f) => f.split(':')[0])).toEqual([
      'TextBlock',
      'TextRun',
      'TextRun',
      'Fact title',
      'Fact value',
      'Action.Submit title',
      'Input.Text label',
      'Input.Text placeholder',
      'choice title',
    ]);
    // A backslash before a letter, a space or an invisible character is not an escape.
    const clean = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'C:\\Users \\ a\\\u2060(b)' }] };
    expect(backslashEscapes([clean as unknown as AdaptiveCardJson])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// The bot, and the people who talk to it
// ---------------------------------------------------------------------------------------

const NOW = new Date('2026-03-04T11:00:00Z');
const ADMIN = 'teams:29:admin';

/** Answers typed into forms and at text steps: ordinary punctuation, and text that looks like Markdown. */
const TYPICAL = 'Registered nurse (adult) in A&E, Band 2–3, about 50% of the time. Q&A: yes - see www.nhs.uk';
const HOSTILE =
  '**bold** _it_ [a](https://evil.example) <b>x</b> &amp; {{DATE(2020-01-01T00:00:00Z)}} `c` ~s~ a\\(b\\)\n# heading\n- item\n1. item\n> quote';

/** Typed requests that start each feature, in people's own words. */
const REQUESTS = [
  'hi',
  'help',
  'what can you do?',
  'How do I become a nursing associate?',
  'how do I become a registered nurse (adult)?',
  'What are my options as a Band 2 healthcare assistant?',
  'what are my options?',
  'can I become a paramedic?',
  'I want to be a midwife',
  'courses for maths and English',
  'resources on wellbeing',
  'career conversation',
  'help me plan my career',
  'my plan',
  'my profile',
  'change my role',
  'check in',
  'sign me up for check-ins',
  'enrol @Sam on preceptorship',
  'my working hours',
  'I work nights',
  'pause check-ins',
  'remind me tomorrow',
  'what do you hold about me?',
  'delete my data',
  'privacy',
  'programme report',
  'weekly summary',
  'my manager wants me to find a course for my apprentice',
  'how do I become a nurse for my colleague who is a band 3?',
  'what is the weather tomorrow?',
  'I feel hopeless and want to end it all',
  'I am being bullied at work',
  'asdfgh',
  '3',
  TYPICAL,
  HOSTILE,
];

type Persona = 'newcomer' | 'settled' | 'admin';

let content: Content;
let dir: string;
let store: LowStore;
let bot: Bot;
let scheduler: Scheduler;
let clock = NOW;
/** Messages the bot sent on its own, to whom. */
const sent: Array<{ userKey: string; messages: OutboundMessage[] }> = [];
let people = 0;

beforeAll(async () => {
  content = await loadContent(defaultContentDir);
  dir = await tempDir('cc-teams-text-');
  store = await LowStore.open(dir);
  const services: Services = {
    store,
    log: createLogger('silent'),
    clock: () => clock,
    content,
    timeZone: 'Europe/London',
    messenger: {
      send: async (userKey, messages) => {
        sent.push({ userKey, messages });
        return { status: 'sent' };
      },
    },
  };
  const settings = testSettings({ ADMIN_USERS: ADMIN });
  const composition = composeForTest(services, settings);
  bot = composition.bot;
  scheduler = buildScheduler(services, settings.scheduler, composition.reminders, { sleep: async () => undefined });
});

afterAll(async () => {
  await store?.close();
  if (dir) await removeDir(dir);
});

/** A new person (or the admin) in a new conversation, set up as the persona says. */
async function newPerson(persona: Persona): Promise<{ userKey: string; conversationKey: string }> {
  const n = ++people;
  const conversationKey = `teams:conv-${n}`;
  if (persona === 'admin') return { userKey: ADMIN, conversationKey };
  const userKey = `teams:29:person-${n}`;
  if (persona === 'newcomer') return { userKey, conversationKey };
  const roles = [...content.roles.values()];
  const at = NOW.toISOString();
  await store.profiles.put({
    userKey,
    platform: 'teams',
    createdAt: at,
    updatedAt: at,
    roleId: roles[n % roles.length]!.id,
    band: '3',
    area: 'Emergency department (A&E)',
    held: ['level2-maths-english'],
    managerKey: `teams:29:manager-${n}`,
    managerName: 'Sam (ward manager)',
    onboarded: true,
    appraisalDue: '2026-04-15',
  });
  await store.plans.put({
    id: `${userKey}|2026-02-20T09:00:00.000Z`,
    userKey,
    startedAt: '2026-02-20T09:00:00.000Z',
    completedAt: '2026-02-20T09:20:00.000Z',
    answers: { strengths: 'Calm under pressure (mostly)', aspirations: 'Become a nursing associate', wellbeing: '3' },
    growth: 'stretch',
    options: ['nursing-associate'],
    needs: { 'skills-for-life': 'maths' },
    actions: [
      { id: 'a1', text: 'Ask about the apprenticeship (TNA)', due: '2026-03-20' },
      { id: 'a2', text: 'Do a Functional Skills maths course', due: '2026-06-30' },
      { id: 'a3', text: 'Shadow a colleague' },
    ],
    sharedWith: { managerKey: `teams:29:manager-${n}`, at: '2026-02-20T09:30:00.000Z' },
  });
  const programmes = [...content.programmes.values()];
  await enrol(
    { store, content },
    { timeZone: 'Europe/London', checkinTime: '10:00' },
    { subject: userKey, programmeId: programmes[n % programmes.length]!.id, startDate: '2026-03-02', managerKey: `teams:29:manager-${n}`, enrolledBy: 'csv' },
    new Date('2026-02-20T10:00:00Z'),
  );
  return { userKey, conversationKey };
}

// ---------------------------------------------------------------------------------------
// Driving the bot
// ---------------------------------------------------------------------------------------

type Step = { text: string } | { action: { id: string; value: Record<string, string> } };

interface Path {
  persona: Persona;
  steps: Step[];
}

interface Seen {
  messages: number;
  cards: number;
  strings: number;
  /** Source texts of the blocks, for the figures. */
  texts: Set<string>;
  escapes: Set<string>;
  /** Visible strings with an escape. */
  escaped: number;
  turns: number;
}

const seen: Seen = { messages: 0, cards: 0, strings: 0, texts: new Set(), escapes: new Set(), escaped: 0, turns: 0 };
/** Dialogs that started and replied, by id. */
const started = new Set<string>();

function blockTexts(b: Block): string[] {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return [b.text];
    case 'list':
      return b.items;
    case 'facts':
      return b.facts.flatMap((f) => [f.label, f.value]);
    case 'choices':
      return b.choices.map((c) => c.label);
    case 'links':
      return b.links.map((l) => l.label);
    case 'image':
      return [b.alt];
    case 'inputs':
      return [...b.fields.flatMap((f) => [f.label, f.placeholder ?? '', ...(f.options ?? []).map((o) => o.label)]), b.submit.label];
    case 'divider':
      return [];
  }
}

/** Renders messages for Teams and records every escape found. */
function check(messages: OutboundMessage[], context: string): void {
  for (const m of messages) {
    seen.messages++;
    for (const b of m.blocks) for (const t of blockTexts(b)) if (t !== '') seen.texts.add(t);
    const cards = renderAdaptiveCards(m);
    seen.cards += cards.length;
    seen.strings += cards.reduce((n, c) => n + visibleCardStrings(c).length, 0);
    for (const e of backslashEscapes(cards)) {
      seen.escaped++;
      seen.escapes.add(`${e}  (after ${context})`);
    }
  }
}

/** Input values for a form: the first option of a choice, a date, a number, or the given text. */
function formValues(fields: InputField[], text: string): Record<string, string> {
  const v: Record<string, string> = {};
  for (const f of fields) {
    if (f.kind === 'choice') v[f.id] = f.options?.[0]?.value ?? text;
    else if (f.kind === 'date') v[f.id] = '2026-04-01';
    else if (f.kind === 'number') v[f.id] = '5';
    else v[f.id] = text;
  }
  return v;
}

/** What can be done next from these replies: each button, and each form with two kinds of answer. */
function nextSteps(replies: OutboundMessage[]): Step[] {
  const out: Step[] = [];
  for (const b of replies.flatMap((r) => r.blocks)) {
    if (b.type === 'choices') for (const c of b.choices) out.push({ action: { id: c.action, value: { ...(c.value ?? {}) } } });
    if (b.type === 'inputs') {
      for (const text of [TYPICAL, HOSTILE]) {
        out.push({ action: { id: b.submit.action, value: { ...formValues(b.fields, text), ...(b.submit.value ?? {}) } } });
      }
    }
  }
  return out;
}

const describeStep = (s: Step): string => ('text' in s ? `typed ${JSON.stringify(s.text.slice(0, 40))}` : `pressed ${s.action.id} ${JSON.stringify(s.action.value).slice(0, 80)}`);

/** Plays a path from the start for a new person; returns the last replies. */
async function play(path: Path): Promise<OutboundMessage[]> {
  const who = await newPerson(path.persona);
  let last: OutboundMessage[] = [];
  for (const step of path.steps) {
    const m: InboundMessage = { platform: 'teams', ...who, isDirect: true, userName: 'Alex (they/them)', ...step };
    last = await bot.handle(m);
    seen.turns++;
    check(last, `${path.persona}: ${path.steps.map(describeStep).join(' → ')}`);
  }
  return last;
}

/** A key for a step that does the same thing whatever came before (a button with its values). */
const PARALLEL = 64;
/** How far the walk goes: deep enough to finish each dialog, small enough to run in seconds. */
const MAX_DEPTH = 8;
const MAX_PATHS = 1500;
const MAX_PROACTIVE_PATHS = 300;

const stepKey = (persona: Persona, s: Step): string => `${persona} ${JSON.stringify(s)}`;

/**
 * Breadth-first over everything the bot offers: each kind of button (action and
 * values) is pressed once per persona, and at each step a typed answer is tried once.
 */
async function explore(starts: Path[], maxDepth: number, maxPaths: number): Promise<number> {
  const done = new Set<string>();
  let level = [...starts];
  let paths = 0;
  while (level.length > 0 && paths < maxPaths) {
    const batch = level.slice(0, maxPaths - paths);
    paths += batch.length;
    const nextLevel: Path[] = [];
    // People are independent of each other: play a level's paths a few at a time.
    for (let i = 0; i < batch.length; i += PARALLEL) {
      const group = batch.slice(i, i + PARALLEL);
      const replies = await Promise.all(group.map(play));
      group.forEach((path, j) => {
        if (path.steps.length >= maxDepth) return;
        const next = nextSteps(replies[j]!);
        // A typed answer where the bot may be waiting for one.
        next.push({ text: path.steps.length % 2 === 0 ? TYPICAL : HOSTILE });
        for (const step of next) {
          const key = 'text' in step ? `${stepKey(path.persona, path.steps.at(-1)!)} then typed` : stepKey(path.persona, step);
          if (done.has(key)) continue;
          done.add(key);
          nextLevel.push({ persona: path.persona, steps: [...path.steps, step] });
        }
      });
    }
    level = nextLevel;
  }
  return paths;
}

// ---------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------

describe('Teams cards from every dialog', () => {
  it('never contain a Markdown backslash escape', async () => {
    const personas: Persona[] = ['newcomer', 'settled', 'admin'];
    const starts: Path[] = [];
    for (const persona of personas) {
      for (const d of bot.allDialogs) starts.push({ persona, steps: [{ action: { id: 'start', value: { dialog: d.id } } }] });
      for (const text of REQUESTS) starts.push({ persona, steps: [{ text }] });
    }
    // Every dialog starts and replies.
    for (const d of bot.allDialogs) {
      const who = await newPerson('settled');
      const replies = await bot.handle({ platform: 'teams', ...who, isDirect: true, action: { id: 'start', value: { dialog: d.id } } });
      if (replies.length > 0) started.add(d.id);
      check(replies, `start ${d.id}`);
    }
    expect([...started].sort()).toEqual(bot.allDialogs.map((d) => d.id).sort());

    // Messages sent on their own over the coming months (one person on each programme, their
    // managers), and what their buttons lead to.
    for (let i = 0; i < content.programmes.size; i++) await newPerson('settled');
    const proactive: Path[] = [];
    for (const days of [0, 1, 2, 3, 7, 8, 14, 15, 21, 28, 35, 42, 60, 90, 120, 180, 240, 365]) {
      clock = new Date(NOW.getTime() + days * 86_400_000 + 60_000);
      sent.length = 0;
      await scheduler.tick(clock);
      for (const s of sent) {
        check(s.messages, `sent to ${s.userKey} on day ${days}`);
        for (const step of nextSteps(s.messages)) proactive.push({ persona: 'settled', steps: [step] });
      }
    }
    clock = NOW;

    const paths = (await explore(starts, MAX_DEPTH, MAX_PATHS)) + (await explore(proactive, 3, MAX_PROACTIVE_PATHS));

    const withPunctuation = [...seen.texts].filter((t) => /[()[\]*_#&<>.!+-]/.test(t)).length;
    console.info(
      `Teams text check: ${paths} paths, ${seen.turns} turns, ${seen.messages} messages, ${seen.cards} cards, ` +
        `${seen.strings} visible strings (${seen.escaped} with a backslash escape), ${seen.texts.size} distinct texts (${withPunctuation} with punctuation the old escaping changed), ` +
        `${proactive.length} buttons on messages sent on their own.`,
    );
    // The walk reached a good part of the bot: enough to matter if the renderer escaped again.
    expect(seen.texts.size).toBeGreaterThan(500);
    expect(withPunctuation).toBeGreaterThan(200);
    expect(proactive.length).toBeGreaterThan(0);
    expect([...seen.escapes].slice(0, 40)).toEqual([]);
  }, 600_000);
});
