/**
 * Runs the built command-line tool (`bin/career-companion.js`, compiled by
 * `npm test`'s pretest step) as a separate process, as a user would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/career-companion.js', import.meta.url));

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function spawnCli(args: string[], env: Record<string, string> = {}, cwd?: string): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits until `check` returns a value, polling. */
export async function until<T>(check: () => T | undefined, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts `career-companion serve` on a free port and waits for it to listen. */
export async function startServerProcess(env: Record<string, string>): Promise<Spawned & { url: string }> {
  const s = spawnCli(['serve'], { PORT: '0', LOG_LEVEL: 'info', ...env });
  const port = await until(() => {
    const m = /"port":(\d+)[^\n]*Career Companion is listening/.exec(s.stdout());
    return m ? Number(m[1]) : undefined;
  }, 20_000, `the server to listen (stderr: ${s.stderr()})`);
  return { ...s, url: `http://127.0.0.1:${port}` };
}
