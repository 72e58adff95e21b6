/**
 * Property tests for the router and the dialogs: a real Bot built with
 * `buildDialogs` over the real content and a LowStore in a temporary folder is sent
 * arbitrary text, arbitrary button presses and arbitrary action ids and values, at
 * arbitrary points of a conversation (after starting any dialog, pressing real
 * buttons part way, typing hostile text). Whatever arrives:
 *  - the turn never throws, and every message with text or a press gets a reply;
 *  - every reply is a well-formed OutboundMessage, plain JSON, which all three
 *    renderers accept (clean Adaptive Cards under 28 KB, Block Kit within Slack's
 *    limits, terminal text without control characters);
 *  - the saved conversation state is plain JSON;
 *  - nothing typed reaches the logs;
 *  - Object.prototype and the other built-in prototypes are untouched.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Bot } from '../../src/core/runtime.js';
import type { Dialog, Services } from '../../src/core/dialog.js';
import type { Block, Choice, InboundMessage, OutboundMessage, Platform } from '../../src/core/messages.js';
import { LowStore } from '../../src/store/lowdb.js';
import { createLogger } from '../../src/log.js';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { composeForTest, testSettings } from '../helpers/bot.js';
import { parseRating } from '../../dialogs/checkins/checkin.js';
import { enrol } from '../../dialogs/enrolment/enrol.js';
import { renderAdaptiveCards, TEAMS_MAX_MESSAGE_BYTES } from '../../src/channels/teams/render.js';
import { renderBlockKit, SLACK_LIMITS } from '../../src/channels/slack/render.js';
import { renderTerminal } from '../../src/channels/local/render.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import {
  HOSTILE_FRAGMENTS,
  hostileKey,
  hostileStringValues,
  hostileText,
  longText,
  prototypeSnapshot,
  prototypesClean,
  TERMINAL_CONTROLS,
  typedText,
} from './hostile.js';

/** TIME_ZONE and CHECKIN_TIME as the tests run them. */
const SCHEDULE = { timeZone: 'Europe/London', checkinTime: '10:00' };

const NOW = new Date('2026-03-04T11:00:00Z');

// ---------------------------------------------------------------------------------------
// The bot under test
// ---------------------------------------------------------------------------------------

let content: Content;
let dir: string;
let store: LowStore;
let bot: Bot;
let dialogs: Dialog[];
const logLines: string[] = [];
let person = 0;

beforeAll(async () => {
  content = await loadContent(defaultContentDir);
  dir = await tempDir('cc-prop-dialogs-');
  store = await LowStore.open(dir);
  const log = createLogger(
    'debug',
    new Writable({
      write(chunk, _enc, cb) {
        logLines.push(String(chunk));
        cb();
      },
    }),
  );
  const services: Services = {
    store,
    log,
    clock: () => NOW,
    content,
    timeZone: 'Europe/London',
    messenger: { send: async () => ({ status: 'failed', reason: 'nobody to send to in this test' }) },
  };
  bot = composeForTest(services, testSettings({ ADMIN_USERS: 'local:admin' })).bot;
  dialogs = bot.allDialogs;
});

afterAll(async () => {
  await store?.close();
  if (dir) await removeDir(dir);
});

// ---------------------------------------------------------------------------------------
// What people (or broken clients) send
// ---------------------------------------------------------------------------------------

type Command =
  | { kind: 'text'; text: string }
  /** Press the n-th button of the last replies, with hostile input values added (a card submit). */
  | { kind: 'press'; n: number; inputs: Record<string, string> }
  /** Any action id with any values. */
  | { kind: 'action'; id: string; value: Record<string, string> }
  /** A check-in rating press for this person's enrolment (or, with `start`, the check-in opened at its rating question). */
  | { kind: 'rate'; checkin: number; r: string; start: boolean };

interface Scenario {
  platform: Platform;
  /** Start with this dialog (a start button), or with typed text. */
  start: { dialog: string } | { text: string };
  /** Give the person a profile first (a role, a band, a manager). */
  profile: boolean;
  /** Enrol the person on a check-in programme first. */
  enrolled: boolean;
  userName?: string;
  mentionName?: string;
  commands: Command[];
}

const dialogIds = () => dialogs.map((d) => d.id);

/** Names every object inherits: they must never be taken for actions, steps or words. */
const INHERITED = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

