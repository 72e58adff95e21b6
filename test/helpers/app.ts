/**
 * Starts the real server on 127.0.0.1 with a temporary data folder, as a test
 * would run it in production, but with fake platforms outside the machine.
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { startApp, type RunningApp, type AppOptions } from '../../src/app/app.js';
import { createLogger } from '../../src/log.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { removeDir, tempDir } from './tmp.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { BOT_TOKEN, SIGNING_SECRET, startFakeSlack, type FakeSlack } from './fake-slack.js';

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

/**
 * The real server with a fake Bot Connector on 127.0.0.1, for one `describe`:
 * started before its tests, stopped and its data folder removed after, the
 * connector's record cleared before each test. Read `.t` and `.connector`
 * inside tests (they are set once the suite starts).
 */
export function teamsAppForSuite(clock?: () => Date, env: Record<string, string> = {}): { t: TestApp; connector: FakeConnector } {
  const s = {} as { t: TestApp; connector: FakeConnector };
  beforeAll(async () => {
    s.connector = await startFakeConnector();
    s.t = await startTestApp(env, clock ? { clock } : {});
  });
  afterAll(async () => {
    await s.t?.stop();
    await s.connector?.close();
    if (s.t) await removeDir(s.t.dataDir);
  });
  beforeEach(() => s.connector.clear());
  return s;
}

/** The same with a fake Slack Web API, and Slack's token, signing secret and API address set. */
export function slackAppForSuite(clock?: () => Date, env: Record<string, string> = {}): { t: TestApp; slack: FakeSlack } {
  const s = {} as { t: TestApp; slack: FakeSlack };
  beforeAll(async () => {
    s.slack = await startFakeSlack();
    s.t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: s.slack.apiUrl, ...env }, clock ? { clock } : {});
  });
  afterAll(async () => {
    await s.t?.stop();
    await s.slack?.close();
    if (s.t) await removeDir(s.t.dataDir);
  });
  return s;
}
