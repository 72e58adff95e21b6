import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_READING } from '../helpers/content.js';
import { checkContent, loadContent } from '../../src/content/load.js';
import {
  checkinDueDate,
  formatProblem,
  type CheckinOffset,
  type Content,
  type ContentProblem,
  type Programme,
  type Signposting,
} from '../../src/content/model.js';
import { detectDistress, normaliseDistressText } from '../../src/content/signposting.js';
import { defaultContentDir } from '../../src/paths.js';

// ---------------------------------------------------------------------------
// Fixtures

let tmpRoot: string;
let counter = 0;

beforeAll(async () => {
  tmpRoot = await mkdtemp(join(tmpdir(), 'programmes-test-'));
});
afterAll(async () => {
  await rm(tmpRoot, { recursive: true, force: true });
});

const ROLES = `roles:
  - id: nurse-adult
    title: Registered nurse (adult)
    bands: ["5"]
    family: nursing
    summary: Plans and gives nursing care to adults.
    sources: [https://www.healthcareers.nhs.uk/]
  - id: midwife
    title: Midwife
    bands: ["5"]
    family: midwifery
    summary: Cares for women and babies before, during and after birth.
    sources: [https://www.healthcareers.nhs.uk/]
`;

const SIGNPOSTING = `signposting:
  distress:
    phrases: [suicidal, "can't cope"]
    intro: I'm sorry you're feeling like this.
    services:
      - id: emergency
        name: "999"
        detail: Call 999 if you are in immediate danger.
        phone: "999"
        local: false
      - id: staff-wellbeing
        local: true
  trust:
    name: Test trust
    wellbeingService:
      name: Test trust wellbeing hub
      detail: Open weekdays for all staff.
      phone: "023 8012 3456"
      url: https://wellbeing.example.nhs.uk/
`;

/** The words the bot knows when it reads a question: every content folder needs them, so each fixture has the shipped ones. */

const RATING = `          - id: confidence
            kind: rating
            text: How confident do you feel?
`;
const TEXT = `          - id: need
            kind: text
            text: Is there anything you need, or anything worrying you?
`;

function checkin(id: string, after: string, questions = RATING + TEXT): string {
  return `      - id: ${id}
        title: Check-in ${id}
        after: ${after}
        intro: A short check-in on how you are doing.
        questions:
${questions}`;
}

function programme(opts: { roles?: string; lengthMonths?: number; checkins?: string; extra?: string } = {}): string {
  return `programmes:
  - id: test-preceptorship
    title: Test preceptorship
    summary: A short programme used in tests. It has a few check-ins.
    audience: Newly registered nurses.
    kind: preceptorship
    standard: core
    roles: ${opts.roles ?? '[nurse-adult]'}
    lengthMonths: ${opts.lengthMonths ?? 6}
${opts.extra ?? ''}    checkins:
${opts.checkins ?? checkin('first', '{ weeks: 2 }') + checkin('mid', '{ months: 3 }') + checkin('end', '{ months: 6 }')}    sources: [https://www.england.nhs.uk/long-read/national-preceptorship-model-for-nursing/]
`;
}

async function fixture(files: Record<string, string>): Promise<string> {
  const dir = join(tmpRoot, `case-${++counter}`);
  const all: Record<string, string> = { 'roles.yaml': ROLES, 'signposting.yaml': SIGNPOSTING, ...SHIPPED_READING, ...files };
  for (const [name, text] of Object.entries(all)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  }
  return dir;
}

async function problemsFor(files: Record<string, string>): Promise<ContentProblem[]> {
  return (await checkContent(await fixture(files))).problems;
}

function find(problems: ContentProblem[], file: string, path: string): ContentProblem {
  const p = problems.find((x) => x.file === file && x.path === path);
  if (!p) throw new Error(`no problem at ${file} ${path}; got:\n${problems.map(formatProblem).join('\n')}`);
  return p;
}

const days = (n: number): CheckinOffset => ({ months: 0, days: n });
const months = (n: number): CheckinOffset => ({ months: n, days: 0 });

// ---------------------------------------------------------------------------
// The shipped programmes

