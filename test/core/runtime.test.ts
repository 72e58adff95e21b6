import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/core/runtime.js';
import { globalCommand } from '../../src/core/words.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { answerButton, answerText, type Dialog, type Services } from '../../src/core/dialog.js';
import { plainText, type InboundMessage, type OutboundMessage } from '../../src/core/messages.js';
import { LowStore } from '../../src/store/lowdb.js';
import { createLogger } from '../../src/log.js';
import type { Content } from '../../src/content/model.js';
import { createRouter } from '../../src/core/router.js';
import { helpDialog, welcomeDialog } from '../../dialogs/welcome/welcome.js';
import { welcome } from '../../dialogs/welcome/index.js';
import { testSettings } from '../helpers/bot.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

/** A three-step dialog used to exercise the runtime. */
const intro: Dialog = {
  id: 'intro',
  title: 'the introduction',
  begin: () => ({ next: 'name' }),
  steps: {
    name: {
      prompt: () => ({ text: 'What is your name?', blocks: [{ type: 'paragraph', text: 'What is your name?' }] }),
      answer: (ctx, input) => {
        const t = answerText(input)?.trim();
        if (!t) return { retry: true };
        if (/^how do i/i.test(t)) return { unrelated: true };
        ctx.data['name'] = t;
        return { next: 'band' };
      },
    },
    band: {
      examples: ['3', 'band 4'],
      prompt: (ctx) => ({
        text: 'Which band?',
        blocks: [
          { type: 'paragraph', text: `Thanks ${String(ctx.data['name'])}. Which band are you?` },
          { type: 'choices', choices: [answerButton(ctx, 'Band 2', '2'), answerButton(ctx, 'Band 3', '3')] },
        ],
      }),
      answer: (ctx, input) => {
        const m = /(\d)/.exec(answerText(input) ?? '');
        if (!m) return { retry: true, hint: 'I need a band number from 1 to 9.' };
        ctx.data['band'] = m[1];
        return { next: 'confirm' };
      },
      fallback: (ctx) => [answerButton(ctx, 'Band 2', '2'), answerButton(ctx, 'Band 3', '3'), answerButton(ctx, 'Band 4', '4')],
    },
    confirm: {
      prompt: (ctx) => ({ text: 'Save?', blocks: [{ type: 'paragraph', text: `Save ${String(ctx.data['name'])}, band ${String(ctx.data['band'])}?` }] }),
      answer: async (ctx, input) => {
        if (!/^y/i.test(answerText(input) ?? '')) return { retry: true };
        await ctx.updateProfile((p) => {
          p.band = String(ctx.data['band']);
        });
        ctx.say('Saved.');
        return { end: true };
      },
    },
  },
};

const other: Dialog = {
  id: 'route',
  title: 'the route finder',
  begin: (ctx) => {
    ctx.say('Here is a route.');
    return { end: true };
  },
  steps: {},
};

