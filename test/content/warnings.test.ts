/**
 * `content check` warnings: the bank holiday list running out, and a route
 * citing another route's page. Each is shown firing and not firing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editedContentDir } from '../helpers/content.js';
import { run } from '../../src/cli/content-check.js';
import type { CliIO } from '../../src/cli/io.js';
import { checkContent } from '../../src/content/load.js';
import { addMonths } from '../../src/content/warnings.js';
import { formatProblem } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';

let tmpRoot: string;
let n = 0;
beforeAll(async () => {
  tmpRoot = await mkdtemp(join(tmpdir(), 'content-warnings-'));
});
afterAll(async () => {
  await rm(tmpRoot, { recursive: true, force: true });
});
const nextDir = () => join(tmpRoot, `case-${++n}`);

/** The last bank holiday in the shipped calendar. */
async function lastBankHoliday(): Promise<string> {
  const text = await readFile(join(defaultContentDir, 'calendar.yaml'), 'utf8');
  return [...text.matchAll(/- (\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!).sort().pop()!;
}

/** A physiotherapy degree apprenticeship citing `url`, appended to the shipped allied health routes. */
function physioRouteCiting(url: string) {
  return {
    'routes/allied-health.yaml': [
      [
        'routes:\n',
        `routes:
  - id: physio-test-route
    title: "Test route to physiotherapy"
    from: [hcsw-band-3]
    to: physiotherapist
    kind: apprenticeship
    level: 6
    duration: { min: 36, max: 48, unit: months }
    studyPattern: Work and study with a university.
    funding: Paid by the employer through the levy.
    sources:
      - ${url}
`,
      ],
    ] as Array<[string, string]>,
  };
}

describe('bank holiday warning', () => {
  it('adds months by the calendar, keeping the day or the month\'s last day', () => {
    expect(addMonths('2026-12-06', 18)).toBe('2028-06-06');
    expect(addMonths('2026-08-31', 18)).toBe('2028-02-29');
  });

  it('warns when the list ends within 18 months of today, and says where to get more dates', async () => {
    const last = await lastBankHoliday();
    // A day 17 months before the last date: it ends within 18 months.
    const today = addMonths(last, -17);
    const result = await checkContent(defaultContentDir, { today });
    expect(result.problems).toEqual([]);
    const w = result.warnings.find((x) => x.file === 'calendar.yaml');
    expect(w, result.warnings.map(formatProblem).join('\n')).toBeDefined();
    expect(w!.message).toContain(`ends on ${last}`);
    expect(w!.fix).toContain('https://www.gov.uk/bank-holidays');
    expect(w!.line).toBeGreaterThan(0);
    // A warning is not a problem: the content still loads.
    expect(result.content).toBeDefined();
  });

  it('does not warn when the list reaches 18 months or more ahead', async () => {
    const last = await lastBankHoliday();
    const result = await checkContent(defaultContentDir, { today: addMonths(last, -18) });
    expect(result.warnings.filter((x) => x.file === 'calendar.yaml')).toEqual([]);
  });
});

describe('route citing another route\'s page', () => {
  it('warns when a route cites a page whose address names another job', async () => {
    const dir = await editedContentDir(nextDir(), physioRouteCiting('https://www.example.ac.uk/courses/midwifery-degree-apprenticeship'));
    const result = await checkContent(dir, { today: '2026-12-06' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const w = result.warnings.find((x) => x.path === 'routes[0].sources[0]');
    expect(w, result.warnings.map(formatProblem).join('\n')).toBeDefined();
    expect(w!.file).toBe('routes/allied-health.yaml');
    expect(w!.message).toContain('midwife');
    expect(w!.message).toContain('Physiotherapist');
  });

  it('does not warn for a page about the route\'s own job or a general page', async () => {
    for (const url of ['https://www.example.ac.uk/courses/physiotherapy-degree-apprenticeship', 'https://www.example.org/apprenticeships']) {
      const dir = await editedContentDir(nextDir(), physioRouteCiting(url));
      const result = await checkContent(dir, { today: '2026-12-06' });
      expect(result.warnings.filter((x) => x.path === 'routes[0].sources[0]'), url).toEqual([]);
    }
  });

  it('finds nothing to warn about in the shipped content', async () => {
    const result = await checkContent(defaultContentDir, { today: '2026-12-06' });
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });

  it('is printed by content check, which still passes', async () => {
    const dir = await editedContentDir(nextDir(), physioRouteCiting('https://www.example.ac.uk/midwifery-apprenticeship'));
    let out = '';
    let err = '';
    const sink = (append: (s: string) => void) =>
      new Writable({
        write(chunk, _enc, cb) {
          append(String(chunk));
          cb();
        },
      });
    const io: CliIO = { stdin: Readable.from([]), stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: {} };
    expect(await run(['check', dir], io)).toBe(0);
    expect(err).toMatch(/^warning: routes\/allied-health\.yaml:\d+: routes\[0\]\.sources\[0\]: https:\/\/www\.example\.ac\.uk\/midwifery-apprenticeship looks like a page about Midwife/m);
    // The first line sums up; the reading report follows it.
    expect(out).toMatch(/^Content OK: .* \(\d+ warnings?\)\n/);
  });
});
