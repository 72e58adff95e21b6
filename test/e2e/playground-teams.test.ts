/**
 * `npm run playground:teams` (dist/src/cli/teams-playground.js): starts the bot and
 * Microsoft 365 Agents Playground pointed at it, and Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../helpers/app.js';

const SCRIPT = fileURLToPath(new URL('../../dist/src/cli/teams-playground.js', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function status(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return undefined;
  }
}

async function until(check: () => Promise<boolean>, what: string, ms = 40_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm run playground:teams', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await tempDir('cc-agents-playground-');
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  it('starts the bot and Agents Playground pointed at it, and Ctrl+C stops both', async () => {
    const port = await freePort();
    const agentsPort = await freePort();
    let out = '';
    const child = spawn(process.execPath, [SCRIPT], {
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '/tmp',
        PORT: String(port),
        AGENTS_PLAYGROUND_PORT: String(agentsPort),
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: join(dir, 'agents.log'),
        DATA_DIR: join(dir, 'data'),
        SCHEDULER: 'off',
        LOG_LEVEL: 'warn',
      },
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(async () => (await status(`http://127.0.0.1:${port}/healthz`)) === 200, `the bot (output: ${out})`);
      await until(async () => (await status(`http://127.0.0.1:${agentsPort}/`)) === 200, `Agents Playground (output: ${out})`);
      expect(out).toContain(`Listening on ${agentsPort}`);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(await status(`http://127.0.0.1:${port}/healthz`)).toBeUndefined();
    expect(await status(`http://127.0.0.1:${agentsPort}/`)).toBeUndefined();
  }, 90_000);
});
