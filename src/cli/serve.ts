/**
 * `career-companion serve` (and `npm start`): runs the server until SIGTERM or
 * SIGINT, then finishes turns under way, flushes the store and exits 0.
 */
import { existsSync } from 'node:fs';
import { loadConfig, ConfigError } from '../config.js';
import { ContentError } from '../content/model.js';
import { StoreOpenError } from '../store/ports.js';
import { createLogger, routeConsoleToLog } from '../log.js';
import { readCommandLine } from './args.js';
import type { Command } from './io.js';

const USAGE = 'Usage: career-companion serve\n\nStarts the server. Settings come from the environment (see .env.example).\n';

/** Reads a .env file in the working folder, if there is one, without overriding real variables. */
export function loadDotEnv(env: NodeJS.ProcessEnv): void {
  if (env !== process.env || !existsSync('.env')) return;
  const load = (process as unknown as { loadEnvFile?: (path: string) => void }).loadEnvFile;
  load?.('.env');
}

/** Errors that mean "fix your settings, data or content", shown without a stack trace. */
export function isStartupError(err: unknown): err is Error {
  return err instanceof ConfigError || err instanceof ContentError || err instanceof StoreOpenError;
}

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, { usage: USAGE, options: {} });
  if (typeof line === 'number') return line;
  loadDotEnv(io.env);
  let app;
  try {
    const config = loadConfig(io.env);
    const log = createLogger(config.logLevel);
    // Libraries that write to the console (botbuilder prints refused tokens and signing keys), and
    // Node's warnings, go through the log, so the server writes JSON lines only.
    if (io.env === process.env) routeConsoleToLog(log);
    const { startApp } = await import('../app/app.js');
    app = await startApp(config, { log });
  } catch (err) {
    if (isStartupError(err)) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const running = app;
  return new Promise<number>((resolve) => {
    let signalled = false;
    const onSignal = (signal: string) => {
      if (signalled) return;
      signalled = true;
      running.log.info({ signal }, 'Shutting down');
      running.stop().then(
        () => resolve(0),
        (err) => {
          running.log.error({ err }, 'Shutdown failed');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
};
