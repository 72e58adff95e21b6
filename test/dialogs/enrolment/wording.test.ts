/**
 * Enrolment's words come from content/wording/enrolment.yaml: a sentence, a
 * request word or a programme's other name changed in a copy of the content
 * changes what the enrolment says and understands, with no code change.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import { plainText, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { dialogBot, dialogServices } from '../../helpers/bot.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

describe('enrolment wording', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('cc-enrolment-wording-');
  });
  afterEach(async () => removeDir(dir));

  const texts = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n');

  it('says and reads what the YAML says', async () => {
    const content = await editedContent(join(dir, 'content'), {
      'wording/enrolment.yaml': [
        ['  headingOther: Check this before I set up check-ins for {name}', '  headingOther: Please check the check-ins for {name}'],
        ['  request: [enrol, ', '  request: [register, enrol, '],
        ['    - new to care\n', '    - new to care\n    - ntc\n'],
      ],
    });
    const store = await LowStore.open(join(dir, 'data'));
    try {
      const bot = dialogBot(dialogServices(store, content));
      const msg: InboundMessage = {
        platform: 'teams',
        userKey: 'teams:29:manager',
        conversationKey: 'teams:a:manager',
        text: 'register on ntc starting 3 March',
        mentions: [{ userKey: 'teams:29:report', name: 'Sam' }],
      };
      const card = texts(await bot.handle(msg));
      expect(card).toContain('Please check the check-ins for Sam');
      expect(card).not.toContain('Check this before I set up check-ins for Sam');
      expect(card).toContain('Programme: New to care healthcare support worker induction');
    } finally {
      await store.close();
    }
  });
});
