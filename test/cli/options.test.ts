/**
 * Every command reads its command line the same way (src/cli/args.ts): an
 * unknown option or an option without its value prints what is wrong and the
 * command's usage, exits 2 and touches nothing; `--name=value` and
 * `--name value` mean the same. Run as real processes, as a user would.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/process.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const GOOD_CSV = fileURLToPath(new URL('../fixtures/enrol/good.csv', import.meta.url));
const NOW = '2026-11-21T10:00:00Z';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the CLI with no stdin, and kills it if it is still running after 20 seconds (a command that wrongly went ahead). */
async function cli(args: string[], env: Record<string, string>): Promise<Run> {
  const p = spawnCli(args, { LOG_LEVEL: 'silent', ...env });
  p.child.stdin!.end();
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 20_000);
  const code = await p.exited;
  clearTimeout(timer);
  return { code, out: p.stdout(), err: p.stderr() };
}

let dir: string;
/** A data folder that must still not exist after a usage error. */
let data: string;
beforeEach(async () => {
  dir = await tempDir();
  data = join(dir, 'data');
});
afterEach(async () => {
  await removeDir(dir);
});

describe('a misspelt option', () => {
  it.each([
    { args: ['reminders', 'due', '--nwo', '2030-01-01'], said: 'Unknown option "--nwo". Did you mean --now?', usage: 'career-companion reminders due' },
    { args: ['reminders', 'run', '--now', NOW, '--jason'], said: 'Unknown option "--jason". Did you mean --json?', usage: 'career-companion reminders run' },
    { args: ['enrol', '--cvs', GOOD_CSV], said: 'Unknown option "--cvs". Did you mean --csv?', usage: 'career-companion enrol --csv <file>' },
    { args: ['enrol', '--csv', GOOD_CSV, '--dryrun'], said: 'Unknown option "--dryrun". Did you mean --dry-run?', usage: 'career-companion enrol --csv <file>' },
    { args: ['store', 'check', '--data-dr', 'x'], said: 'Unknown option "--data-dr". Did you mean --data-dir?', usage: 'career-companion store check' },
    { args: ['privacy', 'export', '--usr', 'teams:29:a'], said: 'Unknown option "--usr". Did you mean --user?', usage: 'career-companion privacy export' },
    { args: ['migrate', '--form', 'lowdb', '--to', 'postgres'], said: 'Unknown option "--form". Did you mean --from?', usage: 'career-companion migrate --from lowdb' },
    { args: ['ask', 'how do I become a nurse', '--jsn'], said: 'Unknown option "--jsn". Did you mean --json?', usage: 'career-companion ask "<question>"' },
    { args: ['chat', '--usr', 'sam'], said: 'Unknown option "--usr". Did you mean --user?', usage: 'career-companion chat [--data-dir <folder>]' },
    { args: ['serve', '--port', '0'], said: 'Unknown option "--port".', usage: 'career-companion serve' },
    { args: ['content', 'check', '--verbose'], said: 'Unknown option "--verbose".', usage: 'career-companion content check [dir]' },
    { args: ['package-teams', '--outt', 'x.zip'], said: 'Unknown option "--outt". Did you mean --out?', usage: 'career-companion package-teams [--out <file>]' },
    { args: ['store', 'check', '-z'], said: 'Unknown option "-z".', usage: 'career-companion store check' },
  ])('$args.0 $args.1 $args.2: exit 2, says so and prints the usage', async ({ args, said, usage }) => {
    const r = await cli(args, { DATA_DIR: data, CHAT_DATA_DIR: data, MicrosoftAppId: '00000000-0000-0000-0000-000000000000' });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(said);
    expect(r.err).toContain(`Usage:`);
    expect(r.err).toContain(usage);
    expect(r.out).toBe('');
    expect(existsSync(data)).toBe(false);
  });
});

