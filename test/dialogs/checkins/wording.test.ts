/**
 * The check-ins' words come from content/wording/checkins.yaml: a sentence, a
 * button label or a word changed in a copy of the content changes what the
 * check-ins say and understand, with no code change.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { plainText, type Choice, type OutboundMessage } from '../../../src/core/messages.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { dialogBot, dialogServices } from '../../helpers/bot.js';
import { checkinMessage } from '../../../dialogs/checkins/reminders.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

describe('check-in wording', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('cc-checkins-wording-');
  });
  afterEach(async () => removeDir(dir));

  const texts = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n');
  const choices = (out: OutboundMessage[]): Choice[] => out.flatMap((o) => o.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : [])));

  it('says and reads what the YAML says', async () => {
    const content = await editedContent(join(dir, 'content'), {
      'wording/checkins.yaml': [
        ['    question: Which days do you work?', '    question: On which days are you at work?'],
        ['    five: 5 Very\n', '    five: 5 Very confident\n'],
        ['  pauseAlone: [pause, pause please]', '  pauseAlone: [pause, pause please, give me a break]'],
      ],
    });
    const store = await LowStore.open(join(dir, 'data'));
    try {
      const bot = dialogBot(dialogServices(store, content));
      const send = (text: string) => bot.handle({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c1', text });
      // A sentence.
      const days = texts(await send('my working hours'));
      expect(days).toContain('On which days are you at work?');
      expect(days).not.toContain('Which days do you work?');
      await send('cancel');
      // A word list: a request added in YAML is understood.
      expect(texts(await send('give me a break'))).toContain('I have paused your check-ins and reminders.');
      // A button label, on the check-in message and read back when typed.
      const programme = content.programmes.get('new-starter-induction')!;
      const card = checkinMessage(content, programme, programme.checkins[0]!, 'e1');
      expect(choices([card]).map((c) => c.label)).toEqual(['1 Not at all', '2', '3', '4', '5 Very confident']);
    } finally {
      await store.close();
    }
  });

  it('"Sign me up for check-ins" starts enrolling the person themselves', async () => {
    const content = await loadContent(defaultContentDir);
    const store = await LowStore.open(join(dir, 'data'));
    try {
      const bot = dialogBot(dialogServices(store, content));
      const out = await bot.handle({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c1', text: 'check in' });
      expect(texts(out)).toContain('You are not signed up for check-ins yet.');
      const signUp = choices(out).find((c) => c.label === 'Sign me up for check-ins')!;
      const next = await bot.handle({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c1', action: { id: signUp.action, value: signUp.value ?? {} } });
      expect(texts(next)).toContain('Which check-in programme is it for you?');
    } finally {
      await store.close();
    }
  });
});
