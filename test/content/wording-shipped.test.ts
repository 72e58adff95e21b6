/**
 * The shipped wording: every feature's file is there and matches its spec; a
 * trust that changes a sentence in YAML changes what the bot says, with no
 * code change; and a missing or broken sentence stops `content check` and
 * start-up, naming the file, the line and the fix.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../helpers/content.js';
import { checkContent, loadContent } from '../../src/content/load.js';
import { checkWording } from '../../src/content/wording.js';
import { defaultContentDir } from '../../src/paths.js';
import { plainText } from '../../src/core/messages.js';
import { LowStore } from '../../src/store/lowdb.js';
import { wordingSpecs } from '../../src/app/wording.js';
import { FEATURES } from '../../dialogs/index.js';
import { dialogBot, dialogServices } from '../helpers/bot.js';
import { spawnCli } from '../helpers/process.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

describe('shipped wording', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('cc-wording-shipped-');
  });
  afterEach(async () => removeDir(dir));

  it('has a file for the engine and every feature that speaks, each matching its spec', async () => {
    const content = await loadContent(defaultContentDir);
    const specs = wordingSpecs();
    expect(specs.map((s) => s.id)).toEqual(expect.arrayContaining(['core', 'timeline']));
    expect(checkWording(content.wording, specs)).toEqual([]);
    // Every wording file in the folder belongs to a spec.
    expect([...content.wording.files.keys()].sort()).toEqual(specs.map((s) => s.id).sort());
    const featureIds = FEATURES.flatMap((f) => (f.wording ? [f.wording.id] : []));
    expect(featureIds.length).toBeGreaterThan(0);
    expect(specs.map((s) => s.id)).toEqual(expect.arrayContaining(featureIds));
  });

  it('says what the YAML says: a changed sentence changes the reply, with no code change', async () => {
    const content = await editedContent(join(dir, 'content'), {
      'wording/welcome.yaml': [['heading: Hello, I am Career Companion', 'heading: Hello from the Trust careers team']],
      'wording/core.yaml': [['  back: [back, go back, previous]', '  back: [back, go back, previous, undo]']],
    });
    const store = await LowStore.open(join(dir, 'data'));
    try {
      const bot = dialogBot(dialogServices(store, content));
      const out = await bot.handle({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c1', text: 'hi' });
      const said = out.map((o) => plainText(o.blocks)).join('\n');
      expect(said).toContain('Hello from the Trust careers team');
      expect(said).not.toContain('Hello, I am Career Companion');
      // A command word added in YAML works.
      const undo = await bot.handle({ platform: 'local', userKey: 'local:u1', conversationKey: 'local:c1', text: 'undo' });
      expect(undo.map((o) => plainText(o.blocks)).join('\n')).toContain('There is nothing to go back to');
    } finally {
      await store.close();
    }
  });

  it('catches a missing sentence and a wrong placeholder in `content check`, with file, line and fix', async () => {
    const copy = join(dir, 'content');
    await cp(defaultContentDir, copy, { recursive: true });
    const core = join(copy, 'wording', 'core.yaml');
    const original = await readFile(core, 'utf8');
    const lines = original.split('\n');
    const cancelledLine = lines.findIndex((l) => l.startsWith('  cancelled:')) + 1;
    await writeFile(core, original.replace(/^ {2}firstQuestion: .*\n/m, '').replace('I have stopped {title}.', 'I have stopped {tilte}.'));
    const result = await checkContent(copy, { wording: wordingSpecs() });
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'wording/core.yaml', path: 'turn.firstQuestion', message: 'is missing', fix: expect.stringContaining('add "firstQuestion:"') }));
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'wording/core.yaml', path: 'turn.cancelled', line: cancelledLine, message: expect.stringContaining('{tilte}') }));

    const cli = spawnCli(['content', 'check', copy]);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr()).toMatch(/wording\/core\.yaml:\d+: turn\.firstQuestion: is missing\. Fix: add "firstQuestion:"/);
    expect(cli.stderr()).toContain(`wording/core.yaml:${cancelledLine}: turn.cancelled: uses {tilte}, which this sentence does not have (it can use {title})`);

    // The server will not start on it either, and says why.
    const serve = spawnCli(['serve'], { PORT: '0', CONTENT_DIR: copy, DATA_DIR: join(dir, 'data'), SCHEDULER: 'off' });
    expect(await serve.exited).not.toBe(0);
    expect(serve.stderr()).toContain('wording/core.yaml');
    expect(serve.stderr()).toContain('turn.firstQuestion');
  }, 30_000);
});
