/**
 * `career-companion privacy export|erase --user <key>`: requests that reach
 * the trust outside the bot, run in process against a temporary data folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { LowStore } from '../../src/store/lowdb.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const USER = 'teams:29:cli-person';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

describe('privacy command', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
    const store = await LowStore.open(dir);
    await store.profiles.put({ userKey: USER, platform: 'teams', createdAt: 'x', updatedAt: 'x', band: '6', area: 'walrus-cobalt-3391' });
    await store.refs.put({ userKey: USER, platform: 'teams', ref: { conversation: { id: 'a:1' } }, updatedAt: 'x' });
    await store.close();
  });
  afterEach(async () => removeDir(dir));

  const run = async (...args: string[]) => {
    const out = capture();
    const err = capture();
    const code = await main(['privacy', ...args], {
      stdin: new PassThrough(),
      stdout: out.stream,
      stderr: err.stream,
      env: { NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });
    return { code, out: out.text(), err: err.text() };
  };

  it('exports to a file and audits it', async () => {
    const file = join(dir, 'export.json');
    const r = await run('export', '--user', USER, '--out', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('profile 1');
    const data = JSON.parse(await readFile(file, 'utf8'));
    expect(data.profile.area).toBe('walrus-cobalt-3391');
    const audit = await readFile(join(dir, 'audit.log'), 'utf8');
    expect(audit).toContain('"action":"export","actor":"system"');
    expect(audit).toContain('via=cli');
    expect(audit).not.toContain(USER);
  });

  it('shows what erase would delete, and deletes only with --yes', async () => {
    const dry = await run('erase', '--user', USER);
    expect(dry.code).toBe(1);
    expect(dry.out).toContain('Nothing has been deleted');
    expect(await readFile(join(dir, 'career-companion.jsonl'), 'utf8')).toContain(USER);

    const r = await run('erase', '--user', USER, '--yes');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Deleted 2 records/);
    expect(await readFile(join(dir, 'career-companion.jsonl'), 'utf8')).not.toContain(USER);
    const audit = await readFile(join(dir, 'audit.log'), 'utf8');
    expect(audit).toContain('"action":"erasure","actor":"system"');
    expect(audit).not.toContain(USER);
  });

  it('refuses a missing or malformed user key', async () => {
    expect((await run('export')).code).toBe(2);
    expect((await run('erase', '--user', 'alex@example.nhs.uk')).err).toContain('--user');
  });
});
