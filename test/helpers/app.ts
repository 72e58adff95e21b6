/**
 * Starts the real server on 127.0.0.1 with a temporary data folder, as a test
 * would run it in production, but with fake platforms outside the machine.
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { startApp, type RunningApp, type AppOptions } from '../../src/app/app.js';
import { createLogger } from '../../src/log.js';
import { tempDir } from './tmp.js';

export { tempDir, removeDir } from './tmp.js';

export interface TestApp {
  app: RunningApp;
  url: string;
  dataDir: string;
  logs: string[];
  stop(): Promise<void>;
  /** Stops the app and starts a new one on the same data folder (a restart). */
  restart(): Promise<TestApp>;
}


export async function startTestApp(env: Record<string, string> = {}, opts: AppOptions & { dataDir?: string; logLevel?: string } = {}): Promise<TestApp> {
  const dataDir = opts.dataDir ?? (await tempDir());
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  // The scheduler is driven by the tests (app.scheduler.tick(now)) unless a test turns the minute tick on.
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SCHEDULER: 'off', ...env });
  const log = opts.log ?? createLogger(opts.logLevel ?? 'debug', sink);
  const app = await startApp(config, { ...opts, log });
  const t: TestApp = {
    app,
    url: app.url,
    dataDir,
    logs,
    async stop() {
      await app.stop();
    },
    async restart() {
      await app.stop();
      return startTestApp(env, { ...opts, dataDir });
    },
  };
  return t;
}


export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}
