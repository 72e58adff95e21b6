/**
 * `career-companion privacy export --user <key> [--out <file>]`
 * `career-companion privacy erase --user <key> [--yes]`
 *
 * For data protection requests that reach the trust outside the bot (by
 * e-mail, by letter, from someone who has left): the same export and erasure
 * the bot does when a person asks it, run by the trust's administrator. Both
 * are written to the audit log (actor `system`, detail `via=cli`).
 *
 * The user key is the one the bot knows the person by, e.g. `teams:29:1abc…`
 * or `slack:T01…:U02…` (the information governance lead can find it in the
 * Teams or Slack admin centre, or ask the person to type "what do you hold
 * about me"). With the embedded store, stop the server first.
 *
 * Exit codes: 0 done, 1 erase without --yes (nothing deleted), 2 bad use.
 */
import { writeFile } from 'node:fs/promises';
import { destination } from 'pino';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { recordAudit } from '../core/audit.js';
import { exportJson, exportPerson, recordCounts } from '../privacy/export.js';
import { erasePerson, erasureTotal } from '../privacy/erase.js';
import { lockedByOther } from '../store/backup.js';
import { isUserKey } from '../user-keys.js';
import { isStartupError, loadDotEnv } from './serve.js';
import { readCommandLine, usageError } from './args.js';
import type { CliIO, Command } from './io.js';

const USAGE = `Usage:
  career-companion privacy export --user <key> [--out <file>]
  career-companion privacy erase --user <key> [--yes]

export  writes everything held about the person as JSON (to --out, or to the screen)
erase   deletes everything held about the person; without --yes it only shows what would go
<key>   the person's user key, e.g. teams:29:1abc... or slack:T0123:U0456
Both are written to the audit log. With the embedded store, stop the server first.
`;

const USER_HINT = "--user: give the person's user key, e.g. teams:29:1abc or slack:T0123:U0456.";

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

export const run: Command = async (args, io: CliIO) => {
  const line = readCommandLine(args, io, {
    usage: USAGE,
    options: { user: { type: 'string', missing: USER_HINT }, out: { type: 'string' }, yes: { type: 'boolean' } },
    positionals: 1,
  });
  if (typeof line === 'number') return line;
  const [action] = line.positionals;
  if (action !== 'export' && action !== 'erase') return usageError(io, USAGE, action ? `Unknown privacy command "${action}".` : '');
  const { user, out } = line.values;
  if (!user || !isUserKey(user)) return usageError(io, USAGE, USER_HINT);
  if (action === 'erase' && out !== undefined) return usageError(io, USAGE, '--out is only for "privacy export".');

  loadDotEnv(io.env);
  let core;
  try {
    const config = loadConfig(io.env);
    if (config.store.kind === 'lowdb') {
      const pid = await lockedByOther(config.dataDir);
      if (pid !== undefined) {
        io.stderr.write(`The server (process ${pid}) is using ${config.dataDir}. Stop it first, then run this again.\n`);
        return 2;
      }
    }
    const log = createLogger(io.env['LOG_LEVEL'] ?? 'warn', destination(2));
    const { buildCore } = await import('../app/core.js');
    core = await buildCore(config, { log });
    const { store, services } = core;
    const now = services.clock();

    const data = await exportPerson(store, user, now);
    const counts = recordCounts(data);
    if (action === 'export') {
      await recordAudit(services, 'export', 'system', user, { via: 'cli', ...counts });
      if (out) {
        await writeFile(out, exportJson(data), { encoding: 'utf8', mode: 0o600 });
        io.stdout.write(`Wrote ${out}: ${describe(counts)}.\n`);
      } else {
        io.stdout.write(exportJson(data));
      }
      return 0;
    }

    if (!line.values.yes) {
      io.stdout.write(`Would delete: ${describe(counts)}. Nothing has been deleted. Add --yes to delete.\n`);
      return 1;
    }
    const result = await erasePerson(store, user, now);
    const unlinked = Object.values(result.unlinked).reduce((a, b) => a + b, 0);
    await recordAudit(services, 'erasure', 'system', user, { via: 'cli', ...result.removed, unlinked, ...(result.copies ? { copies: result.copies.rewritten } : {}) });
    io.stdout.write(`Deleted ${erasureTotal(result)} records (${describe(result.removed)}); removed ${unlinked} links from colleagues' records.\n`);
    io.stdout.write(
      result.copies
        ? `Backups and kept damaged files: ${result.copies.rewritten} of ${result.copies.files} named them and were rewritten without them (${result.copies.lines} lines).\n`
        : 'This store keeps no backups of its own: the database backups are the trust\'s, and keep the person until they are replaced.\n',
    );
    io.stdout.write("Kept: the audit log's lines about them, under a pseudonym, with no content.\n");
    return 0;
  } catch (err) {
    if (isStartupError(err)) {
      io.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await core?.store.close();
  }
};