describe('shipped programmes', () => {
  let content: Content;
  const get = (id: string): Programme => {
    const p = content.programmes.get(id);
    if (!p) throw new Error(`no programme ${id}`);
    return p;
  };
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it('has the seven programmes with the agreed check-in offsets', () => {
    const expected: Record<string, CheckinOffset[]> = {
      'new-starter-induction': [days(0), days(7), days(28), months(3), months(6)],
      'hcsw-new-to-care': [days(0), days(7), days(14), days(28), days(56), days(84), months(6)],
      'msw-band3-induction-southampton': [days(0), days(7), days(21), days(35), days(42)],
      'preceptorship-nursing-core': [days(14), months(3), months(6)],
      'preceptorship-nursing-gold': [days(7), months(2), months(4), months(6), months(8), months(10), months(12)],
      'preceptorship-midwifery': [days(7), months(3), months(6), months(9), months(12)],
      'preceptorship-ahp': [days(14), months(3), months(6), months(9), months(12)],
    };
    for (const [id, offsets] of Object.entries(expected)) {
      expect(get(id).checkins.map((c) => c.offset), id).toEqual(offsets);
    }
  });

  it('asks one required confidence rating and at least one text question at every check-in', () => {
    for (const p of content.programmes.values()) {
      for (const c of p.checkins) {
        const ratings = c.questions.filter((q) => q.kind === 'rating');
        expect(ratings, `${p.id} ${c.id}`).toHaveLength(1);
        expect(ratings[0]!.optional, `${p.id} ${c.id}`).toBe(false);
        expect(ratings[0]!.text, `${p.id} ${c.id}`).toMatch(/^How confident do you feel/);
        expect(c.questions.some((q) => q.kind === 'text'), `${p.id} ${c.id}`).toBe(true);
        expect(c.questions.map((q) => q.text), `${p.id} ${c.id}`).toEqual(
          expect.arrayContaining(['What is going well?', 'Is there anything you need, or anything worrying you?']),
        );
        for (const q of c.questions) {
          if (q.kind !== 'rating') expect(q.optional, `${p.id} ${c.id} ${q.id}`).toBe(true);
          expect(q.options.length > 0, `${p.id} ${c.id} ${q.id}`).toBe(q.kind === 'checklist');
        }
      }
    }
  });

  it('labels the Southampton programme as one trust\'s approach, and only that one', () => {
    const msw = get('msw-band3-induction-southampton');
    expect(msw.localExample?.trust).toContain('Southampton');
    expect(msw.localExample?.sources.some((s) => s.status === 'local')).toBe(true);
    expect(msw.roles).toEqual(['maternity-support-worker']);
    for (const p of content.programmes.values()) {
      if (p.id !== msw.id) expect(p.localExample, p.id).toBeUndefined();
      // A local example is never named in a national programme.
      if (!p.localExample) expect(JSON.stringify(p), p.id).not.toMatch(/Southampton|Northamptonshire|Leicester/);
    }
  });

  it('core nursing preceptorship lasts at least 6 months with a meeting in the first 2 weeks', () => {
    const core = get('preceptorship-nursing-core');
    expect(core.kind).toBe('preceptorship');
    expect(core.standard).toBe('core');
    expect(core.lengthMonths).toBeGreaterThanOrEqual(6);
    expect(core.checkins.some((c) => c.offset.months === 0 && c.offset.days <= 14)).toBe(true);
    expect(core.checkins.at(-1)!.offset).toEqual(months(6));
    expect(core.summary).toMatch(/2 weeks/);
  });

  it('gold nursing preceptorship meets in the first week and then at least every 2 months', () => {
    const gold = get('preceptorship-nursing-gold');
    expect(gold.standard).toBe('gold');
    expect(gold.lengthMonths).toBe(12);
    const first = gold.checkins[0]!.offset;
    expect(first.months === 0 && first.days <= 7).toBe(true);
    // No gap is longer than 2 calendar months...
    const inMonths = (o: CheckinOffset) => o.months + o.days / (365.25 / 12);
    for (let i = 1; i < gold.checkins.length; i++) {
      const gap = inMonths(gold.checkins[i]!.offset) - inMonths(gold.checkins[i - 1]!.offset);
      expect(gap, gold.checkins[i]!.id).toBeGreaterThan(0);
      expect(gap, gold.checkins[i]!.id).toBeLessThanOrEqual(2);
    }
    // ...which holds for real dates too (away from month ends, where dates are clamped).
    for (const start of ['2026-01-01', '2026-02-28', '2026-06-15', '2027-12-01']) {
      const due = gold.checkins.map((c) => checkinDueDate(start, c.offset));
      for (let i = 1; i < due.length; i++) {
        expect(due[i]! <= checkinDueDate(due[i - 1]!, months(2)), `${start}: ${due[i - 1]} to ${due[i]}`).toBe(true);
      }
    }
    expect(gold.checkins.at(-1)!.offset).toEqual(months(12));
  });

  it('midwifery and AHP preceptorships run 12 months, and the AHP cadence is marked as a suggestion', () => {
    expect(get('preceptorship-midwifery').lengthMonths).toBe(12);
    expect(get('preceptorship-midwifery').roles).toEqual(['midwife']);
    const ahp = get('preceptorship-ahp');
    expect(ahp.lengthMonths).toBe(12);
    expect(ahp.summary).toMatch(/suggestion, not a national rule/);
    expect(ahp.summary).toMatch(/not to pass or fail/);
    expect(ahp.roles).toEqual(expect.arrayContaining(['physiotherapist', 'occupational-therapist', 'paramedic']));
  });

  it('points every programme at roles that exist, and nurses at the nursing preceptorships', () => {
    for (const p of content.programmes.values()) {
      for (const r of p.roles) expect(content.roles.has(r), `${p.id}: ${r}`).toBe(true);
      expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
    for (const id of ['preceptorship-nursing-core', 'preceptorship-nursing-gold']) {
      expect(get(id).roles).toEqual(expect.arrayContaining(['nurse-adult', 'nursing-associate']));
    }
    expect(get('new-starter-induction').roles).toEqual([]);
  });

  it('lists the 16 Care Certificate standards, with the unverified titles flagged', () => {
    const hcsw = get('hcsw-new-to-care');
    expect(hcsw.localExample).toBeUndefined();
    const lists = hcsw.checkins.flatMap((c) => c.questions.filter((q) => q.id === 'care-certificate-standards'));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const q of lists) {
      expect(q.options).toHaveLength(16);
      expect(q.options.map((o) => o.label)).toContain('Awareness of learning disability and autism');
    }
    expect(hcsw.sources.some((s) => s.status === 'unverified' && /may differ/.test(s.label ?? ''))).toBe(true);
    expect(hcsw.summary).toMatch(/corporate induction.*Care Certificate.*supernumerary/s);
  });

  it('applies escalation defaults', () => {
    const gold = get('preceptorship-nursing-gold');
    expect(gold.escalation).toEqual({ lowRatingAtOrBelow: 2, notify: ['preceptor', 'manager'] });
    expect(get('new-starter-induction').escalation.notify).toEqual(['manager']);
  });

  it('ships signposting with the national services and an honest generic trust default', () => {
    const s = content.signposting;
    expect(s.distress.phrases.length).toBeGreaterThanOrEqual(20);
    for (const p of s.distress.phrases) expect(p).toBe(p.toLowerCase());
    const byId = new Map(s.distress.services.map((x) => [x.id, x]));
    expect(byId.get('emergency')?.phone).toBe('999');
    expect(byId.get('nhs-111-mental-health')?.phone).toBe('111');
    expect(byId.get('nhs-111-mental-health')?.detail).toMatch(/option 2/);
    expect(byId.has('gp')).toBe(true);
    expect(byId.get('samaritans')?.phone).toBe('116 123');
    expect(byId.get('shout')?.detail).toMatch(/text SHOUT to 85258/);
    // Open day and night: 999, NHS 111 and the two helplines; not the GP or talking therapies.
    expect(s.distress.services.filter((x) => x.anyHour).map((x) => x.id)).toEqual(['emergency', 'nhs-111-mental-health', 'samaritans', 'shout']);
    expect(byId.get('nhs-talking-therapies')?.detail).toMatch(/refer yourself/);
    expect(byId.get('practitioner-health')?.detail).toMatch(/not a service for all staff/i);
    const local = s.distress.services.filter((x) => x.local);
    expect(local).toHaveLength(1);
    expect(local[0]!.name).toBe("Your trust's staff wellbeing or occupational health service");
    expect(s.trust.name).toBe('your trust');
    expect(s.trust.wellbeingService.detail).toBe('Ask your manager or look on your intranet for how to contact them.');
    expect(s.trust.wellbeingService.phone).toBeUndefined();
    for (const x of s.distress.services.filter((y) => !y.local)) expect(x.sources.length, x.id).toBeGreaterThan(0);
  });

  it('ships England and Wales bank holidays for 2025 to 2028', () => {
    expect(content.bankHolidays.size).toBe(32);
    for (const d of ['2025-04-18', '2026-12-28', '2027-03-26', '2027-12-27', '2028-01-03', '2028-08-28']) {
      expect(content.bankHolidays.has(d), d).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------
// Broken folders

describe('programme, signposting and calendar problems', () => {
  it('accepts a small valid programme and normalises it', async () => {
    const dir = await fixture({
      'programmes/test.yaml': programme({
        checkins: checkin('day-1', '{ days: 0 }') + checkin('mixed', '{ months: 1, weeks: 2, days: 3 }'),
        extra: '    nudgeAfterHours: 48\n',
      }),
      'calendar.yaml': 'calendar:\n  bankHolidays:\n    region: england-and-wales\n    dates: [2026-12-25]\n    sources: [https://www.gov.uk/bank-holidays]\n',
    });
    const result = await checkContent(dir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.summary).toBe('2 roles, 0 routes, 0 requirements, 0 resources, 0 notes, 1 programme (2 check-ins), 1 bank holiday');
    const p = result.content!.programmes.get('test-preceptorship')!;
    expect(p.checkins.map((c) => c.offset)).toEqual([days(0), { months: 1, days: 17 }]);
    expect(p.escalation).toEqual({ lowRatingAtOrBelow: 2, notify: ['preceptor', 'manager'] });
    expect(p.nudgeAfterHours).toBe(48);
    expect(p.checkins[0]!.questions.map((q) => [q.id, q.optional, q.options])).toEqual([
      ['confidence', false, []],
      ['need', true, []],
    ]);
    expect(result.content!.bankHolidays).toEqual(new Set(['2026-12-25']));
    // The local service takes its details from trust.wellbeingService.
    const local = result.content!.signposting.distress.services.find((s) => s.local)!;
    expect(local).toEqual({
      id: 'staff-wellbeing',
      name: 'Test trust wellbeing hub',
      detail: 'Open weekdays for all staff.',
      phone: '023 8012 3456',
      url: 'https://wellbeing.example.nhs.uk/',
      local: true,
      // Not marked anyHour in the YAML, so not said to be open day and night.
      anyHour: false,
      sources: [],
    });
  });

  it('reports a checklist without options, and options on a question that is not a checklist', async () => {
    const problems = await problemsFor({
      'programmes/test.yaml': programme({
        checkins: checkin(
          'first',
          '{ weeks: 2 }',
          `${RATING}${TEXT}          - id: done
            kind: checklist
            text: Which have you done?
          - id: met
            kind: yesno
            text: Have you met your preceptor?
            options: [{ id: yes, label: Yes }]
`,
        ),
      }),
    });
    expect(problems).toHaveLength(2);
    const missing = find(problems, 'programmes/test.yaml', 'programmes[0].checkins[0].questions[2].options');
    expect(missing.message).toContain('a checklist question needs options');
    expect(missing.line).toBeGreaterThan(0);
    expect(find(problems, 'programmes/test.yaml', 'programmes[0].checkins[0].questions[3].options').message).toContain(
      'only checklist questions have options',
    );
  });

  it('reports ifNo on a question that is not yes or no, and keeps it on a yes/no question', async () => {
    const files = (kind: string) => ({
      'programmes/test.yaml': programme({
        checkins: checkin(
          'first',
          '{ weeks: 2 }',
          `${RATING}${TEXT}          - id: met
            kind: ${kind}
            text: Have you met your preceptor?
            ifNo: Has not met their preceptor yet.
`,
        ),
      }),
    });
    const problems = await problemsFor(files('text'));
    expect(problems).toHaveLength(1);
    expect(find(problems, 'programmes/test.yaml', 'programmes[0].checkins[0].questions[2].ifNo').message).toContain('only yes/no questions have ifNo');
    expect(await problemsFor(files('yesno'))).toEqual([]);
  });

  it('reports two rating questions, and a check-in with no rating or no text question', async () => {
    const problems = await problemsFor({
      'programmes/test.yaml': programme({
        checkins:
          checkin('first', '{ weeks: 2 }', `${RATING}${TEXT}          - id: again
            kind: rating
            text: How confident are you, again?
`) +
          checkin('mid', '{ months: 3 }', `${TEXT}          - id: ok
            kind: yesno
            text: Are you OK?
`) +
          checkin('end', '{ months: 6 }', `${RATING}          - id: ok
            kind: yesno
            text: Are you OK?
`),
      }),
    });
    const two = find(problems, 'programmes/test.yaml', 'programmes[0].checkins[0].questions[2].kind');
    expect(two.message).toContain('second rating question');
    expect(two.line).toBeGreaterThan(0);
    expect(find(problems, 'programmes/test.yaml', 'programmes[0].checkins[1].questions').message).toContain('no rating question');
    expect(find(problems, 'programmes/test.yaml', 'programmes[0].checkins[2].questions').message).toContain('no text question');
    expect(problems).toHaveLength(3);
  });

  it('reports an unknown role id, suggesting the closest', async () => {
    const problems = await problemsFor({ 'programmes/test.yaml': programme({ roles: '[nurse-adlt, midwife]' }) });
    expect(problems).toHaveLength(1);
    const p = find(problems, 'programmes/test.yaml', 'programmes[0].roles[0]');
    expect(p.message).toContain('no role with id "nurse-adlt"');
    expect(p.fix).toContain('did you mean "nurse-adult"');
  });

  it('reports check-ins out of order', async () => {
    const problems = await problemsFor({
      'programmes/test.yaml': programme({
        checkins: checkin('first', '{ weeks: 2 }') + checkin('end', '{ months: 6 }') + checkin('mid', '{ months: 3 }'),
      }),
    });
    expect(problems).toHaveLength(1);
    const p = find(problems, 'programmes/test.yaml', 'programmes[0].checkins[2].after');
    expect(p.message).toContain('not later than the one before it, "end" (6 months after the start)');
    expect(p.fix).toContain('in the order they happen');
  });

  it('reports a check-in beyond the length of the programme plus a month', async () => {
    const ok = await problemsFor({
      'programmes/test.yaml': programme({ lengthMonths: 6, checkins: checkin('late', '{ months: 7 }') }),
    });
    expect(ok).toEqual([]);
    const problems = await problemsFor({
      'programmes/test.yaml': programme({ lengthMonths: 6, checkins: checkin('first', '{ weeks: 2 }') + checkin('too-late', '{ months: 7, days: 1 }') }),
    });
    expect(problems).toHaveLength(1);
    const p = find(problems, 'programmes/test.yaml', 'programmes[0].checkins[1].after');
    expect(p.message).toContain('after the end of the programme');
    expect(p.message).toContain('within 7 months');
  });

  it('reports duplicate ids, an empty offset, an unknown question kind and a standard on an induction', async () => {
    const problems = await problemsFor({
      'programmes/test.yaml': programme({
        checkins:
          checkin('first', '{ weeks: 2 }', `${RATING}${TEXT}          - id: need
            kind: essay
            text: Tell us more.
`) + checkin('first', '{}'),
      }).replace('kind: preceptorship', 'kind: induction'),
    });
    const f = 'programmes/test.yaml';
    expect(find(problems, f, 'programmes[0].standard').message).toContain('only preceptorship programmes');
    expect(find(problems, f, 'programmes[0].checkins[1].id').message).toContain('"first" is already used by checkins[0]');
    expect(find(problems, f, 'programmes[0].checkins[0].questions[2].id').message).toContain('"need" is already used');
    const kind = find(problems, f, 'programmes[0].checkins[0].questions[2].kind');
    expect(kind.message).toBe('"essay" is not a question kind');
    expect(kind.fix).toContain('rating, text, checklist, yesno');
    expect(find(problems, f, 'programmes[0].checkins[1].after').message).toContain('needs at least one of days, weeks or months');
  });

  it('reports a bad bank holiday date, a duplicate and a weekend', async () => {
    const problems = await problemsFor({
      'calendar.yaml': `calendar:
  bankHolidays:
    region: england-and-wales
    dates:
      - 2026-12-25
      - 2026-02-30
      - 2026-12-25
      - 2026-12-26
    sources: [https://www.gov.uk/bank-holidays]
`,
    });
    expect(problems).toHaveLength(3);
    const bad = find(problems, 'calendar.yaml', 'calendar.bankHolidays.dates[1]');
    expect(bad.message).toBe('"2026-02-30" is not a date');
    expect(bad.line).toBe(6);
    expect(find(problems, 'calendar.yaml', 'calendar.bankHolidays.dates[2]').message).toContain('listed twice');
    expect(find(problems, 'calendar.yaml', 'calendar.bankHolidays.dates[3]').message).toContain('is a Saturday');
  });

  it('reports signposting problems: no phrases, upper case, a duplicate and a service with no name', async () => {
    const problems = await problemsFor({
      'signposting.yaml': SIGNPOSTING.replace('phrases: [suicidal, "can\'t cope"]', 'phrases: [suicidal, "Can\'t Cope", "self-harm", "self harm"]').replace(
        '      - id: staff-wellbeing\n        local: true\n',
        '      - id: gp\n        detail: Your GP can help.\n        local: false\n',
      ),
    });
    const f = 'signposting.yaml';
    expect(find(problems, f, 'signposting.distress.phrases[1]').message).toContain('must be lower case');
    expect(find(problems, f, 'signposting.distress.phrases[3]').message).toContain('the same phrase as phrases[2]');
    expect(find(problems, f, 'signposting.distress.services[1].name').message).toContain('"name" is missing');

    const empty = await problemsFor({ 'signposting.yaml': SIGNPOSTING.replace('phrases: [suicidal, "can\'t cope"]', 'phrases: []') });
    expect(find(empty, f, 'signposting.distress.phrases').message).toContain('needs at least one phrase');
  });
});

// ---------------------------------------------------------------------------
// Distress detection

describe('detectDistress', () => {
  let signposting: Signposting;
  beforeAll(async () => {
    signposting = (await loadContent(defaultContentDir)).signposting;
  });

  it.each([
    ['I feel suicidal', 'suicidal'],
    ['Honestly I just want to die', 'want to die'],
    ['sometimes I think about how to kill myself', 'kill myself'],
    ['I CAN’T COPE any more', "can't cope"],
    ["i cant cope with this job", "can't cope"],
    ['I cannot cope.', 'cannot cope'],
    ['I have been self-harming again', 'self harming'],
    ['Self harm', 'self harm'],
    ['I keep wanting to hurt myself', 'hurt myself'],
    ['I feel like I want to end it all', 'end it all'],
    ['I just can’t go on like this', "can't go on"],
    ['I feel so hopeless', 'feel so hopeless'],
    ['Everything is hopeless!!!', 'everything is hopeless'],
    ['there is no point in living', 'no point in living'],
    ['had a panic attack on shift', 'panic attack'],
    ["I'm breaking down at work", "i'm breaking down"],
    ['I am at breaking point', 'at breaking point'],
    ['"suicidal"', 'suicidal'],
  ])('finds distress in %j', (text, phrase) => {
    expect(detectDistress(text, signposting)).toBe(phrase);
  });

  it.each([
    "I'm dying to start the course",
    'no pointers needed',
    'I can cope fine',
    'What is the point of a preceptorship?',
    "I'm hopeless at maths, can I still become a nursing associate?",
    'Is there suicide prevention training for staff?',
    'The printer keeps breaking down',
    'I want to discuss my career',
    'scope for growth',
    '',
  ])('finds nothing in %j', (text) => {
    expect(detectDistress(text, signposting)).toBeUndefined();
  });

  it('matches whole words only, and works with any signposting object', () => {
    const mine: Signposting = {
      distress: { phrases: ['cope', 'no point'], intro: 'Sorry.', services: [] },
      stress: { phrases: [] },
      trust: { name: 'x trust', wellbeingService: { name: 'Wellbeing', detail: 'Ask your manager.' } },
    };
    expect(detectDistress('I cannot cope', mine)).toBe('cope');
    expect(detectDistress('coping is hard', mine)).toBeUndefined();
    expect(detectDistress("there's no point", mine)).toBe('no point');
    expect(detectDistress('no pointers', mine)).toBeUndefined();
    // The shipped phrases do not include "cope" on its own.
    expect(detectDistress('I cannot cope', signposting)).toBe('cannot cope');
    expect(detectDistress('cope', signposting)).toBeUndefined();
  });

  it('is fast on long text', () => {
    const text = 'I would like to know more about apprenticeships and functional skills. '.repeat(200);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) detectDistress(text, signposting);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(detectDistress(`${text} I can't cope.`, signposting)).toBe("can't cope");
  });

  it('normalises apostrophes, hyphens and punctuation', () => {
    expect(normaliseDistressText('  I’m  SELF-harming… ‘really’! ')).toBe("i'm self harming really");
  });
});
