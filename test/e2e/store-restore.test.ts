/**
 * Recovering from a damaged data file with the real command-line tool, as an
 * operator would: the server refuses to start and says what to run,
 * `store restore --yes` puts back the newest good backup, and the server
 * starts again with the person's data.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnCli, startServerProcess, type Spawned } from '../helpers/process.js';
import { journalText, readJournal } from '../helpers/journal.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

/** A journal whose middle line is damaged: the records after it cannot be trusted. */
const CORRUPT = `${journalText('career-companion', 2, { profiles: { 'local:playground:x': { userKey: 'local:playground:x' } } })}["dialogs","local:pla\n["profiles","local:playground:x",null]\n`;
const PEOPLE = ['profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans'];
const DIALOG_KEY = 'local:playground:restore-test\u0000local:playground:restore-test';

async function say(url: string, body: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${url}/playground/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json();
}

/** Every Action.Submit button in the replies' Adaptive Cards. */
function submitButtons(reply: unknown): Array<{ title: string; data: unknown }> {
  const out: Array<{ title: string; data: unknown }> = [];
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const r = o as Record<string, unknown>;
      if (r['type'] === 'Action.Submit') out.push({ title: String(r['title']), data: r['data'] });
      Object.values(r).forEach(walk);
    }
  };
  walk(reply);
  return out;
}

describe('career-companion store restore', () => {
  let dir: string;
  let server: Spawned | undefined;
  afterEach(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    server = undefined;
    await removeDir(dir);
  });

  // Two server starts and several tool runs, each a fresh Node process: allow for a busy machine.
  it('brings a server with a corrupt data file back from the newest backup', { timeout: 120_000 }, async () => {
    dir = await tempDir();
    const env = { DATA_DIR: dir };

    // 1. A server writes some data.
    const s = await startServerProcess(env);
    server = s;
    const hi = await say(s.url, { user: 'restore-test', text: 'hi' });
    // Start the profile questions, so that the person's place in a dialog is saved.
    const button = submitButtons(hi).find((b) => b.title === 'My profile');
    expect(button).toBeDefined();
    await say(s.url, { user: 'restore-test', value: button!.data });
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8'))).toMatchObject({ pid: s.child.pid, hostname: hostname() });

    // While it runs, restore refuses to touch the folder.
    const busy = spawnCli(['store', 'restore', '--data-dir', dir, '--yes']);
    expect(await busy.exited).toBe(1);
    expect(busy.stderr()).toContain(`in use by process ${s.child.pid}`);

    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    server = undefined;
    const people = join(dir, 'career-companion.jsonl');
    expect((await readJournal(people, PEOPLE)).dialogs).toHaveProperty([DIALOG_KEY]);
    expect((await readdir(join(dir, 'backups'))).some((n) => n.startsWith('career-companion-'))).toBe(true);

    // 2. The data file is damaged: the server refuses, naming the file and the fix.
    await writeFile(people, CORRUPT);
    const refused = spawnCli(['serve'], { ...env, PORT: '0' });
    expect(await refused.exited).toBe(1);
    expect(refused.stderr()).toContain(people);
    expect(refused.stderr()).toContain('career-companion store restore');
    expect(await readFile(people, 'utf8')).toBe(CORRUPT);

    // check says so too.
    const check = spawnCli(['store', 'check'], env);
    expect(await check.exited).toBe(1);
    expect(check.stdout()).toMatch(/PROBLEM\s+career-companion\.jsonl: it has a damaged line 3/);

    // Without --yes and without a terminal, restore asks for --yes and changes nothing.
    const unsure = spawnCli(['store', 'restore'], env);
    unsure.child.stdin!.end();
    expect(await unsure.exited).toBe(2);
    expect(unsure.stderr()).toContain('--yes');

    // 3. Restore.
    const restore = spawnCli(['store', 'restore', '--yes'], env);
    expect(await restore.exited).toBe(0);
    expect(restore.stdout()).toContain('Restored career-companion.jsonl from backups/career-companion-');
    const aside = (await readdir(dir)).filter((n) => n.startsWith('career-companion.jsonl.broken-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(CORRUPT);
    expect((await readJournal(people, PEOPLE)).dialogs).toHaveProperty([DIALOG_KEY]);
    const audit = (await readFile(join(dir, 'audit.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.at(-1)).toMatchObject({ action: 'restore', actor: 'system', detail: 'file=career-companion.jsonl' });

    // 4. The server starts again on the restored data.
    const again = await startServerProcess(env);
    server = again;
    const health = await fetch(`${again.url}/healthz`);
    expect(health.status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    server = undefined;
  });
});