describe('dialog runtime', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  const log = createLogger('silent');

  const build = (s: LowStore) => {
    // These dialogs use neither content nor proactive messages.
    const services: Services = {
      store: s,
      log,
      clock: () => new Date('2026-11-21T10:00:00Z'),
      content,
      messenger: { send: async () => ({ status: 'failed', reason: 'not used in this test' }) },
      timeZone: 'Europe/London',
    };
    const has = (id: string) => ['intro', 'route'].includes(id);
    const kit = { services, settings: testSettings(), hasDialog: has };
    return new Bot({
      services,
      dialogs: [welcomeDialog({ hasDialog: has, content }), helpDialog({ hasDialog: has, content }), intro, other],
      router: createRouter({
        rules: [
          ...(welcome.routes?.(kit) ?? []),
          (text) => (/introduce/.test(text) ? { dialog: 'intro' } : /how do i/i.test(text) ? { dialog: 'route' } : undefined),
        ],
      }),
    });
  };

  const say = async (text: string): Promise<string> => texts(await bot.handle(msg({ text })));
  const press = async (id: string, value: Record<string, string>): Promise<OutboundMessage[]> => bot.handle(msg({ action: { id, value } }));
  const msg = (m: Partial<InboundMessage>): InboundMessage => ({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c1', ...m });
  const texts = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');

  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    bot = build(store);
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('runs steps in order, validates, and saves only after the answer is on disk', async () => {
    expect(await say('introduce me')).toContain('What is your name?');
    expect(await say('Sam')).toContain('Thanks Sam. Which band are you?');
    expect(await say('no idea')).toContain('I need a band number from 1 to 9.');
    expect(await say('band 3')).toContain('Save Sam, band 3?');
    expect(await say('yes')).toContain('Saved.');
    // A new store instance reads the file from disk: the profile is there.
    const reopened = await LowStore.open(dir);
    expect((await reopened.profiles.get('local:u1'))?.band).toBe('3');
    expect(await reopened.dialogs.get('local:u1', 'local:c1')).toBeUndefined();
    await reopened.close();
  });

  it('shows examples after a miss and buttons after two misses', async () => {
    await say('introduce me');
    await say('Sam');
    const first = await bot.handle(msg({ text: 'dunno' }));
    expect(texts(first)).toContain('For example: "3", "band 4".');
    expect(first.some((m) => m.blocks.some((b) => b.type === 'choices' && b.choices.length === 2))).toBe(true);
    const second = await bot.handle(msg({ text: 'still dunno' }));
    const buttons = second.flatMap((m) => m.blocks).filter((b) => b.type === 'choices');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.type === 'choices' && buttons[0]!.choices.map((c) => c.label)).toEqual(['Band 2', 'Band 3', 'Band 4']);
    // Pressing a fallback button answers the step.
    const pressed = await press('intro/band', { answer: '4' });
    expect(texts(pressed)).toContain('Save Sam, band 4?');
  });

  it('help, back, restart and cancel work at any step without losing answers', async () => {
    await say('introduce me');
    await say('Sam');
    const help = await say('help');
    expect(help).toContain('We are in the introduction');
    expect(help).toContain('Which band are you?');
    expect(await say('back')).toContain('What is your name?');
    expect(await say('Jo')).toContain('Thanks Jo.');
    expect(await say('restart')).toContain('Starting the introduction again');
    expect((await store.dialogs.get('local:u1', 'local:c1'))?.data).toEqual({});
    await say('Kim');
    expect(await say('cancel')).toContain('I have stopped the introduction');
    expect(await store.dialogs.get('local:u1', 'local:c1')).toBeUndefined();
    expect(await say('cancel')).toContain('There is nothing to cancel');
  });

  it('resumes a half-finished dialog after a restart of the process', async () => {
    await say('introduce me');
    await say('Sam');
    await store.close();
    store = await LowStore.open(dir);
    bot = build(store);
    expect(await say('4')).toContain('Save Sam, band 4?');
  });

  it('routes text that is not an answer to another dialog and offers to carry on', async () => {
    await say('introduce me');
    const out = await say('How do I become a nurse?');
    expect(out).toContain('Here is a route.');
    expect(out).toContain('You were part way through the introduction');
    const resumed = await press('resume', {});
    expect(texts(resumed)).toContain('What is your name?');
    expect(await say('Sam')).toContain('Thanks Sam.');
  });

  it('answers stale and unknown buttons without breaking the dialog', async () => {
    await say('introduce me');
    await say('Sam');
    const stale = texts(await press('intro/name', { answer: 'Alex' }));
    expect(stale).toContain('already answered');
    expect(stale).toContain('Which band are you?');
    expect(texts(await press('nothing.here', {}))).toContain('no longer works');
    // The dialog state is intact.
    expect(await say('2')).toContain('Save Sam, band 2?');
  });

  it('greets on hi and falls back to help for text it cannot place', async () => {
    expect(await say('hi')).toContain('Hello, I am Career Companion');
    expect(await say('purple monkey dishwasher')).toContain('Sorry, I did not understand that.');
  });

  it('keeps conversations apart and runs turns for one conversation one at a time', async () => {
    await say('introduce me');
    const elsewhere = await bot.handle({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c2', text: 'Sam' });
    expect(texts(elsewhere)).toContain('Sorry, I did not understand that.');
    const [a, b] = await Promise.all([say('Sam'), say('3')]);
    expect(a).toContain('Which band are you?');
    expect(b).toContain('Save Sam, band 3?');
  });

  it('recognises global commands loosely', () => {
    expect(globalCommand(content, '  Help! ')).toBe('help');
    expect(globalCommand(content, '?')).toBe('help');
    expect(globalCommand(content, 'Go back')).toBe('back');
    expect(globalCommand(content, 'start again')).toBe('restart');
    expect(globalCommand(content, 'help me become a nurse')).toBeUndefined();
  });
});
