/**
 * `career-companion store check|backup|restore`: look after the embedded
 * store's data files.
 *
 * - `check` reads each data file (changing nothing) and says whether the
 *   server could open it.
 * - `backup` makes a backup of each data file that is fine now.
 * - `restore` puts back the newest good backup of each data file the server
 *   cannot open (or the backup named with --file). The damaged file is moved
 *   aside as `<name>.broken-<timestamp>`, never deleted.
 *
 * Exit codes: 0 done (check: every file is fine), 1 nothing to restore, a
 * problem found or the work failed, 2 the command was used wrongly.
 */
import { rename, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AuditFile } from '../store/audit-file.js';
import {
  backupOf,
  backupSettingsFromEnv,
  brokenName,
  inspectDataFile,
  listBackups,
  lockedByOther,
  writeBackup,
  type BackupInfo,
  type FileCheck,
} from '../store/backup.js';
import { writeFileDurably } from '../store/durable-file.js';
import { acquireLock, releaseLock } from '../store/lock.js';
import { StoreOpenError } from '../store/ports.js';
import {
  AUDIT_FILE,
  DATA_FILE,
  DEDUPE_FILE,
  DEDUPE_SCHEMA_VERSION,
  PEOPLE_SCHEMA_VERSION,
  REMINDERS_FILE,
  REMINDERS_SCHEMA_VERSION,
} from '../store/lowdb.js';
import { loadDotEnv } from './serve.js';
import { readCommandLine, usageError } from './args.js';
import type { CliIO, Command } from './io.js';

const USAGE = `Usage:
  career-companion store check   [--data-dir <dir>]
  career-companion store backup  [--data-dir <dir>]
  career-companion store restore [--data-dir <dir>] [--file <backup file>] [--yes]

"check"   reads each data file, changing nothing, and says whether it is fine.
"backup"  makes a backup of each data file now, in <data dir>/backups.
"restore" puts back the newest good backup of each data file that cannot be
          opened, or the backup you name with --file. The damaged file is kept
          as <name>.broken-<time>. Stop the server first.

--data-dir  the data folder (default: DATA_DIR, else ./data)
--file      a backup file to restore, e.g. backups/career-companion-2026-03-01T10-15-00.000Z.jsonl
--yes       do not ask for confirmation
`;

/** The data files of the embedded store and the schema version this build reads for each. */
const DOCUMENTS: ReadonlyArray<{ name: string; version: number }> = [
  { name: DATA_FILE, version: PEOPLE_SCHEMA_VERSION },
  { name: REMINDERS_FILE, version: REMINDERS_SCHEMA_VERSION },
  { name: DEDUPE_FILE, version: DEDUPE_SCHEMA_VERSION },
];
const NAMES = DOCUMENTS.map((d) => d.name);

interface Options {
  sub: 'check' | 'backup' | 'restore';
  dataDir: string;
  file?: string;
  yes: boolean;
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  file: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
} as const;

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, { usage: USAGE, options: OPTIONS, positionals: 1 });
  if (typeof line === 'number') return line;
  const [sub] = line.positionals;
  if (sub !== 'check' && sub !== 'backup' && sub !== 'restore') return usageError(io, USAGE, sub ? `Unknown store command "${sub}".` : '');
  const { file } = line.values;
  if (file !== undefined && sub !== 'restore') return usageError(io, USAGE, '--file is only for "store restore".');
  loadDotEnv(io.env);
  const dataDir = resolve(line.values['data-dir'] ?? (io.env['DATA_DIR']?.trim() || './data'));
  const opts: Options = { sub, dataDir, ...(file !== undefined ? { file } : {}), yes: line.values.yes === true };
  if (opts.sub === 'check') return check(opts, io);
  if (opts.sub === 'backup') return backup(opts, io);
  return restore(opts, io);
};

const show = (dataDir: string, path: string) => {
  const r = relative(dataDir, path);
  return r && !r.startsWith('..') ? r : path;
};

/** The newest backup of `name` that parses and has a schema version this build reads. */
async function newestGoodBackup(dataDir: string, name: string, version: number): Promise<{ backup: BackupInfo; check: FileCheck } | undefined> {
  for (const backup of await listBackups(dataDir, name)) {
    const check = await inspectDataFile(backup.path, version);
    if (check.status === 'ok') return { backup, check };
  }
  return undefined;
}

// ---------------------------------------------------------------------------