describe('an option without its value', () => {
  it.each([
    { args: ['enrol', '--csv'], said: '--csv: give the CSV file to import.' },
    { args: ['enrol', '--csv=', '--dry-run'], said: '--csv: give the CSV file to import.' },
    { args: ['enrol', '--csv', '--dry-run'], said: '--csv: give the CSV file to import.' },
    { args: ['enrol', '--csv', GOOD_CSV, '--now'], said: '--now needs a time, e.g. --now 2027-03-01T10:00:00Z.' },
    { args: ['reminders', 'due', '--now'], said: '--now needs a time, e.g. --now 2027-03-01T10:00:00Z.' },
    { args: ['reminders', 'run', '--now='], said: '--now needs a time, e.g. --now 2027-03-01T10:00:00Z.' },
    { args: ['store', 'restore', '--yes', '--file'], said: '--file needs a value.' },
    { args: ['privacy', 'erase', '--user'], said: "--user: give the person's user key, e.g. teams:29:1abc or slack:T0123:U0456." },
    { args: ['ask', 'hello', '--from'], said: '--from needs a value, e.g. --from "band 2 HCA".' },
    { args: ['chat', '--data-dir'], said: '--data-dir needs a value.' },
    { args: ['migrate', '--from', 'lowdb', '--to'], said: '--to needs a value.' },
  ])('$args: exit 2, names the option and prints the usage', async ({ args, said }) => {
    const r = await cli(args, { DATA_DIR: data, CHAT_DATA_DIR: data });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(said);
    expect(r.err).toContain(`Usage:`);
    expect(r.err).toContain(`career-companion ${args[0]}`);
    expect(r.out).toBe('');
    expect(existsSync(data)).toBe(false);
  });

  it('a value given to an option that takes none is refused too', async () => {
    const r = await cli(['enrol', '--csv', GOOD_CSV, '--dry-run=yes'], { DATA_DIR: data });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('--dry-run does not take a value.');
    expect(existsSync(data)).toBe(false);
  });

  it('an argument a command does not take is refused', async () => {
    const r = await cli(['enrol', '--csv', GOOD_CSV, 'extra'], { DATA_DIR: data });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('Unexpected argument "extra".');
    const due = await cli(['reminders', 'due', 'tomorrow'], { DATA_DIR: data });
    expect(due.code).toBe(2);
    expect(due.err.split('\n')[0]).toBe('Too many arguments: tomorrow.');
    expect(existsSync(data)).toBe(false);
  });
});

describe('--name=value and --name value', () => {
  it('mean the same for enrol --csv', async () => {
    const spaced = await cli(['enrol', '--csv', GOOD_CSV, '--now', NOW, '--dry-run'], { DATA_DIR: join(dir, 'a') });
    const joined = await cli(['enrol', `--csv=${GOOD_CSV}`, `--now=${NOW}`, '--dry-run'], { DATA_DIR: join(dir, 'b') });
    expect(spaced).toMatchObject({ code: 0, out: '2 rows: 2 would be enrolled, 0 unchanged, 0 with problems\nDry run: nothing was saved.\n' });
    expect(joined).toMatchObject({ code: spaced.code, out: spaced.out });
  });

  it('mean the same for reminders due --now', async () => {
    const spaced = await cli(['reminders', 'due', '--now', '2030-01-01'], { DATA_DIR: join(dir, 'a') });
    const joined = await cli(['reminders', 'due', '--now=2030-01-01'], { DATA_DIR: join(dir, 'b') });
    expect(spaced).toMatchObject({ code: 0, out: '0 reminders due at 2030-01-01T00:00:00.000Z\n' });
    expect(joined).toMatchObject({ code: spaced.code, out: spaced.out });
  });
});

describe('--help', () => {
  it.each(['serve', 'chat', 'content', 'ask', 'package-teams', 'enrol', 'reminders', 'store', 'privacy', 'migrate'])(
    '%s --help prints the usage to stdout and exits 0',
    async (command) => {
      const r = await cli([command, '--help'], { DATA_DIR: data, CHAT_DATA_DIR: data });
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage:');
      expect(r.out).toContain(`career-companion ${command}`);
      expect(r.err).toBe('');
      expect(existsSync(data)).toBe(false);
    },
  );
});