/** Action ids: the real ones (global, start, dialog actions, step answers), inherited names on steps, and junk. */
const actionIdArb = (): fc.Arbitrary<string> => {
  const real: string[] = ['help', 'cancel', 'restart', 'back', 'start', 'resume'];
  for (const d of dialogs) {
    for (const name of Object.keys(d.actions ?? {})) real.push(`${d.id}.${name}`);
    for (const step of Object.keys(d.steps)) real.push(`${d.id}/${step}`);
  }
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...real) },
    // Unknown dialogs with inherited names, and step answers named after inherited properties.
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'nope'), fc.constantFrom('.', '/'), fc.constantFrom(...INHERITED, 'x')).map(([d, sep, n]) => `${d}${sep}${n}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...dialogIds()), fc.constantFrom(...INHERITED, 'prototype')).map(([d, n]) => `${d}/${n}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...dialogIds()), fc.constantFrom(...INHERITED)).map(([d, n]) => `${d}.${n}`) },
    { weight: 1, arbitrary: hostileText(3) },
  );
};

/** Values for an action: hostile, with the keys real buttons use. */
const actionValueArb = (): fc.Arbitrary<Record<string, string>> =>
  fc.oneof(
    hostileStringValues(),
    fc.record({ dialog: fc.constantFrom(...dialogIds(), '__proto__', 'constructor', 'toString'), answer: hostileText(3) }),
    fc.record({ answer: fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), hostileText(3)) }),
  );

const commandArb = (text: fc.Arbitrary<string>, textWeight = 4): fc.Arbitrary<Command> =>
  fc.oneof(
    { weight: textWeight, arbitrary: fc.oneof(text, fc.constantFrom(...INHERITED)).map((t): Command => ({ kind: 'text', text: t })) },
    { weight: 4, arbitrary: fc.record({ n: fc.nat({ max: 40 }), inputs: fc.oneof(fc.constant({}), hostileStringValues()) }).map((p): Command => ({ kind: 'press', ...p })) },
    { weight: 2, arbitrary: fc.record({ id: actionIdArb(), value: actionValueArb() }).map((a): Command => ({ kind: 'action', ...a })) },
    // Rating presses, including tampered ratings outside 1 to 5.
    { weight: 1, arbitrary: fc.record({ checkin: fc.nat({ max: 6 }), r: fc.constantFrom('1', '2', '3', '4', '5', '0', '9', 'constructor', ''), start: fc.boolean() }).map((r): Command => ({ kind: 'rate', ...r })) },
  );

const scenarioArb = (text: fc.Arbitrary<string>, maxCommands: number, textWeight = 4): fc.Arbitrary<Scenario> =>
  fc
    .record({
      platform: fc.constantFrom<Platform>('teams', 'slack', 'local'),
      start: fc.oneof(fc.constantFrom(...dialogIds()).map((dialog) => ({ dialog })), text.map((t) => ({ text: t }))),
      profile: fc.boolean(),
      enrolled: fc.boolean(),
      userName: fc.option(hostileText(3), { nil: undefined }),
      mentionName: fc.option(hostileText(2), { nil: undefined }),
      commands: fc.array(commandArb(text, textWeight), { minLength: 1, maxLength: maxCommands }),
    })
    .map((s) => {
      const out: Scenario = { platform: s.platform, start: s.start, profile: s.profile, enrolled: s.enrolled, commands: s.commands };
      if (s.userName !== undefined) out.userName = s.userName;
      if (s.mentionName !== undefined) out.mentionName = s.mentionName;
      return out;
    });

// ---------------------------------------------------------------------------------------
// What every reply must be
// ---------------------------------------------------------------------------------------

const isStringRecord = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every((x) => typeof x === 'string');

function expectChoice(c: Choice): void {
  expect(typeof c.label).toBe('string');
  expect(c.label.trim()).not.toBe('');
  expect(typeof c.action).toBe('string');
  expect(c.action).not.toBe('');
  if (c.value !== undefined) expect(isStringRecord(c.value)).toBe(true);
  if (c.style !== undefined) expect(['primary', 'default', 'danger']).toContain(c.style);
}

function expectBlock(b: Block): void {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      expect(typeof b.text).toBe('string');
      if (b.type === 'paragraph' && b.tone !== undefined) expect(['normal', 'muted', 'warning']).toContain(b.tone);
      break;
    case 'list':
      expect(b.items.every((i) => typeof i === 'string')).toBe(true);
      break;
    case 'facts':
      expect(b.facts.every((f) => typeof f.label === 'string' && typeof f.value === 'string')).toBe(true);
      break;
    case 'choices':
      b.choices.forEach(expectChoice);
      break;
    case 'links':
      expect(b.links.every((l) => typeof l.label === 'string' && typeof l.url === 'string')).toBe(true);
      break;
    case 'image':
      expect(typeof b.url).toBe('string');
      expect(typeof b.alt).toBe('string');
      break;
    case 'divider':
      break;
    case 'inputs': {
      expect(b.fields.length).toBeGreaterThan(0);
      const ids = b.fields.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const f of b.fields) {
        expect(f.id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
        expect(['cc', 'v', '__proto__', 'constructor', 'prototype']).not.toContain(f.id);
        expect(typeof f.label).toBe('string');
        expect(['text', 'multiline', 'date', 'number', 'choice']).toContain(f.kind);
        for (const o of f.options ?? []) expect(typeof o.label === 'string' && typeof o.value === 'string' && o.value !== '').toBe(true);
      }
      expectChoice(b.submit);
      break;
    }
    default:
      throw new Error(`Unknown block type ${JSON.stringify((b as { type: unknown }).type)}`);
  }
}

