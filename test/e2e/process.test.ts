/**
 * The command-line tool as a user runs it: the server with no settings at all,
 * the terminal chat driven through stdin, and refusals that name the problem.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnCli, startServerProcess, until } from '../helpers/process.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

describe('career-companion serve', () => {
  let dir: string;
  afterEach(async () => {
    await removeDir(dir);
  });

  it('starts with no settings, serves /healthz and the playground, and stops cleanly on SIGTERM', async () => {
    dir = await tempDir();
    const s = await startServerProcess({ DATA_DIR: dir });
    const health = await fetch(`${s.url}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${s.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Career Companion playground');
    const script = await fetch(`${s.url}/playground/adaptivecards.js`);
    expect(script.status).toBe(200);
    const chat = await fetch(`${s.url}/playground/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'web-test', text: 'hi' }),
    });
    const body = (await chat.json()) as any;
    expect(body.replies[0].cards[0].type).toBe('AdaptiveCard');
    expect(JSON.stringify(body.replies[0].cards[0])).toContain('Career Companion');
    expect(s.stdout()).toContain('Slack is off');
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.stdout()).toContain('Career Companion stopped');
  });

  it('refuses to start in production without an app id, and says why', async () => {
    dir = await tempDir();
    const s = spawnCli(['serve'], { DATA_DIR: dir, NODE_ENV: 'production', PORT: '0' });
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toContain('MicrosoftAppId: must be set when NODE_ENV=production');
  });

  it('refuses an empty data file, names it, and leaves it alone', async () => {
    dir = await tempDir();
    await writeFile(join(dir, 'career-companion.jsonl'), '');
    const s = spawnCli(['serve'], { DATA_DIR: dir, PORT: '0' });
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toContain(join(dir, 'career-companion.jsonl'));
    expect(s.stderr()).toContain('is empty');
    expect(await readFile(join(dir, 'career-companion.jsonl'), 'utf8')).toBe('');
  });

  it('refuses broken content, naming the file and field', async () => {
    dir = await tempDir();
    const content = join(dir, 'content');
    await mkdir(content);
    await writeFile(join(content, 'roles.yaml'), 'roles:\n  - id: Bad Id\n    title: x\n');
    const s = spawnCli(['serve'], { DATA_DIR: join(dir, 'data'), CONTENT_DIR: content, PORT: '0' });
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toContain('roles.yaml');
    expect(s.stderr()).toMatch(/roles\[0\]/);
  });

  it('refuses a bad setting, naming it', async () => {
    dir = await tempDir();
    const s = spawnCli(['serve'], { DATA_DIR: dir, PORT: 'eighty' });
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toContain('PORT: expected a whole number');
  });
});

describe('career-companion chat', () => {
  let dir: string;
  afterEach(async () => {
    await removeDir(dir);
  });

  it('greets, shows numbered choices, and takes a number as a button press', async () => {
    dir = await tempDir();
    const s = spawnCli(['chat', '--data-dir', dir, '--user', 'tester'], { NODE_ENV: 'test' });
    await until(() => (s.stdout().includes('Hello, I am Career Companion') ? true : undefined), 15_000, 'the greeting');
    const m = /(\d+)\) What can you do\?/.exec(s.stdout());
    expect(m).not.toBeNull();
    s.child.stdin!.write(`${m![1]}\n`);
    await until(() => (s.stdout().includes('What I can help with') ? true : undefined), 10_000, 'help');
    s.child.stdin!.write('help\n');
    s.child.stdin!.end();
    expect(await s.exited).toBe(0);
    expect(s.stdout()).toContain('Goodbye.');
  });
});
