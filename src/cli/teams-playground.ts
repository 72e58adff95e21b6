/**
 * `npm run playground:teams`: starts the bot (`career-companion serve`) and
 * Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, a dev
 * dependency) pointed at it as a Teams client, and stops both together on
 * Ctrl+C (SIGINT), SIGTERM, or when either of them stops.
 *
 * Settings: PORT (the bot, default 3978), AGENTS_PLAYGROUND_PORT (default 56150),
 * and anything else the bot reads from the environment. Arguments after `--`
 * go to agentsplayground. Telemetry is off (--disable-telemetry); its log goes
 * to the temp folder, not the working folder. Set TEAMSAPPTESTER_BROWSER=none to
 * stop it opening a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const BIN = fileURLToPath(new URL('../../../bin/career-companion.js', import.meta.url));

function agentsPlaygroundCli(): string | undefined {
  try {
    return require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return undefined;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 1);
    else child.once('exit', (code) => resolve(code ?? 1));
  });

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const cli = agentsPlaygroundCli();
  if (!cli) {
    console.error('Microsoft 365 Agents Playground is not installed. Run "npm install" (with dev dependencies) first.');
    return 1;
  }
  const port = env['PORT'] || '3978';
  if (!/^\d{1,5}$/.test(port) || Number(port) === 0) {
    console.error(`PORT must be a port number, not "${port}": Agents Playground needs to know where the bot listens.`);
    return 2;
  }
  const bot = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: port, HOST: env['HOST'] || '127.0.0.1' }, stdio: 'inherit' });
  const children: ChildProcess[] = [bot];
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, 10_000);
    await Promise.all(children.map(exited));
    clearTimeout(killer);
  };
  let signalled = false;
  const onSignal = () => {
    signalled = true;
    void stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const health = `http://127.0.0.1:${port}/healthz`;
    for (let i = 0; i < 60 && !(await answers(health)); i++) {
      if (signalled || bot.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    if (signalled) {
      await stop();
      return 0;
    }
    if (!(await answers(health))) {
      console.error(`The bot did not answer ${health}; not starting Agents Playground.`);
      await stop();
      return 1;
    }
    const extra = argv[0] === '--' ? argv.slice(1) : argv;
    const playground = spawn(
      process.execPath,
      [cli, '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '-p', env['AGENTS_PLAYGROUND_PORT'] || '56150', '--disable-telemetry', ...extra],
      {
        env: { ...env, M365_AGENTS_PLAYGROUND_LOGFILE: env['M365_AGENTS_PLAYGROUND_LOGFILE'] || join(tmpdir(), 'career-companion-agentsplayground.log') },
        stdio: 'inherit',
      },
    );
    children.push(playground);
    // Whichever stops first (Ctrl+C, or one of them ending), both stop.
    const first = await Promise.race([exited(bot), exited(playground)]);
    await stop();
    return signalled ? 0 : first;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
