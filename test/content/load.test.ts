import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_READING } from '../helpers/content.js';
import { run } from '../../src/cli/content-check.js';
import type { CliIO } from '../../src/cli/io.js';
import { checkContent, loadContent } from '../../src/content/load.js';
import { ContentError, formatProblem, type Content, type ContentProblem } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';

/** The web addresses the domain brief cites, kept beside the tests. */
const BRIEF_SOURCES = new URL('../fixtures/brief-sources.txt', import.meta.url);

// ---------------------------------------------------------------------------
// Fixtures

let tmpRoot: string;
let counter = 0;

beforeAll(async () => {
  tmpRoot = await mkdtemp(join(tmpdir(), 'content-test-'));
});
afterAll(async () => {
  await rm(tmpRoot, { recursive: true, force: true });
});

/**
 * The smallest valid signposting section. Every content folder needs one, so
 * `fixture` adds it to any non-empty folder that does not bring its own.
 */
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
    name: your trust
    wellbeingService:
      name: Your staff wellbeing service
      detail: Ask your manager how to contact them.
`;

// How the bot reads a question (understanding, examples, out-of-scope topics): every content folder needs
// them too, so `fixture` adds the shipped files to any non-empty folder that does not bring its own understanding.

/** Write a content folder with the given files (paths relative to it). */
async function fixture(files: Record<string, string>, opts: { signposting?: boolean; understanding?: boolean } = {}): Promise<string> {
  const dir = join(tmpRoot, `case-${++counter}`);
  await mkdir(dir, { recursive: true });
  const withSignposting =
    opts.signposting !== false && Object.keys(files).length > 0 && !Object.values(files).some((t) => /^signposting:/m.test(t));
  const withUnderstanding =
    opts.understanding !== false && Object.keys(files).length > 0 && !Object.values(files).some((t) => /^understanding:/m.test(t));
  const all = {
    ...files,
    ...(withSignposting ? { 'signposting.yaml': SIGNPOSTING } : {}),
    ...(withUnderstanding ? SHIPPED_READING : {}),
  };
  for (const [name, text] of Object.entries(all)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  }
  // What the bot says: the shipped wording, as a trust's copy of the content folder has it.
  if (withSignposting) await cp(join(defaultContentDir, 'wording'), join(dir, 'wording'), { recursive: true });
  return dir;
}

const ROLES = `roles:
  - id: hcsw-band-2
    title: Healthcare support worker (Band 2)
    synonyms: [HCA]
    bands: ["2"]
    family: support
    summary: Gives personal care to patients on a ward.
    sources: [https://www.healthcareers.nhs.uk/]
  - id: nurse-adult
    title: Registered nurse (adult)
    bands: ["5"]
    family: nursing
    summary: Plans and gives nursing care to adults.
    entry: [nmc-registration]
    sources:
      - url: https://www.nmc.org.uk/
        label: NMC
        status: mirror
`;

const REQUIREMENTS = `requirements:
  - id: nmc-registration
    title: NMC registration
    how: Join the register after an approved course.
    askInProfile: true
    sources: [https://www.nmc.org.uk/]
  - id: care-certificate
    title: Care Certificate
    how: Done during induction with your employer.
    duration: { min: 4, max: 12, unit: weeks }
    sources: [https://www.skillsforcare.org.uk/]
`;

function routeYaml(opts: { id?: string; from?: string; to?: string; sources?: string; requires?: string } = {}): string {
  return `  - id: ${opts.id ?? 'rnda'}
    title: Nursing degree apprenticeship
    from: ${opts.from ?? '[hcsw-band-2]'}
    to: ${opts.to ?? 'nurse-adult'}
    kind: apprenticeship
    level: 6
    duration: { min: 3, max: 4, unit: years }
    studyPattern: Work and study with a university.
    funding: Paid by the employer through the levy.
    requires: ${opts.requires ?? '[care-certificate]'}
    sources: ${opts.sources ?? '[https://www.healthcareers.nhs.uk/]'}
`;
}

const RESOURCE = (areas = '[career-progression]', extra = '') => `resources:
  - id: nhs-jobs
    title: NHS Jobs
    url: https://www.jobs.nhs.uk/
    description: The national NHS vacancy site.
    areas: ${areas}
    audience: [all staff]
    cost: Free
    format: Website
${extra}`;

async function problemsFor(files: Record<string, string>): Promise<ContentProblem[]> {
  const dir = await fixture(files);
  const result = await checkContent(dir);
  return result.problems;
}

function find(problems: ContentProblem[], file: string, path: string): ContentProblem {
  const p = problems.find((x) => x.file === file && x.path === path);
  if (!p) throw new Error(`no problem at ${file} ${path}; got:\n${problems.map(formatProblem).join('\n')}`);
  return p;
}

// ---------------------------------------------------------------------------
// The shipped content

describe('shipped content', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it('loads with zero problems', async () => {
    const result = await checkContent(defaultContentDir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.summary).toMatch(
      /^\d+ roles, \d+ routes, \d+ requirements, \d+ resources, \d+ notes, \d+ programmes \(\d+ check-ins\), \d+ bank holidays$/,
    );
  });

  it('has 30 or more roles, and plenty of routes, requirements, resources and notes', () => {
    expect(content.roles.size).toBeGreaterThanOrEqual(30);
    expect(content.routes.length).toBeGreaterThanOrEqual(40);
    expect(content.requirements.size).toBeGreaterThanOrEqual(8);
    expect(content.resources.length).toBeGreaterThanOrEqual(35);
    expect(content.notes.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every role, route, requirement and note a source', () => {
    for (const r of content.roles.values()) expect(r.sources.length, r.id).toBeGreaterThan(0);
    for (const r of content.routes) expect(r.sources.length, r.id).toBeGreaterThan(0);
    for (const r of content.requirements.values()) expect(r.sources.length, r.id).toBeGreaterThan(0);
    for (const n of content.notes) expect(n.sources.length, n.id).toBeGreaterThan(0);
    for (const r of content.routes) for (const e of r.examples) expect(e.sources.length, r.id).toBeGreaterThan(0);
  });

  it('has the role ids the rest of the app relies on', () => {
    const ids = [
      'hcsw-band-2', 'hcsw-band-3', 'senior-hcsw', 'maternity-support-worker', 'assistant-practitioner',
      'trainee-nursing-associate', 'nursing-associate', 'nurse-adult', 'nurse-mental-health',
      'nurse-learning-disability', 'nurse-children', 'midwife', 'physiotherapist', 'occupational-therapist',
      'podiatrist', 'radiographer', 'operating-department-practitioner', 'paramedic',
      'speech-and-language-therapist', 'dietitian', 'healthcare-science-assistant', 'healthcare-science-associate',
      'healthcare-science-practitioner', 'clinical-scientist', 'hearing-care-assistant', 'senior-hearing-care-assistant',
      'associate-audiologist', 'hearing-aid-dispenser', 'audiologist', 'pharmacy-support-worker', 'pharmacy-technician',
      'administrator', 'business-administrator-apprentice', 'medical-secretary', 'clinical-coder', 'data-analyst',
      'assistant-accountant', 'project-manager', 'hr-administrator', 'hr-advisor', 'hr-business-partner', 'head-of-hr',
      'director-of-workforce', 'team-leader', 'service-manager', 'senior-leader',
    ];
    for (const id of ids) expect(content.roles.has(id), id).toBe(true);
  });

  it('has the requirement ids the rest of the app relies on', () => {
    for (const id of [
      'level2-maths-english', 'level3-qualification', 'degree', 'nmc-registration', 'hcpc-registration',
      'care-certificate', 'healthcare-experience', 'employer-support', 'first-or-upper-second-degree',
    ]) {
      expect(content.requirements.has(id), id).toBe(true);
    }
    for (const id of ['level2-maths-english', 'level3-qualification', 'degree', 'nmc-registration', 'hcpc-registration']) {
      expect(content.requirements.get(id)?.askInProfile, id).toBe(true);
    }
    expect(content.requirements.get('degree')?.implies).toContain('level3-qualification');
  });

  it('has the key routes', () => {
    const has = (from: string, to: string) =>
      content.routes.some((r) => r.to === to && (r.from === 'any' || r.from.includes(from)));
    expect(has('hcsw-band-2', 'hcsw-band-3')).toBe(true);
    expect(has('hcsw-band-3', 'senior-hcsw')).toBe(true);
    expect(has('senior-hcsw', 'assistant-practitioner')).toBe(true);
    expect(has('hcsw-band-3', 'trainee-nursing-associate')).toBe(true);
    expect(has('trainee-nursing-associate', 'nursing-associate')).toBe(true);
    expect(has('nursing-associate', 'nurse-adult')).toBe(true);
    expect(has('maternity-support-worker', 'midwife')).toBe(true);
    expect(has('healthcare-science-associate', 'healthcare-science-practitioner')).toBe(true);
    expect(has('healthcare-science-practitioner', 'clinical-scientist')).toBe(true);
    expect(has('team-leader', 'service-manager')).toBe(true);
    expect(has('head-of-hr', 'director-of-workforce')).toBe(true);
    const na = content.routes.find((r) => r.id === 'nursing-associate-apprenticeship');
    expect(na?.requires).toContain('level2-maths-english');
    expect(na?.duration).toEqual({ minMonths: 24, maxMonths: 24 });
  });

  it('keeps nursing associate entry requirements despite the 2025 English and maths change', () => {
    const note = content.notes.find((n) => n.appliesTo.includes('level2-maths-english'));
    expect(note?.text).toMatch(/does not remove/i);
    expect(note?.appliesTo).toContain('nursing-associate-apprenticeship');
  });

  it('sets eight distinct profile buttons', () => {
    const common = [...content.roles.values()].filter((r) => r.common !== undefined).map((r) => r.common);
    expect(common.sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('flags unverified bands with a caveat', () => {
    for (const id of ['senior-hcsw', 'midwife', 'physiotherapist', 'healthcare-science-assistant', 'associate-audiologist']) {
      const role = content.roles.get(id)!;
      expect(role.bandVaries, id).toBe(true);
      expect(role.caveats.length, id).toBeGreaterThan(0);
    }
  });

  it('labels every local example with a local or unverified source', () => {
    for (const r of content.routes) {
      for (const e of r.examples) {
        expect(e.sources.some((s) => s.status === 'local' || s.status === 'unverified'), `${r.id}: ${e.trust}`).toBe(true);
      }
    }
  });

  it('does not offer Looking After You coaching as a resource', () => {
    expect(content.resources.some((r) => /looking after you/i.test(r.title))).toBe(false);
    expect(content.notes.some((n) => /looking after you/i.test(n.title))).toBe(true);
  });

  it('only uses web addresses that appear in the domain brief', () => {
    const brief = readFileSync(BRIEF_SOURCES, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .join('\n');
    /**
     * Official pages that are not in the brief, checked by hand: the NHS page on urgent help
     * for mental health (NHS 111 option 2, for signposting) and the gov.uk bank holidays list.
     */
    const ALLOWED_NOT_IN_BRIEF = [
      'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
      'https://www.gov.uk/bank-holidays',
      // Regulators' own sites, for the register link of the roles they regulate.
      'https://www.hcpc-uk.org/check-the-register/',
      'https://www.pharmacyregulation.org/registers',
      'https://www.gdc-uk.org/',
      'https://www.gmc-uk.org/',
    ];
    const norm = (u: string) => u.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
    const known = new Set<string>();
    // Full addresses, and the scheme-less "mirror" addresses such as rcn.org.uk/Professional-Development/...
    for (const m of brief.matchAll(/(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s);,]*)?/gi)) {
      known.add(norm(m[0].replace(/[.)]+$/, '')));
    }
    for (const u of ALLOWED_NOT_IN_BRIEF) known.add(norm(u));
    const origins = new Set([...brief.matchAll(/https?:\/\/([^/\s)]+)/g)].map((m) => norm(m[1]!)));
    /**
     * A source with a `checked` date was read on that date and found to say what the entry
     * says, so it may come from outside the brief; every other source must be one the brief cites.
     */
    const check = (source: string | { url: string; checked?: string }, where: string) => {
      const { url, checked } = typeof source === 'string' ? { url: source, checked: undefined } : source;
      if (checked !== undefined) return;
      expect(known.has(norm(url)), `${where}: ${url}`).toBe(true);
    };

    for (const r of content.roles.values()) {
      r.sources.forEach((s) => check(s, r.id));
      if (r.regulator) {
        const u = r.regulator.url;
        expect(known.has(norm(u)) || origins.has(norm(u)), `${r.id} regulator: ${u}`).toBe(true);
      }
    }
    for (const r of content.routes) {
      r.sources.forEach((s) => check(s, r.id));
      r.examples.forEach((e) => e.sources.forEach((s) => check(s, `${r.id} example`)));
    }
    for (const r of content.requirements.values()) r.sources.forEach((s) => check(s, r.id));
    for (const r of content.resources) {
      // A resource's own address passes when one of its sources is that page with a `checked` date.
      const readPage = r.sources.find((s) => s.checked !== undefined && norm(s.url) === norm(r.url));
      check(readPage ?? r.url, r.id);
      r.sources.forEach((s) => check(s, r.id));
    }
    for (const n of content.notes) n.sources.forEach((s) => check(s, n.id));
    for (const p of content.programmes.values()) {
      p.sources.forEach((s) => check(s, p.id));
      p.localExample?.sources.forEach((s) => check(s, `${p.id} local example`));
    }
    for (const s of content.signposting.distress.services) {
      if (s.url) check(s.url, s.id);
      s.sources.forEach((x) => check(x, s.id));
    }
  });

  it('normalises sources to objects and durations to months', () => {
    for (const r of content.routes) {
      for (const s of r.sources) expect(typeof s.url).toBe('string');
      expect(r.duration.maxMonths).toBeGreaterThanOrEqual(r.duration.minMonths);
    }
    // 4 to 12 weeks: 4/52*12 = 0.923 -> 0.9; 12/52*12 = 2.769 -> 2.8
    expect(content.requirements.get('care-certificate')?.duration).toEqual({ minMonths: 0.9, maxMonths: 2.8 });
  });
});

// ---------------------------------------------------------------------------
// Broken folders

describe('content problems', () => {
  it('accepts a small valid folder and normalises it', async () => {
    const dir = await fixture({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'routes/nursing.yaml': `routes:\n${routeYaml()}`,
    });
    const result = await checkContent(dir);
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe('2 roles, 1 route, 2 requirements, 0 resources, 0 notes');
    const content = result.content!;
    expect(content.routes[0]!.duration).toEqual({ minMonths: 36, maxMonths: 48 });
    expect(content.routes[0]!.sources).toEqual([{ url: 'https://www.healthcareers.nhs.uk/' }]);
    expect(content.roles.get('nurse-adult')!.sources).toEqual([{ url: 'https://www.nmc.org.uk/', label: 'NMC', status: 'mirror' }]);
    expect(content.requirements.get('care-certificate')!.duration).toEqual({ minMonths: 0.9, maxMonths: 2.8 });
  });

  it('reports a route to a missing role, suggesting the closest id', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'routes/nursing.yaml': `routes:\n${routeYaml({ id: 'first' })}${routeYaml({ id: 'second', to: 'nurse-adlt' })}`,
    });
    expect(problems).toHaveLength(1);
    const p = find(problems, 'routes/nursing.yaml', 'routes[1].to');
    expect(p.message).toContain('no role with id "nurse-adlt"');
    expect(p.fix).toContain('did you mean "nurse-adult"');
    expect(p.line).toBe(16);
  });

  it('reports a route from a missing role and an unknown requirement', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml({ from: '[hca, hcsw-band-2]', requires: '[care-certificat]' })}`,
    });
    const from = find(problems, 'routes.yaml', 'routes[0].from[0]');
    expect(from.message).toContain('no role with id "hca"');
    expect(from.fix).toContain('"hcsw-band-2"'); // found through the synonym "HCA"
    const req = find(problems, 'routes.yaml', 'routes[0].requires[0]');
    expect(req.message).toContain('no requirement with id "care-certificat"');
    expect(req.fix).toContain('did you mean "care-certificate"');
  });

  it('reports a route that starts from the role it leads to', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml({ from: '[hcsw-band-2, nurse-adult]' })}`,
    });
    expect(find(problems, 'routes.yaml', 'routes[0].from[1]').message).toContain('starts from the role it leads to');
  });

  it('reports missing and empty sources', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES.replace('    sources: [https://www.healthcareers.nhs.uk/]\n', ''),
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml({ sources: '[]' })}`,
    });
    expect(find(problems, 'roles.yaml', 'roles[0].sources').message).toBe('"sources" is missing');
    expect(find(problems, 'routes.yaml', 'routes[0].sources').message).toBe('needs at least one source URL');
  });

  it('reports a bad URL in plain words', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml({ sources: '["www.healthcareers.nhs.uk"]' })}`,
    });
    const p = find(problems, 'routes.yaml', 'routes[0].sources[0]');
    expect(p.message).toContain('"www.healthcareers.nhs.uk"');
    expect(p.message).toContain('must be a full web address');
    expect(p.fix).toContain('https://');
  });

  it('reports an unknown roadmap area with the allowed values', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'resources.yaml': RESOURCE('[career-progression, careers]'),
    });
    const p = find(problems, 'resources.yaml', 'resources[0].areas[1]');
    expect(p.message).toBe('"careers" is not a roadmap area');
    expect(p.fix).toContain('career-progression, wellbeing-resilience, skills-for-life, personal-skills, technical-skills');
    expect(formatProblem(p)).toContain('resources.yaml:6: resources[0].areas[1]: "careers" is not a roadmap area. Fix:');
  });

  it('reports duplicate ids across files, keeping the index within each file', async () => {
    const problems = await problemsFor({
      'roles/a.yaml': ROLES,
      'roles/b.yaml': `roles:\n${ROLES.split('\n').slice(1).join('\n').replace('synonyms: [HCA]', 'synonyms: [care assistant]').replace('id: nurse-adult', 'id: nurse-adult-2').replace('Registered nurse (adult)', 'Nurse (adult) copy')}`,
      'requirements.yaml': REQUIREMENTS,
    });
    expect(problems).toHaveLength(1);
    const p = find(problems, 'roles/b.yaml', 'roles[0].id');
    expect(p.message).toContain('"hcsw-band-2" is already used by roles[0] in roles/a.yaml');
  });

  it('reports a name used by two roles', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES.replace('    bands: ["5"]', '    synonyms: [hca]\n    bands: ["5"]'),
      'requirements.yaml': REQUIREMENTS,
    });
    expect(find(problems, 'roles.yaml', 'roles[1].synonyms[0]').message).toContain('also the title or a synonym of role "hcsw-band-2"');
  });

  it('reports YAML syntax errors with the line number', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'notes.yaml': 'notes:\n  - id: x\n    title: [unclosed\n    text: hello\n',
    });
    expect(problems.length).toBeGreaterThan(0);
    const p = problems.find((x) => x.file === 'notes.yaml')!;
    expect(p.path).toBe('');
    expect(p.message).toMatch(/^YAML syntax error at line \d+, column \d+/);
    expect(p.line).toBeGreaterThan(0);
  });

  it('reports unknown top-level keys and unknown fields', async () => {
    const problems = await problemsFor({
      'roles.yaml': `${ROLES}rotes: []\n`,
      'requirements.yaml': REQUIREMENTS,
      'resources.yaml': RESOURCE(undefined, '    colour: blue\n'),
    });
    const top = find(problems, 'roles.yaml', 'rotes');
    expect(top.message).toBe('"rotes" is not a section');
    expect(top.fix).toContain('did you mean "roles"');
    const field = find(problems, 'resources.yaml', 'resources[0].colour');
    expect(field.message).toBe('"colour" is not a field here');
    expect(field.fix).toContain('Allowed fields: id, title, url');
  });

  it('reports bands written as numbers, and "from" written as a single id', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES.replace('bands: ["2"]', 'bands: [2]'),
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml({ from: 'hcsw-band-2' })}`,
    });
    expect(find(problems, 'roles.yaml', 'roles[0].bands[0]').fix).toContain('"2"');
    expect(find(problems, 'routes.yaml', 'routes[0].from').fix).toContain('from: [hcsw-band-2]');
  });

  it('reports unknown ids in resources, notes and role entry requirements', async () => {
    const problems = await problemsFor({
      'roles.yaml': ROLES.replace('entry: [nmc-registration]', 'entry: [nmc-registraton]'),
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml()}`,
      'resources.yaml': RESOURCE(undefined, '    roles: [nurse-adlt]\n    routes: [rnd]\n'),
      'notes.yaml': `notes:
  - id: levy
    title: Levy renamed
    text: The levy has a new name.
    checked: 2026-11-01
    appliesTo: [rnda, nope]
    changes: [rnda, rndaa]
    sources: [https://www.mha.co.uk/insights/2025-apprenticeship-changes-are-you-ready]
`,
    });
    expect(find(problems, 'roles.yaml', 'roles[1].entry[0]').fix).toContain('"nmc-registration"');
    expect(find(problems, 'resources.yaml', 'resources[0].roles[0]').fix).toContain('"nurse-adult"');
    expect(find(problems, 'resources.yaml', 'resources[0].routes[0]').message).toContain('no route with id "rnd"');
    expect(find(problems, 'notes.yaml', 'notes[0].appliesTo[1]').message).toContain('"nope"');
    const changes = find(problems, 'notes.yaml', 'notes[0].changes[1]');
    expect(changes.message).toContain('no role, route or requirement with id "rndaa"');
    expect(changes.fix).toContain('"rnda"');
    expect(problems).toHaveLength(5);
  });

  it('reports an empty folder, a missing folder and a folder with no roles', async () => {
    const empty = await checkContent(await fixture({}));
    expect(empty.content).toBeUndefined();
    expect(empty.problems).toHaveLength(1);
    expect(empty.problems[0]!.file).toBe('.');
    expect(empty.problems[0]!.message).toContain('no .yaml or .yml files');

    const missing = await checkContent(join(tmpRoot, 'does-not-exist'));
    expect(missing.problems[0]!.message).toContain('does not exist');

    const noRoles = await problemsFor({ 'requirements.yaml': REQUIREMENTS });
    expect(noRoles.map((p) => p.message)).toContain('the content has no roles at all');
  });

  it('reports a folder with no signposting section, and a second one', async () => {
    const none = await checkContent(await fixture({ 'roles.yaml': ROLES, 'requirements.yaml': REQUIREMENTS }, { signposting: false }));
    expect(none.problems).toHaveLength(1);
    expect(none.problems[0]!.file).toBe('.');
    expect(none.problems[0]!.message).toContain('no signposting section');
    expect(none.problems[0]!.fix).toContain('copy content/signposting.yaml');

    const two = await problemsFor({ 'roles.yaml': ROLES, 'requirements.yaml': REQUIREMENTS, 'more/signposting.yaml': SIGNPOSTING, 'signposting.yaml': SIGNPOSTING });
    expect(two).toHaveLength(1);
    expect(find(two, 'signposting.yaml', 'signposting').message).toContain('already in more/signposting.yaml');
  });

  it('lists every problem, not just the first, when loading', async () => {
    const dir = await fixture({
      'roles.yaml': ROLES.replace('family: support', 'family: suport'),
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml({ to: 'nobody' })}`,
      'resources.yaml': RESOURCE('[careers]'),
    });
    const error = await loadContent(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'resources.yaml resources[0].areas[0]',
      'roles.yaml roles[0].family',
      'routes.yaml routes[0].to',
    ]);
    expect(find(problems, 'roles.yaml', 'roles[0].family').fix).toContain('did you mean "support"');
    expect((error as ContentError).message).toContain('has 3 problems');
  });
});

