/**
 * The runtime's part in the turns around answers: the conversation's topic
 * (kept across turns while dialogs start and end, dropped on erasure), and the
 * check before a step that `takes` typed text (a new question pauses the step,
 * no meaning is asked again, "thanks" and "bye" are answered, "ok" is not taken).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/core/runtime.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { answerText, type AnswerCheck, type Dialog, type Services, type Takes } from '../../src/core/dialog.js';
import { plainText, type InboundMessage, type OutboundMessage } from '../../src/core/messages.js';
import { LowStore } from '../../src/store/lowdb.js';
import { createLogger } from '../../src/log.js';
import type { Content } from '../../src/content/model.js';
import { createRouter } from '../../src/core/router.js';
import { helpDialog, welcomeDialog } from '../../dialogs/welcome/welcome.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const ask = (takes: Takes | undefined): Dialog => ({
  id: 'ask',
  title: 'the question',
  begin: () => ({ next: 'words' }),
  steps: {
    words: {
      ...(takes ? { takes } : {}),
      prompt: () => ({ text: 'In your own words?', blocks: [{ type: 'paragraph', text: 'In your own words?' }] }),
      answer: (ctx, input) => {
        ctx.data['said'] = answerText(input);
        ctx.say(`Got: ${String(answerText(input))}`);
        return { end: true };
      },
    },
  },
});

const topicSetter: Dialog = {
  id: 'topic',
  title: 'the route',
  begin: (ctx, args) => {
    ctx.topic = { toRoleId: String(args['to']) };
    ctx.say(`Route to ${String(args['to'])}.`);
    return { end: true };
  },
  steps: {},
};

const topicReader: Dialog = {
  id: 'read',
  title: 'the follow-up',
  begin: (ctx) => {
    ctx.say(`Topic: ${ctx.topic?.toRoleId ?? 'none'}.`);
    return { end: true };
  },
  steps: {},
};

describe('runtime: topic and the check before an answer', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  const checked: string[] = [];

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  const build = (takes: Takes | undefined) => {
    const services: Services = {
      store,
      log: createLogger('silent'),
      clock: () => new Date('2026-11-21T10:00:00Z'),
      content,
      messenger: { send: async () => ({ status: 'failed', reason: 'not used' }) },
      timeZone: 'Europe/London',
    };
    const has = () => false;
    return new Bot({
      services,
      dialogs: [welcomeDialog({ hasDialog: has, content }), helpDialog({ hasDialog: has, content }), ask(takes), topicSetter, topicReader],
      router: createRouter({
        rules: [
          (text) => (/^route to (\w+)/.exec(text) ? { dialog: 'topic', args: { to: /^route to (\w+)/.exec(text)![1]! } } : undefined),
          (text) => (text === 'which topic' ? { dialog: 'read' } : undefined),
          (text) => (text === 'ask me' ? { dialog: 'ask' } : undefined),
        ],
      }),
      checkAnswer: (text): AnswerCheck => {
        checked.push(text);
        return text.startsWith('route to') ? 'new-question' : text === '???' ? 'no-meaning' : undefined;
      },
    });
  };
  const msg = (m: Partial<InboundMessage>): InboundMessage => ({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c1', ...m });
  const texts = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const say = async (text: string) => texts(await bot.handle(msg({ text })));

  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    checked.length = 0;
    bot = build({ kind: 'text' });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('keeps the topic across turns while other dialogs start and end, and saves it with the conversation', async () => {
    expect(await say('which topic')).toBe('Topic: none.');
    expect(await store.dialogs.get('local:u1', 'local:c1')).toBeUndefined();
    await say('route to nurse');
    expect((await store.dialogs.get('local:u1', 'local:c1'))?.topic).toEqual({ toRoleId: 'nurse' });
    await say('ask me');
    expect(await say('my own words')).toBe('Got: my own words');
    expect(await say('which topic')).toBe('Topic: nurse.');
    // A new store instance reads it from disk.
    const reopened = await LowStore.open(dir);
    expect((await reopened.dialogs.get('local:u1', 'local:c1'))?.topic).toEqual({ toRoleId: 'nurse' });
    await reopened.close();
  });

  it('a new question while a step waits pauses the step and is answered; nothing is taken as the answer', async () => {
    await say('ask me');
    const reply = await say('route to midwife');
    expect(reply).toContain('Route to midwife.');
    expect(reply).toContain('You were part way through the question.');
    const state = await store.dialogs.get('local:u1', 'local:c1');
    expect(state?.paused?.[0]).toMatchObject({ dialog: 'ask', step: 'words', data: {} });
    expect(state?.topic).toEqual({ toRoleId: 'midwife' });
  });

  it('no meaning is asked again; thanks gets a word and the question; bye a word and the place kept; ok is not taken', async () => {
    await say('ask me');
    const again = await say('???');
    expect(again).toContain('Sorry, I could not make sense of that.');
    expect(again).toContain('In your own words?');
    const thanks = await say('thanks');
    expect(thanks).toMatch(/^You are welcome\.\n---\nIn your own words\?$/);
    expect(await say('ok')).toContain('Take your time.');
    const bye = await say('bye');
    expect(bye).toMatch(/^Bye for now\./);
    expect(bye).not.toContain('In your own words?');
    expect(await say('real words')).toBe('Got: real words');
    // Social words never reach the app's check.
    expect(checked).toEqual(['???', 'real words']);
  });

  it('a step that does not say what it takes reads everything itself', async () => {
    bot = build(undefined);
    await say('ask me');
    expect(await say('???')).toBe('Got: ???');
    expect(checked).toEqual([]);
  });

  it('"ok" is read by a step that takes a role (it may mean something there)', async () => {
    bot = build({ kind: 'role' });
    await say('ask me');
    expect(await say('ok')).toBe('Got: ok');
  });

  it('an erasure drops the topic with everything else', async () => {
    const forget: Dialog = { id: 'forget', title: 'erase', begin: () => ({ end: true, forget: true }), steps: {} };
    const services = bot.services;
    bot = new Bot({
      services,
      dialogs: [...bot.allDialogs, forget],
      router: createRouter({ rules: [(text) => (text === 'forget me' ? { dialog: 'forget' } : /^route to (\w+)/.test(text) ? { dialog: 'topic', args: { to: 'nurse' } } : undefined)] }),
    });
    await say('route to nurse');
    expect((await store.dialogs.get('local:u1', 'local:c1'))?.topic).toBeDefined();
    await say('forget me');
    expect(await store.dialogs.get('local:u1', 'local:c1')).toBeUndefined();
  });
});
