/**
 * One person talking to the bot, for transcript tests: type text, press a
 * button seen so far (buttons keep working after their dialog has ended), and
 * read what came back as a person would: the text, the buttons, and each
 * message on its own.
 */
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { Bot } from '../../src/core/runtime.js';
import type { Content } from '../../src/content/model.js';
import type { Profile } from '../../src/store/ports.js';
import { LowStore } from '../../src/store/lowdb.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { dialogBot, dialogServices, testSettings } from './bot.js';
import { FEATURES } from '../../dialogs/index.js';
import type { Feature } from '../../src/feature.js';
import { removeDir, tempDir } from './tmp.js';
import { plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../src/core/messages.js';

export interface Transcript {
  /** Types text; returns the reply as plain text (messages joined by `---`). */
  say(text: string): Promise<string>;
  /** Presses the newest button with this label seen so far; returns the reply as plain text. */
  press(label: string): Promise<string>;
  /** The messages of the last reply. */
  readonly last: OutboundMessage[];
  /** The labels of the buttons in the last reply, in order. */
  labels(): string[];
  /** The buttons in the last reply, in order. */
  buttons(): Choice[];
  /** The text of each message of the last reply. */
  messages(): string[];
}

export function transcript(bot: () => Bot, userKey = 'local:u1', conversationKey = 'local:c1'): Transcript {
  let last: OutboundMessage[] = [];
  const seen: Choice[] = [];
  const blocks = (out: OutboundMessage[]): Block[] => out.flatMap((o) => o.blocks);
  const choices = (out: OutboundMessage[]): Choice[] => blocks(out).flatMap((b) => (b.type === 'choices' ? b.choices : []));
  const send = async (m: Partial<InboundMessage>) => {
    last = await bot().handle({ platform: 'local', userKey, conversationKey, ...m });
    seen.push(...choices(last));
    return last.map((o) => plainText(o.blocks)).join('\n---\n');
  };
  return {
    say: (text) => send({ text }),
    async press(label) {
      const c = [...seen].reverse().find((x) => x.label === label);
      if (!c) throw new Error(`No button "${label}" so far; last: ${choices(last).map((x) => x.label).join(', ')}`);
      return send({ action: { id: c.action, value: c.value ?? {} } });
    },
    get last() {
      return last;
    },
    labels: () => choices(last).map((c) => c.label),
    buttons: () => choices(last),
    messages: () => last.map((o) => plainText(o.blocks)),
  };
}

/** What `talkingBot` sets up for each test. */
export interface TalkingBot {
  readonly content: Content;
  /** This test's own folder (removed after it), for edited content and the like. */
  readonly dir: string;
  readonly store: LowStore;
  readonly bot: Bot;
  /** One person's transcript with the bot, new for each test. */
  readonly t: Transcript;
  /** Saves a profile for the person before the test talks. */
  setProfile(p: Partial<Profile>): Promise<void>;
  /** Builds the bot again on the same store, with other content or features (for this test only). */
  rebuild(content?: Content, features?: readonly Feature[]): void;
}

/**
 * For a describe block: the real dialogs, content and a LowStore in a new folder for
 * each test (closed and removed after it), and a transcript for one person.
 */
export function talkingBot(userKey = 'local:u1'): TalkingBot {
  let content: Content | undefined;
  let dir = '';
  let store: LowStore | undefined;
  let bot: Bot | undefined;
  let t: Transcript | undefined;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    bot = dialogBot(dialogServices(store, content!));
    t = transcript(() => bot!, userKey);
  });
  afterEach(async () => {
    await store?.close();
    await removeDir(dir);
  });
  return {
    get content() {
      return content!;
    },
    get dir() {
      return dir;
    },
    get store() {
      return store!;
    },
    get bot() {
      return bot!;
    },
    get t() {
      return t!;
    },
    setProfile: (p) => store!.profiles.put({ userKey, platform: 'local', createdAt: 'x', updatedAt: 'x', ...p }),
    rebuild(c = content!, features = FEATURES) {
      bot = dialogBot(dialogServices(store!, c), testSettings(), features);
    },
  };
}
