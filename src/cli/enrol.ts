/**
 * `career-companion enrol --csv <file> [--dry-run] [--progress] [--now <ISO time>]`
 *
 * Enrols many people on check-in programmes from a spreadsheet saved as CSV.
 * Every row is checked first; each problem is reported as
 * `row <n>, column <name>: <reason>` (the header is row 1), rows with problems
 * are left out and the others are imported. Importing the same file again
 * changes nothing.
 *
 * The file is read with csv-parse (src/cli/csv.ts): commas, semicolons or
 * tabs, found from the header row; a UTF-8 byte order mark; any line endings.
 *
 * Exit codes: 0 every row is fine, 1 some rows had problems, 2 the command or
 * the file cannot be used at all (no file, no header, a required column
 * missing, or broken quoting). Broken quoting stops the whole import, naming
 * the row and column: after it there is no telling where each row starts
 * and ends, so no row after it can be trusted.
 */
import { readFile } from 'node:fs/promises';
import { destination } from 'pino';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import type { Content } from '../content/model.js';
import { isIsoDate } from '../time/zone.js';
import { formatUserKey, parseUserKey } from '../user-keys.js';
import { enrol, EnrolError, startDateProblem, type EnrolInput, type EnrolStatus } from '../../dialogs/enrolment/enrol.js';
import { isStartupError, loadDotEnv } from './serve.js';
import { readCommandLine, usageError } from './args.js';
import { CsvReadError, DELIMITER_NAMES, readCsv, type Delimiter } from './csv.js';
import type { CliIO, Command } from './io.js';

const USAGE = `Usage:
  career-companion enrol --csv <file> [--dry-run] [--progress] [--now <ISO time>]

Enrols people on induction and preceptorship check-ins from a CSV file.
The first row names the columns (any order, any case). Cells may be separated
by commas, semicolons or tabs: the header row shows which.
  person         Teams user id (29:…), Entra object id, Slack user id (U…) or email address
  programme      programme id or title, e.g. new-starter-induction
  start_date     first day, YYYY-MM-DD or DD/MM/YYYY
  line_manager   optional, same forms as person
  preceptor      optional, same forms as person
  appraisal_due  optional date of the next appraisal
  slack_team     Slack workspace id (T…) for Slack user ids; or set SLACK_TEAM_ID
  name           optional, the person's name as their manager should see it

--dry-run   check and report, save nothing
--progress  show a progress bar even when stderr is not a terminal
--now       the time to treat as now (default: now)
Rows with problems are reported and left out; the others are imported.
Running the same file again changes nothing.
Stop the server first when using the embedded store: it is one process's file.
`;

// ---------------------------------------------------------------------------
// Columns and values