/** A reply is plain data of the right shape, and every channel can show it. */
function expectWellFormed(m: OutboundMessage): void {
  expect(typeof m.text).toBe('string');
  expect(Array.isArray(m.blocks)).toBe(true);
  m.blocks.forEach(expectBlock);
  for (const a of m.attachments ?? []) {
    expect(typeof a.filename === 'string' && typeof a.contentType === 'string' && typeof a.content === 'string').toBe(true);
  }
  expect(JSON.parse(JSON.stringify(m))).toEqual(m);

  for (const card of renderAdaptiveCards(m)) {
    expect(cardErrors(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(TEAMS_MAX_MESSAGE_BYTES);
  }
  for (const s of renderBlockKit(m)) {
    expect(s.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    for (const b of s.blocks) {
      const buttons = b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [];
      for (const e of buttons) if (e.type === 'button') expect(e.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    }
  }
  expect(renderTerminal(m).text).not.toMatch(TERMINAL_CONTROLS);
}

const buttonsOf = (replies: OutboundMessage[]): Choice[] =>
  replies.flatMap((r) => r.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : b.type === 'inputs' ? [b.submit] : [])));

/** Typed text long and distinctive enough that finding it in a log line means it was logged. */
const distinctive = (t: string): boolean => t.trim().length >= 16 && !/^[\s\p{P}]*$/u.test(t);

// ---------------------------------------------------------------------------------------
// Running a scenario
// ---------------------------------------------------------------------------------------

async function run(s: Scenario): Promise<void> {
  const n = ++person;
  const keyFor = (who: string) => (s.platform === 'teams' ? `teams:29:${who}-${n}` : s.platform === 'slack' ? `slack:T0PROP:U${who.toUpperCase()}${n}` : `local:${who}-${n}`);
  const userKey = keyFor('prop');
  const conversationKey = `${s.platform}:conv-${n}`;
  const typed: string[] = [];

  if (s.profile) {
    const role = [...content.roles.values()][n % content.roles.size]!;
    await store.profiles.put({
      userKey,
      platform: s.platform,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      roleId: role.id,
      band: '5',
      area: 'Emergency department',
      held: ['level2-maths-english'],
      managerKey: keyFor('manager'),
      onboarded: true,
    });
  }
  let enrolmentId: string | undefined;
  const programme = [...content.programmes.values()][n % content.programmes.size]!;
  if (s.enrolled) {
    const { enrolment } = await enrol({ store, content }, SCHEDULE, {
      subject: userKey,
      programmeId: programme.id,
      startDate: '2026-03-02',
      managerKey: keyFor('manager'),
      enrolledBy: 'csv',
    }, new Date('2026-02-20T10:00:00Z'));
    enrolmentId = enrolment.id;
  }

  const base = (): InboundMessage => {
    const m: InboundMessage = { platform: s.platform, userKey, conversationKey, isDirect: true };
    if (s.userName !== undefined) m.userName = s.userName;
    if (s.mentionName !== undefined) m.mentions = [{ userKey: keyFor('mentioned'), name: s.mentionName }];
    return m;
  };
  let last: OutboundMessage[] = [];
  /**
   * Sends one message. Every message, typed or pressed, must get a reply.
   */
  const send = async (m: InboundMessage, hostile: string[] = []): Promise<void> => {
    if (m.text !== undefined) typed.push(m.text);
    typed.push(...hostile);
    const replies = await bot.handle(m);
    expect(replies.length, `no reply to ${JSON.stringify(m).slice(0, 300)}`).toBeGreaterThan(0);
    replies.forEach(expectWellFormed);
    const state = await store.dialogs.get(userKey, conversationKey);
    if (state) expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    if (replies.length > 0) last = replies;
  };

  if ('dialog' in s.start) await send({ ...base(), action: { id: 'start', value: { dialog: s.start.dialog } } });
  else await send({ ...base(), text: s.start.text });

  for (const c of s.commands) {
    switch (c.kind) {
      case 'text':
        await send({ ...base(), text: c.text });
        break;
      case 'press': {
        const buttons = buttonsOf(last);
        if (buttons.length === 0) {
          await send({ ...base(), text: 'help' });
          break;
        }
        const b = buttons[c.n % buttons.length]!;
        // As the channels build it: input values first, the button's own values win.
        await send({ ...base(), action: { id: b.action, value: { ...c.inputs, ...(b.value ?? {}) } } }, Object.values(c.inputs));
        break;
      }
      case 'action': {
        await send({ ...base(), action: { id: c.id, value: c.value } }, Object.values(c.value));
        break;
      }
      case 'rate': {
        const checkin = programme.checkins[c.checkin % programme.checkins.length]!;
        const e = enrolmentId ?? `missing-${n}`;
        if (c.start) await send({ ...base(), action: { id: 'start', value: { dialog: 'checkin', e, c: checkin.id } } });
        else await send({ ...base(), action: { id: 'checkin.rate', value: { e, c: checkin.id, r: c.r } } });
        break;
      }
    }
  }

  // Nothing typed reaches the logs (ids and counts only).
  const logs = logLines.join('');
  logLines.length = 0;
  for (const t of typed.filter(distinctive)) {
    expect(logs.includes(t), `typed text in the logs: ${JSON.stringify(t).slice(0, 80)}`).toBe(false);
    expect(logs.includes(JSON.stringify(t).slice(1, -1)), `typed text in the logs: ${JSON.stringify(t).slice(0, 80)}`).toBe(false);
  }
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describe('the router and the dialogs with hostile input', () => {
  it('answer every message with well-formed replies, at any point of any conversation, and pollute nothing', async () => {
    const before = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(scenarioArb(typedText(8), 10), async (s) => {
        await run(s);
        expect(prototypesClean(before)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 300_000);

  it('cope with text up to 100,000 characters at any step', async () => {
    const before = prototypeSnapshot();
    await fc.assert(
      // Mostly typed text, mostly very long, between presses of the buttons the bot offers.
      fc.asyncProperty(scenarioArb(fc.oneof({ weight: 3, arbitrary: longText(100_000) }, { weight: 1, arbitrary: typedText(4) }), 4, 12), async (s) => {
        await run(s);
        expect(prototypesClean(before)).toBe(true);
      }),
      { numRuns: 10 },
    );
  }, 300_000);

  it('take button values with dangerous keys without polluting anything', async () => {
    const before = prototypeSnapshot();
    const pollutingValues = fc
      .tuple(hostileKey, hostileText(2))
      // String values only, as the channels hand them to the core; the keys are own properties, as JSON.parse makes them.
      .map(([k, v]) => JSON.parse(`{"__proto__":"polluted","constructor":"c","prototype":"p","toString":"t","polluted":"yes",${JSON.stringify(k)}:${JSON.stringify(v)}}`) as Record<string, string>);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...dialogIds()), actionIdArb(), pollutingValues, fc.nat({ max: 40 }), async (dialog, id, value, n) => {
        await run({ platform: 'teams', start: { dialog }, profile: true, enrolled: true, commands: [{ kind: 'press', n, inputs: value }, { kind: 'action', id, value }] });
        expect(prototypesClean(before)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 300_000);
});

/** Cases the properties above found once, kept as plain examples. */
describe('hostile names and dead ends', () => {
  const msg = (extra: Partial<InboundMessage>): InboundMessage => ({ platform: 'teams', userKey: `teams:29:known-${++person}`, conversationKey: `teams:known-${person}`, ...extra });

  // Inherited members such as __proto__ and toString are not actions.
  it.each(['checkin.__proto__', 'profile.toString', 'pathway.constructor'])('a press of %s gets a reply instead of throwing', async (id) => {
    const replies = await bot.handle(msg({ action: { id, value: {} } }));
    expect(replies.length).toBeGreaterThan(0);
  });

  // Inherited members are not global words.
  it.each(['constructor', ' Constructor! '])('typing "%s" gets a reply', async (text) => {
    const replies = await bot.handle(msg({ text }));
    expect(replies.length).toBeGreaterThan(0);
  });

  // Inherited members are not rating words.
  it('parseRating reads no rating from "constructor"', () => {
    expect(parseRating(content, 'constructor')).toBeUndefined();
  });

  // A rating outside 1 to 5 still gets an answer.
  it('a rating press with a rating outside 1 to 5 gets a reply', async () => {
    const m = msg({});
    const { enrolment } = await enrol({ store, content }, SCHEDULE, { subject: m.userKey, programmeId: 'new-starter-induction', startDate: '2026-03-02', enrolledBy: 'csv' }, new Date('2026-02-20T10:00:00Z'));
    const replies = await bot.handle({ ...m, action: { id: 'checkin.rate', value: { e: enrolment.id, c: 'day-1', r: '9' } } });
    expect(replies.length).toBeGreaterThan(0);
  });

  // A turn that would say nothing offers help instead.
  it('a profile "change" press without a question to change gets a reply', async () => {
    const replies = await bot.handle(msg({ action: { id: 'profile.change', value: { step: 'nope' } } }));
    expect(replies.length).toBeGreaterThan(0);
  });
});