async function check(opts: Options, io: CliIO): Promise<number> {
  io.stdout.write(`Data folder: ${opts.dataDir}\n`);
  let problems = 0;
  for (const doc of DOCUMENTS) {
    const c = await inspectDataFile(join(opts.dataDir, doc.name), doc.version);
    const backups = await listBackups(opts.dataDir, doc.name);
    const newest = backups[0] ? `, newest ${backups[0].at.toISOString()}` : '';
    const backupText = `${backups.length} backup${backups.length === 1 ? '' : 's'}${newest}`;
    if (c.status === 'ok') {
      io.stdout.write(`  OK       ${doc.name} (schema ${c.schemaVersion}; ${backupText})\n`);
    } else if (c.status === 'missing' && backups.length === 0) {
      io.stdout.write(`  OK       ${doc.name} (not created yet: the server makes it on first start)\n`);
    } else {
      problems++;
      const fix = c.status === 'newer' ? 'Upgrade Career Companion.' : backups.length > 0 ? 'Run "career-companion store restore".' : 'There is no backup of it.';
      io.stdout.write(`  PROBLEM  ${doc.name}: ${c.problem}. ${fix} (${backupText})\n`);
    }
  }
  const pid = await lockedByOther(opts.dataDir);
  io.stdout.write(pid !== undefined ? `In use by process ${pid} (a running server or tool).\n` : 'Not in use by a running server.\n');
  io.stdout.write(problems === 0 ? 'Every data file is fine.\n' : `${problems} data file${problems === 1 ? ' has a problem' : 's have problems'}.\n`);
  return problems === 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------

async function backup(opts: Options, io: CliIO): Promise<number> {
  const { keep, maxAgeDays } = backupSettingsFromEnv(io.env);
  let failed = 0;
  let made = 0;
  for (const doc of DOCUMENTS) {
    const c = await inspectDataFile(join(opts.dataDir, doc.name), doc.version);
    if (c.status === 'missing') {
      io.stdout.write(`  Skipped  ${doc.name}: not created yet.\n`);
      continue;
    }
    if (c.status !== 'ok' || c.text === undefined) {
      failed++;
      io.stderr.write(`  Not backed up: ${doc.name}: ${c.problem}. Backups are made only of good data.\n`);
      continue;
    }
    const path = await writeBackup(opts.dataDir, doc.name, c.text, new Date(), keep, maxAgeDays);
    made++;
    io.stdout.write(`  Backed up ${doc.name} to ${show(opts.dataDir, path)}\n`);
  }
  io.stdout.write(`${made} backup${made === 1 ? '' : 's'} made in ${join(opts.dataDir, 'backups')} (keeping the newest ${keep} of each file, none older than ${maxAgeDays} days).\n`);
  return failed > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------

interface RestorePlan {
  name: string;
  backup: BackupInfo;
  text: string;
  /** Whether there is a current file to move aside. */
  current: boolean;
}

async function refuseWhileInUse(opts: Options, io: CliIO): Promise<boolean> {
  const pid = await lockedByOther(opts.dataDir);
  if (pid === undefined) return false;
  io.stderr.write(
    `The data folder ${opts.dataDir} is in use by process ${pid} (a running server or tool). Stop it first, then run "career-companion store restore" again. Nothing was changed.\n`,
  );
  return true;
}

async function planFromFile(opts: Options, file: string, io: CliIO): Promise<RestorePlan[] | number> {
  // A path from here, or from the data folder (e.g. backups/<name>).
  let path = resolve(file);
  if (!(await stat(path).then(() => true, () => false))) {
    const inData = resolve(opts.dataDir, file);
    if (await stat(inData).then(() => true, () => false)) path = inData;
  }
  const name = basename(path);
  const hit = backupOf(name, NAMES);
  const of = hit?.of ?? NAMES.find((n) => name === n);
  const doc = DOCUMENTS.find((d) => d.name === of);
  if (!doc) {
    io.stderr.write(`--file: cannot tell which data file ${name} is a backup of. Backup names start with ${NAMES.map((n) => n.replace(/\.jsonl?$/, '-')).join(', ')}.\n`);
    return 2;
  }
  const c = await inspectDataFile(path, doc.version);
  if (c.status !== 'ok' || c.text === undefined) {
    io.stderr.write(`The backup ${path} cannot be used: ${c.problem}. Nothing was changed.\n`);
    return 1;
  }
  const current = (await inspectDataFile(join(opts.dataDir, doc.name), doc.version)).status !== 'missing';
  return [{ name: doc.name, backup: { path, name, of: doc.name, at: hit?.at ?? new Date(NaN) }, text: c.text, current }];
}

async function planNewest(opts: Options, io: CliIO): Promise<RestorePlan[] | number> {
  const plan: RestorePlan[] = [];
  let cannot = 0;
  for (const doc of DOCUMENTS) {
    const c = await inspectDataFile(join(opts.dataDir, doc.name), doc.version);
    if (c.status === 'ok') continue;
    if (c.status === 'newer') {
      io.stdout.write(`  ${doc.name}: ${c.problem}. Upgrade Career Companion instead; it was left alone.\n`);
      continue;
    }
    const good = await newestGoodBackup(opts.dataDir, doc.name, doc.version);
    if (c.status === 'missing' && !good && (await listBackups(opts.dataDir, doc.name)).length === 0) continue;
    if (!good) {
      cannot++;
      io.stderr.write(`  ${doc.name}: ${c.problem}, and there is no good backup of it in ${join(opts.dataDir, 'backups')}.\n`);
      continue;
    }
    plan.push({ name: doc.name, backup: good.backup, text: good.check.text!, current: c.status !== 'missing' });
  }
  if (plan.length === 0) {
    if (cannot === 0) io.stdout.write(`Nothing to restore: every data file in ${opts.dataDir} can be opened. To go back to a particular backup, use --file <backup file>.\n`);
    else io.stderr.write('Nothing was restored.\n');
    return 1;
  }
  return plan;
}

async function confirm(io: CliIO, question: string): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  try {
    const answer = await new Promise<string>((res) => {
      rl.question(question, res);
      rl.once('close', () => res(''));
    });
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    rl.close();
  }
}

async function restore(opts: Options, io: CliIO): Promise<number> {
  if (await refuseWhileInUse(opts, io)) return 1;
  const planned = opts.file !== undefined ? await planFromFile(opts, opts.file, io) : await planNewest(opts, io);
  if (typeof planned === 'number') return planned;

  const at = new Date();
  for (const p of planned) {
    const made = Number.isNaN(p.backup.at.getTime()) ? '' : ` (made ${p.backup.at.toISOString()})`;
    const aside = p.current ? `; the current file will be kept as ${brokenName(p.name, at)}` : '';
    io.stdout.write(`Will restore ${p.name} from ${show(opts.dataDir, p.backup.path)}${made}${aside}.\n`);
  }

  if (!opts.yes) {
    if ((io.stdin as { isTTY?: boolean }).isTTY !== true) {
      io.stderr.write('Restoring changes the data files. Run again with --yes to go ahead (there is no terminal to ask). Nothing was changed.\n');
      return 2;
    }
    if (!(await confirm(io, 'Go ahead? [y/N] '))) {
      io.stdout.write('Nothing was changed.\n');
      return 1;
    }
    // Time has passed while asking: check again that no server has started.
    if (await refuseWhileInUse(opts, io)) return 1;
  }

  // The folder is this tool's while it restores, so a server cannot start on it half way.
  try {
    await acquireLock(opts.dataDir);
  } catch (err) {
    if (!(err instanceof StoreOpenError)) throw err;
    io.stderr.write(`${err.message} Nothing was changed.\n`);
    return 1;
  }
  try {
    return await restorePlanned(opts, io, planned, at);
  } finally {
    await releaseLock(opts.dataDir);
  }
}

async function restorePlanned(opts: Options, io: CliIO, planned: RestorePlan[], at: Date): Promise<number> {
  const audit = new AuditFile(join(opts.dataDir, AUDIT_FILE));
  let failed = 0;
  for (const p of planned) {
    const target = join(opts.dataDir, p.name);
    try {
      let asideText = '';
      if (p.current) {
        const aside = join(opts.dataDir, brokenName(p.name, at));
        await rename(target, aside);
        asideText = ` The damaged file is kept as ${show(opts.dataDir, aside)}.`;
      }
      // The backup was checked when planning; write exactly that text, durably.
      await writeFileDurably(target, p.text);
      await audit.append({ at: new Date().toISOString(), action: 'restore', actor: 'system', detail: `file=${p.name}` });
      io.stdout.write(`Restored ${p.name} from ${show(opts.dataDir, p.backup.path)}.${asideText}\n`);
    } catch (err) {
      failed++;
      io.stderr.write(`Could not restore ${p.name}: ${(err as Error).message}\n`);
    }
  }
  await audit.idle();
  if (failed > 0) return 1;
  io.stdout.write('Done. Start the server again with "career-companion serve".\n');
  return 0;
}
