/**
 * The composition root: builds the store, content, dialogs, core and channels
 * from the configuration, and serves them on one HTTP server.
 */
import type { Server } from 'restify';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { buildCore, type AppOptions, type Core } from './core.js';
import type { Store } from '../store/ports.js';
import type { Bot } from '../core/runtime.js';
import { warmDateReader } from '../time/parse.js';
import { TeamsChannel } from '../channels/teams/adapter.js';
import type { SlackChannel } from '../channels/slack/adapter.js';
import { playgroundRoutes } from '../channels/local/playground.js';
import { timelineRoutes } from '../web/timeline.js';
import { createHttpServer, listen, close, type RouteDef } from '../server.js';
import { Downloads, downloadRoutes } from '../web/downloads.js';
import { buildScheduler, runEveryMinute } from '../scheduler/index.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { Content } from '../content/model.js';

export { buildCore, type AppOptions, type Core } from './core.js';

export interface RunningApp {
  port: number;
  url: string;
  bot: Bot;
  store: Store;
  content: Content;
  teams: TeamsChannel;
  slack?: SlackChannel;
  server: Server;
  log: Logger;
  scheduler: Scheduler;
  /** Stops taking requests, lets turns under way finish, flushes the store. */
  stop(): Promise<void>;
}

/** The core plus the platform channels, ready to send, without an HTTP server (for tools). */
export async function buildWithChannels(config: Config, opts: AppOptions = {}): Promise<Core & { teams: TeamsChannel; slack?: SlackChannel; downloads: Downloads }> {
  // Bolt is loaded only when Slack is on: it is a quarter of the start-up time otherwise. It loads while the core is built.
  const slackModule = config.slack.enabled ? import('../channels/slack/adapter.js') : undefined;
  // Awaited below; if the core fails first, its error is the one to report.
  slackModule?.catch(() => undefined);
  const core = await buildCore(config, opts);
  const { bot, store, log } = core;
  const downloads = new Downloads();
  const teams = new TeamsChannel({
    config,
    bot,
    store,
    log,
    downloads,
    onReference: (userKey, aliases) => core.features.onIdentity(userKey, aliases),
  });
  core.channels.teams = teams;
  let slack: SlackChannel | undefined;
  if (slackModule) {
    const { SlackChannel } = await slackModule;
    slack = new SlackChannel({ config, bot, store, log });
    core.channels.slack = slack;
  }
  return { ...core, teams, downloads, ...(slack ? { slack } : {}) };
}

export async function startApp(config: Config, opts: AppOptions = {}): Promise<RunningApp> {
  const core = await buildWithChannels(config, opts);
  const { bot, store, content, log, teams, slack } = core;
  if (!slack) log.info('Slack is off: no SLACK_ variables are set.');
  if (!teams.authenticated) {
    log.warn('Teams is in local mode: MicrosoftAppId is not set, so requests are not authenticated. Use this only with Bot Framework Emulator or tests.');
  }

  const scheduler = buildScheduler(core.services, config.scheduler, core.features.reminders);
  let stopping = false;
  const routes: RouteDef[] = [
    {
      method: 'get',
      path: '/healthz',
      handler: async (_req, res) => {
        const storeHealth = await store.health();
        const ok = storeHealth.ok && !stopping;
        res.status(ok ? 200 : 503);
        res.json({
          status: ok ? 'ok' : stopping ? 'stopping' : 'unhealthy',
          store: storeHealth,
          teams: { enabled: true, mode: teams.authenticated ? 'authenticated' : 'local' },
          slack: slack ? { enabled: true, mode: slack.mode } : { enabled: false },
          scheduler: {
            enabled: config.scheduler.enabled,
            timeZone: config.scheduler.timeZone,
            busy: scheduler.busy,
            lastTick: scheduler.lastTick ?? null,
          },
          turnsInFlight: bot.turnsInFlight,
        });
      },
    },
    { method: 'post', path: '/api/messages', json: true, handler: (req, res) => teams.handle(req, res) },
    ...timelineRoutes(content),
    {
      method: 'post',
      path: '/slack/events',
      handler: async (req, res) => {
        const listener = slack?.requestListener;
        if (!listener) {
          res.status(404);
          res.json({ error: slack ? 'Slack is in Socket Mode; it does not take HTTP events.' : 'Slack is not set up on this server.' });
          return;
        }
        await new Promise<void>((resolve) => {
          res.once('finish', resolve);
          res.once('close', resolve);
          listener(req, res);
        });
      },
    },
  ];
  routes.push(...downloadRoutes(core.downloads));
  if (config.playground) routes.push(...playgroundRoutes({ bot, config, inbox: core.inbox }));

  const server = createHttpServer(log, routes);
  await slack?.start();
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  log.info({ port, host: config.host, store: (await store.health()).kind, slack: slack?.mode ?? 'off', playground: config.playground }, 'Career Companion is listening');
  // Loaded now rather than at start-up: it is only needed when someone types a date.
  warmDateReader();
  const ticking = config.scheduler.enabled ? runEveryMinute(scheduler, core.services, config.scheduler.timeZone) : undefined;
  if (!ticking) log.info('The scheduler is off (SCHEDULER=off): no check-ins or reminders will be sent.');

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      const closing = close(server);
      await ticking?.stop();
      const drained = await bot.drain(config.shutdownGraceMs);
      if (!drained) log.warn('Some turns were still running when the shutdown grace period ended.');
      await slack?.stop();
      await store.close();
      await closing;
      log.info('Career Companion stopped');
    })();
    return stopped;
  };

  return { port, url, bot, store, content, teams, server, log, scheduler, stop, ...(slack ? { slack } : {}) };
}