// ---------------------------------------------------------------------------
// The CLI

function captureIO(): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        append(String(chunk));
        cb();
      },
    });
  return {
    io: {
      stdin: Readable.from([]),
      stdout: sink((s) => (out += s)),
      stderr: sink((s) => (err += s)),
      env: {},
    },
    out: () => out,
    err: () => err,
  };
}

describe('career-companion content check', () => {
  it('prints "Content OK" and returns 0 for good content', async () => {
    const dir = await fixture({ 'roles.yaml': ROLES, 'requirements.yaml': REQUIREMENTS });
    const c = captureIO();
    expect(await run(['check', dir], c.io)).toBe(0);
    const lines = c.out().split('\n');
    expect(lines[0]).toBe('Content OK: 2 roles, 0 routes, 2 requirements, 0 resources, 0 notes');
    // Then how plainly it reads: warnings only, so the check still passes.
    expect(lines.some((l) => /^Reading: \d+ texts scored .*median grade [\d.]+ \(target \d+\); \d+ \(\d+%\) above grade \d+/.test(l))).toBe(true);
    expect(c.err()).toBe('');
  });

  it('checks the shipped content by default', async () => {
    const c = captureIO();
    expect(await run(['check'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^Content OK: \d+ roles, \d+ routes/);
  });

  it('warns about a resource topic that no resource is tagged with, naming the file, the field and the fix', async () => {
    const untagged = await checkContent(await fixture({ 'roles.yaml': ROLES, 'requirements.yaml': REQUIREMENTS, 'resources.yaml': RESOURCE() }));
    expect(untagged.problems).toEqual([]);
    const warning = untagged.warnings.map(formatProblem).find((w) => w.includes('resourceTopics.preceptorship'));
    expect(warning).toMatch(/^understanding\.yaml:\d+: understanding\.resourceTopics\.preceptorship: "preceptorship" is not a tag of any resource/);
    expect(warning).toContain('Fix: add the tag to the resources it is about');
    const tagged = await checkContent(await fixture({ 'roles.yaml': ROLES, 'requirements.yaml': REQUIREMENTS, 'resources.yaml': RESOURCE('[career-progression]', '    tags: [preceptorship]\n') }));
    expect(tagged.warnings.map(formatProblem).filter((w) => w.includes('resourceTopics.preceptorship'))).toEqual([]);
  });

  it('prints one line per problem and a count, and returns 1', async () => {
    const dir = await fixture({
      'roles.yaml': ROLES,
      'requirements.yaml': REQUIREMENTS,
      'routes.yaml': `routes:\n${routeYaml({ to: 'nurse-adlt' })}`,
      'resources.yaml': RESOURCE('[careers]'),
    });
    const c = captureIO();
    expect(await run(['check', dir], c.io)).toBe(1);
    // (The shipped understanding.yaml names resource topics this small folder has no resources for: warnings, after the problems.)
    const lines = c.err().trimEnd().split('\n').filter((l) => !l.startsWith('warning: '));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^resources\.yaml:\d+: resources\[0\]\.areas\[0\]: "careers" is not a roadmap area\. Fix: /);
    expect(lines[1]).toMatch(/^routes\.yaml:\d+: routes\[0\]\.to: there is no role with id "nurse-adlt"\. Fix: did you mean "nurse-adult"/);
    expect(lines[2]).toMatch(/^2 problems in /);
    expect(c.out()).toBe('');
  });

  it('prints usage and returns 2 for an unknown subcommand', async () => {
    const c = captureIO();
    expect(await run(['validate'], c.io)).toBe(2);
    expect(c.err()).toContain('Unknown content command "validate"');
    expect(c.err()).toContain('Usage: career-companion content check [dir]');
    const none = captureIO();
    expect(await run([], none.io)).toBe(2);
    expect(none.err()).toContain('Usage:');
  });
});
