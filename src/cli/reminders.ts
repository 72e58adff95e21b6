/**
 * `career-companion reminders due [--now <ISO time>]` lists what is due.
 * `career-companion reminders run [--now <ISO time>]` runs one scheduler tick
 * at that time and exits when its sends are done.
 * Both use the same data folder and settings as the server.
 */
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { destination } from 'pino';
import { isStartupError, loadDotEnv } from './serve.js';
import { readCommandLine, usageError } from './args.js';
import type { Command } from './io.js';

const USAGE = `Usage:
  career-companion reminders due [--now <ISO time>] [--json]
  career-companion reminders run [--now <ISO time>]

"due" lists reminders that are due (pending and due by --now, default: now).
"run" runs one scheduler tick at --now and exits when its sends are done.
Stop the server first when using the embedded store: it is one process's file.
`;

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, {
    usage: USAGE,
    options: { now: { type: 'string', missing: '--now needs a time, e.g. --now 2027-03-01T10:00:00Z.' }, json: { type: 'boolean' } },
    positionals: 1,
  });
  if (typeof line === 'number') return line;
  const [sub] = line.positionals;
  if (sub !== 'due' && sub !== 'run') return usageError(io, USAGE, sub === undefined ? '' : `Unknown reminders command "${sub}".`);
  if (sub === 'run' && line.values.json) return usageError(io, USAGE, '--json is only for "reminders due".');
  const nowText = line.values.now;
  const now = nowText !== undefined ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) {
    io.stderr.write(`--now: expected an ISO time such as 2027-03-01T10:00:00Z, got "${nowText ?? ''}".\n`);
    return 2;
  }
  loadDotEnv(io.env);
  let core;
  try {
    const config = loadConfig(io.env);
    const log = createLogger(io.env['LOG_LEVEL'] ?? 'warn', destination(2));
    const { buildWithChannels } = await import('../app/app.js');
    core = await buildWithChannels(config, { log, clock: () => now });
    if (sub === 'due') {
      const due = await core.store.reminders.listDue(now, 100_000);
      if (line.values.json) {
        for (const r of due) io.stdout.write(`${JSON.stringify({ id: r.id, kind: r.kind, dueAt: r.dueAt, attempts: r.attempts })}\n`);
      } else {
        io.stdout.write(`${due.length} reminder${due.length === 1 ? '' : 's'} due at ${now.toISOString()}\n`);
        for (const r of due) io.stdout.write(`  ${r.dueAt}  ${r.kind.padEnd(20)} ${r.id}\n`);
      }
      return 0;
    }
    const { buildScheduler } = await import('../scheduler/index.js');
    const scheduler = buildScheduler(core.services, config.scheduler, core.features.reminders);
    const report = await scheduler.tick(now);
    io.stdout.write(
      `Tick at ${now.toISOString()}: ${report.claimed} claimed, ${report.sent} sent, ${report.deferred} moved to working hours, ${report.missed} missed, ${report.failed} failed, ${report.cancelled} cancelled, ${report.planned} planned.\n`,
    );
    return report.failed > 0 ? 1 : 0;
  } catch (err) {
    if (isStartupError(err)) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await core?.store.close();
  }
};