const COLUMNS = ['person', 'programme', 'start_date', 'line_manager', 'preceptor', 'appraisal_due', 'slack_team', 'name'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['person', 'programme', 'start_date'];
const ALIASES: Record<string, Column> = {
  program: 'programme',
  start: 'start_date',
  manager: 'line_manager',
  linemanager: 'line_manager',
  appraisal: 'appraisal_due',
  startdate: 'start_date',
  appraisaldue: 'appraisal_due',
  slackteam: 'slack_team',
  display_name: 'name',
  displayname: 'name',
  full_name: 'name',
};

function columnOf(header: string): Column | undefined {
  const h = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((COLUMNS as readonly string[]).includes(h)) return h as Column;
  return ALIASES[h] ?? ALIASES[h.replace(/_/g, '')];
}

/** How many different known columns a header names: how well a separator splits it. */
function knownColumns(header: string[]): number {
  return new Set(header.map(columnOf).filter((c) => c !== undefined)).size;
}

/** The header cells, read leniently (the file may be broken further on), to name columns in a message. */
function readCsvHeader(text: string): string[] {
  try {
    return readCsv(text.split(/\r\n|\n|\r/, 1)[0] ?? '', knownColumns).records[0] ?? [];
  } catch {
    return [];
  }
}

/** A column as the report names it: its standard name, else its header text, else its position. */
function columnName(header: string[], index: number): string {
  const h = header[index]?.trim() ?? '';
  return columnOf(h) ?? (h ? clip(h, 30) : String(index + 1));
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const SLACK_USER = /^[UW][A-Z0-9]{5,}$/;
const SLACK_TEAM = /^[TE][A-Z0-9]{5,}$/;

const ID_FORMS = 'a Teams user id (29:…), an Entra object id, a Slack user id (U…) or an email address';

/** A person in a cell as a key, or why it cannot be used. */
export function personKey(cell: string, slackTeam: string | undefined): { key: string } | { problem: string } {
  const v = cell.trim();
  if (/^29:\S+$/.test(v)) return { key: `teams:${v}` };
  if (GUID.test(v)) return { key: `aad:${v.toLowerCase()}` };
  if (EMAIL.test(v)) return { key: `email:${v.toLowerCase()}` };
  // Written as a key ("teams:29:…", "slack:T…:U…", "aad:…", "email:…").
  const parsed = parseUserKey(v);
  if (parsed && parsed.kind !== 'local' && (parsed.kind !== 'teams' || parsed.id.startsWith('29:'))) return { key: formatUserKey(parsed) };
  if (SLACK_USER.test(v)) {
    if (!slackTeam) return { problem: 'a Slack user id needs the Slack workspace: add a slack_team column or set SLACK_TEAM_ID' };
    if (!SLACK_TEAM.test(slackTeam)) return { problem: `the Slack workspace id "${clip(slackTeam)}" is not a Slack team id (T…)` };
    return { key: `slack:${slackTeam}:${v}` };
  }
  return { problem: `"${clip(v)}" is not ${ID_FORMS}` };
}

/** YYYY-MM-DD or DD/MM/YYYY (also D/M/YYYY) as an ISO date, or undefined. */
export function parseDateCell(cell: string): string | undefined {
  const v = cell.trim();
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function programmeIdOf(cell: string, content: Content): string | undefined {
  const v = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!v) return undefined;
  for (const p of content.programmes.values()) {
    if (p.id.toLowerCase() === v || p.title.toLowerCase().replace(/\s+/g, ' ') === v) return p.id;
  }
  return undefined;
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

interface GoodRow {
  row: number;
  input: EnrolInput;
  /** Everything that makes a row what it is, to tell a repeated row from a clash. */
  signature: string;
}

interface Checked {
  good: GoodRow[];
  /** Rows that repeat an earlier row exactly: imported once. */
  repeats: Array<{ row: number; of: number }>;
  problems: string[];
  badRows: Set<number>;
  programmeProblem: boolean;
}

/** Checks every data row. `records` excludes the header; row numbers are as in the file (header = row 1). */
export function checkRows(
  records: string[][],
  header: { columns: Map<Column, number>; width: number; delimiter?: Delimiter },
  content: Content,
  env: NodeJS.ProcessEnv,
  now: Date,
  timeZone: string,
): Checked {
  const { columns, width: headerWidth } = header;
  const separator = DELIMITER_NAMES[header.delimiter ?? ','];
  const out: Checked = { good: [], repeats: [], problems: [], badRows: new Set(), programmeProblem: false };
  const byEnrolment = new Map<string, GoodRow>();
  records.forEach((record, index) => {
    const row = index + 2;
    if (record.every((c) => c.trim() === '')) return;
    const problems: string[] = [];
    const problem = (column: string, reason: string) => problems.push(`row ${row}, column ${column}: ${reason}`);
    const cell = (c: Column) => {
      const i = columns.get(c);
      return i === undefined ? '' : (record[i] ?? '').trim();
    };
    const slackTeam = cell('slack_team') || env['SLACK_TEAM_ID']?.trim() || undefined;

    const person = cell('person');
    let subject: string | undefined;
    if (!person) problem('person', `missing: give ${ID_FORMS}`);
    else {
      const r = personKey(person, slackTeam);
      if ('key' in r) subject = r.key;
      else problem('person', r.problem);
    }

    const programmeCell = cell('programme');
    const programmeId = programmeIdOf(programmeCell, content);
    if (!programmeCell) {
      problem('programme', 'missing: give a programme id or title');
      out.programmeProblem = true;
    } else if (!programmeId) {
      problem('programme', `no programme with the id or title "${clip(programmeCell)}"`);
      out.programmeProblem = true;
    }

    const startCell = cell('start_date');
    const startDate = parseDateCell(startCell);
    if (!startCell) problem('start_date', 'missing: give the first day as YYYY-MM-DD or DD/MM/YYYY');
    else if (!startDate) problem('start_date', `"${clip(startCell)}" is not a date: use YYYY-MM-DD or DD/MM/YYYY, e.g. 2027-03-01`);
    else {
      const why = startDateProblem(content, startDate, now, timeZone);
      if (why) problem('start_date', `${startDate} is ${why}`);
    }

    const supporter = (column: Column): string | undefined => {
      const v = cell(column);
      if (!v) return undefined;
      const r = personKey(v, slackTeam);
      if ('key' in r) return r.key;
      problem(column, r.problem);
      return undefined;
    };
    const managerKey = supporter('line_manager');
    const preceptorKey = supporter('preceptor');

    const appraisalCell = cell('appraisal_due');
    const appraisalDue = appraisalCell ? parseDateCell(appraisalCell) : undefined;
    if (appraisalCell && !appraisalDue) problem('appraisal_due', `"${clip(appraisalCell)}" is not a date: use YYYY-MM-DD or DD/MM/YYYY`);

    if (record.slice(headerWidth).some((c) => c.trim() !== '')) {
      problems.push(`row ${row}: has more cells than the header has columns (check for a missing quote or an extra ${separator})`);
    }

    if (problems.length === 0 && subject && programmeId && startDate) {
      const input: EnrolInput = {
        subject,
        programmeId,
        startDate,
        ...(managerKey ? { managerKey } : {}),
        ...(preceptorKey ? { preceptorKey } : {}),
        ...(appraisalDue ? { appraisalDue } : {}),
        ...(cell('name') ? { displayName: cell('name') } : {}),
        enrolledBy: 'csv',
      };
      const signature = JSON.stringify([startDate, managerKey ?? '', preceptorKey ?? '', appraisalDue ?? '', cell('name')]);
      const earlier = byEnrolment.get(`${programmeId}|${subject}`);
      if (earlier && earlier.signature === signature) {
        out.repeats.push({ row, of: earlier.row });
        return;
      }
      if (earlier) {
        problem('person', `already on row ${earlier.row} for this programme, with different details; only row ${earlier.row} is imported`);
      } else {
        const good = { row, input, signature };
        byEnrolment.set(`${programmeId}|${subject}`, good);
        out.good.push(good);
        return;
      }
    }
    out.problems.push(...problems);
    out.badRows.add(row);
  });
  return out;
}

// ---------------------------------------------------------------------------

function progressBar(io: CliIO, show: boolean, total: number): { step(done: number): void; end(): void } {
  const width = 20;
  let last = -1;
  const draw = (done: number) => {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    step(done) {
      if (!show) return;
      // Redraw when the bar or the count a person can read changes, not for every row of a big file.
      const mark = Math.floor((done / Math.max(total, 1)) * 200);
      if (mark === last && done !== total) return;
      last = mark;
      draw(done);
    },
    end() {
      if (show) io.stderr.write('\n');
    },
  };
}

const CSV_HINT = '--csv: give the CSV file to import.';

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, {
    usage: USAGE,
    options: {
      csv: { type: 'string', missing: CSV_HINT },
      'dry-run': { type: 'boolean' },
      progress: { type: 'boolean' },
      now: { type: 'string', missing: '--now needs a time, e.g. --now 2027-03-01T10:00:00Z.' },
    },
  });
  if (typeof line === 'number') return line;
  const file = line.values.csv;
  if (file === undefined) return usageError(io, USAGE, CSV_HINT);
  const dryRun = line.values['dry-run'] === true;
  const nowText = line.values.now;
  const now = nowText !== undefined ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) {
    io.stderr.write(`--now: expected an ISO time such as 2027-03-01T10:00:00Z, got "${nowText ?? ''}".\n`);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr.write(code === 'ENOENT' ? `No such file: ${file}\n` : `Cannot read ${file} (${code ?? 'error'}).\n`);
    return 2;
  }
  let records: string[][];
  let delimiter: Delimiter;
  try {
    const table = readCsv(text, knownColumns);
    records = table.records;
    delimiter = table.delimiter;
    if (table.delimiter !== ',') io.stdout.write(`Read as a ${DELIMITER_NAMES[table.delimiter]}-separated file.\n`);
  } catch (err) {
    if (!(err instanceof CsvReadError)) throw err;
    const header = readCsvHeader(text);
    io.stderr.write(
      `row ${err.row}, column ${columnName(header, err.column)}: ${err.reason}.\n` +
        `Nothing was imported from ${file}: it cannot be read past a broken quote. Fix the quotes in row ${err.row} and run the import again.\n`,
    );
    return 2;
  }
  const header = records[0];
  const columns = new Map<Column, number>();
  const ignored: string[] = [];
  header?.forEach((h, i) => {
    const c = columnOf(h);
    if (c && !columns.has(c)) columns.set(c, i);
    else if (h.trim()) ignored.push(h.trim());
  });
  if (!header || columns.size === 0) {
    io.stderr.write(`${file}: the first row must be a header naming the columns, e.g. person,programme,start_date,line_manager\n`);
    return 2;
  }
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    io.stderr.write(`${file}: the header has no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}. Required: ${REQUIRED.join(', ')}.\n`);
    return 2;
  }
  if (ignored.length > 0) io.stderr.write(`Not used: column${ignored.length === 1 ? '' : 's'} ${ignored.map((h) => `"${clip(h, 30)}"`).join(', ')}.\n`);

  loadDotEnv(io.env);
  let core;
  try {
    const config = loadConfig(io.env);
    const log = createLogger(io.env['LOG_LEVEL'] ?? 'warn', destination(2));
    const { buildCore } = await import('../app/core.js');
    core = await buildCore(config, { log, clock: () => now });
    const { content, services } = core;

    const checked = checkRows(records.slice(1), { columns, width: header.length, delimiter }, content, io.env, now, config.scheduler.timeZone);
    for (const p of checked.problems) io.stdout.write(`${p}\n`);
    if (checked.programmeProblem) io.stdout.write(`Programme ids: ${[...content.programmes.keys()].join(', ')}.\n`);

    // With Slack set up, people given by e-mail address are looked up in the workspace.
    let notFoundByEmail = 0;
    if (config.slack.enabled) {
      const { slackEmailResolver } = await import('../channels/slack/directory.js');
      const lookup = slackEmailResolver(config.slack);
      const resolve = async (key: string | undefined) => (key?.startsWith('email:') ? ((await lookup(key.slice(6))) ?? key) : key);
      for (const g of checked.good) {
        const subject = await resolve(g.input.subject);
        if (subject) g.input.subject = subject;
        if (subject?.startsWith('email:')) notFoundByEmail++;
        const manager = await resolve(g.input.managerKey);
        if (manager) g.input.managerKey = manager;
        const preceptor = await resolve(g.input.preceptorKey);
        if (preceptor) g.input.preceptorKey = preceptor;
      }
    }

    const counts: Record<EnrolStatus, number> = { created: 0, updated: 0, unchanged: checked.repeats.length };
    const late: string[] = [];
    let waiting = 0;
    let waitingByEmail = 0;
    const show = line.values.progress === true || (io.stderr as NodeJS.WriteStream).isTTY === true;
    const bar = progressBar(io, show && checked.good.length > 0, checked.good.length);
    bar.step(0);
    let done = 0;
    for (const g of checked.good) {
      try {
        const r = await enrol(services, config.scheduler, g.input, now, { dryRun });
        counts[r.status]++;
        if (!r.enrolment.userKey) waiting++;
        if (!r.enrolment.userKey && r.enrolment.subject.startsWith('email:')) waitingByEmail++;
      } catch (err) {
        if (!(err instanceof EnrolError)) throw err;
        late.push(...err.problems.map((p) => `row ${g.row}, column ${p.field}: ${p.reason}`));
        checked.badRows.add(g.row);
      }
      bar.step(++done);
    }
    bar.end();
    for (const p of late) io.stdout.write(`${p}\n`);

    const enrolled = counts.created + counts.updated;
    const bad = checked.badRows.size;
    const dataRows = records.slice(1).filter((r) => !r.every((c) => c.trim() === '')).length;
    const updated = counts.updated > 0 ? ` (${counts.updated} updated)` : '';
    const verb = dryRun ? 'would be enrolled' : 'enrolled';
    io.stdout.write(`${dataRows} row${dataRows === 1 ? '' : 's'}: ${enrolled} ${verb}${updated}, ${counts.unchanged} unchanged, ${bad} with problems\n`);
    if (checked.repeats.length > 0) {
      io.stdout.write(`Repeated rows, counted once: ${checked.repeats.map((r) => `row ${r.row} (same as row ${r.of})`).join(', ')}.\n`);
    }
    if (waiting > 0) {
      io.stdout.write(
        `${waiting} ${waiting === 1 ? 'person is' : 'people are'} matched by Entra object id or email and ${waiting === 1 ? 'has' : 'have'} not messaged Career Companion yet: their check-ins start reaching them once they do.\n`,
      );
    }
    if (waitingByEmail > 0) {
      io.stdout.write(
        config.slack.enabled
          ? `${notFoundByEmail} given by email address ${notFoundByEmail === 1 ? 'was' : 'were'} not found in Slack. Teams people cannot be matched by email address: give their Entra object id instead.\n`
          : 'Teams people cannot be matched by email address: give their Entra object id instead. With Slack set up, email addresses are looked up in the workspace.\n',
      );
    }
    if (dryRun) io.stdout.write('Dry run: nothing was saved.\n');
    return bad > 0 ? 1 : 0;
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
