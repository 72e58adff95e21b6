/**
 * Facts a preceptee, preceptor or manager relies on, each with the source that says it. These
 * fail if a fact goes missing from where the bot says it, or if its source is dropped or loses
 * the date it was last read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content, GlossaryEntry, LocalExample, Programme, Resource, Source } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';

const NURSING_MODEL = 'https://www.england.nhs.uk/long-read/national-preceptorship-model-for-nursing/';
const MIDWIFERY_MODEL = 'https://www.england.nhs.uk/long-read/national-preceptorship-model-for-midwifery/';
const MIDWIFERY_FRAMEWORK = 'https://www.england.nhs.uk/long-read/national-preceptorship-framework-for-midwifery/';
const AHP_GLOSSARY =
  'https://www.hee.nhs.uk/our-work/allied-health-professions/education-employment/national-allied-health-professionals-preceptorship-foundation-support-programme/allied-3';
const NHS_EMPLOYERS_PRECEPTORSHIP =
  'https://www.nhsemployers.org/your-workforce/plan/workforce-supply/education-and-training/preceptorships-for-newly-qualified-staff';
const STAFF_DEVELOPMENT_PATHWAYS = 'https://www.nhsemployers.org/publications/staff-development-pathways';
const PPM_TOOLKIT = 'https://www.nhsemployers.org/toolkits/people-performance-management-toolkit';
const CHECKED = '2026-12-06';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

function term(id: string): GlossaryEntry {
  const e = content.glossary.find((g) => g.id === id);
  if (!e) throw new Error(`no glossary entry ${id}`);
  return e;
}

function programme(id: string): Programme {
  const p = content.programmes.get(id);
  if (!p) throw new Error(`no programme ${id}`);
  return p;
}

function resource(id: string): Resource {
  const r = content.resources.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}`);
  return r;
}

/** The source for `url`, which must have been read on the day given. */
function readSource(sources: Source[], url: string, where: string): Source {
  const s = sources.find((x) => x.url === url);
  expect(s, `${where} cites ${url}`).toBeDefined();
  expect(s!.checked, `${where}: ${url} has the date it was read`).toBe(CHECKED);
  return s!;
}

describe('preceptorship facts', () => {
  it('gives a preceptor protected time: 8 hours a year, or 12 in the gold standard (nursing model)', () => {
    const preceptor = term('preceptor');
    expect(preceptor.meaning).toMatch(/at least 8 hours a year of protected time/);
    expect(preceptor.meaning).toMatch(/12 hours in the gold standard/);
    readSource(preceptor.sources, NURSING_MODEL, 'glossary preceptor');

    const core = programme('preceptorship-nursing-core');
    expect(core.summary).toMatch(/preceptor should get at least 8 hours a year of protected time/);
    readSource(core.sources, NURSING_MODEL, 'nursing core programme');

    const gold = programme('preceptorship-nursing-gold');
    expect(gold.summary).toMatch(/preceptor gets 12 hours a year of protected time/);
    readSource(gold.sources, NURSING_MODEL, 'nursing gold programme');

    const guide = resource('preceptorship-nursing');
    expect(guide.description).toMatch(/at least 8 hours a year of protected time/);
    expect(guide.description).toMatch(/12 hours in the gold standard/);
    readSource(guide.sources, NURSING_MODEL, 'nursing framework resource');
  });

  it('says who preceptorship is for: new registrants, people returning to practice and those trained abroad', () => {
    const p = term('preceptorship');
    expect(p.meaning).toMatch(/nurse, midwife, nursing associate or allied health professional/);
    expect(p.meaning).toMatch(/come back to practice/);
    expect(p.meaning).toMatch(/trained abroad/);
    readSource(p.sources, NHS_EMPLOYERS_PRECEPTORSHIP, 'glossary preceptorship');
    readSource(p.sources, AHP_GLOSSARY, 'glossary preceptorship');

    const employers = resource('preceptorship-nhs-employers');
    expect(employers.url).toBe(NHS_EMPLOYERS_PRECEPTORSHIP);
    expect(employers.description).toMatch(/recruited from abroad and those returning to practice/);
    expect(employers.audience).toContain('managers');
    readSource(employers.sources, NHS_EMPLOYERS_PRECEPTORSHIP, 'NHS Employers preceptorship resource');

    const ahp = programme('preceptorship-ahp');
    expect(ahp.summary).toMatch(/come back after a long time away or who start work in the UK/);
    readSource(ahp.sources, AHP_GLOSSARY, 'AHP programme');
    readSource(resource('preceptorship-ahp').sources, AHP_GLOSSARY, 'AHP resource');
  });

  it('keeps nursing associates among those the nursing standards are for', () => {
    for (const id of ['preceptorship-nursing-core', 'preceptorship-nursing-gold']) {
      const p = programme(id);
      expect(p.roles).toContain('nursing-associate');
      expect(p.summary).toMatch(/nurses and nursing associates/);
    }
  });

  it('explains the preceptorship lead and champion, and puts them in the gold standard', () => {
    const lead = term('preceptorship-lead');
    expect(lead.meaning).toMatch(/main person to contact/);
    readSource(lead.sources, AHP_GLOSSARY, 'glossary preceptorship lead');
    readSource(lead.sources, NURSING_MODEL, 'glossary preceptorship lead');

    const champion = term('preceptorship-champion');
    expect(champion.also).toEqual(expect.arrayContaining(['preceptorship ambassador', 'preceptorship link']));
    readSource(champion.sources, AHP_GLOSSARY, 'glossary preceptorship champion');
    readSource(champion.sources, NURSING_MODEL, 'glossary preceptorship champion');

    expect(programme('preceptorship-nursing-gold').summary).toMatch(/preceptorship lead and a preceptorship champion/);
    expect(resource('preceptorship-nursing').description).toMatch(/preceptorship lead and a\s+preceptorship champion/);
  });

  it('explains protected time, with the nursing and midwifery hours', () => {
    const t = term('protected-time');
    expect(t.meaning).toMatch(/8 hours a year/);
    expect(t.meaning).toMatch(/8 to\s+12 hours/);
    readSource(t.sources, AHP_GLOSSARY, 'glossary protected time');
    readSource(t.sources, NURSING_MODEL, 'glossary protected time');
    readSource(t.sources, MIDWIFERY_MODEL, 'glossary protected time');
    // A trainee nursing associate's "protected learning time" is study time, not preceptorship:
    // the route card must not explain it with this meaning.
    expect(t.also).not.toContain('protected learning time');
  });

  it('keeps support for 6 months on an accelerated (shorter) nursing programme', () => {
    const core = programme('preceptorship-nursing-core');
    expect(core.summary).toMatch(/shorter, faster programme, support should still be there for 6 months/);
    expect(readSource(core.sources, NURSING_MODEL, 'nursing core programme').label).toMatch(/accelerated programmes/);
  });

  it('says midwifery has its own national framework, with its own protected time', () => {
    const m = programme('preceptorship-midwifery');
    expect(m.summary).toMatch(/Midwives have their own national\s+preceptorship framework/);
    expect(m.summary).toMatch(/8 to 12 hours of protected time/);
    readSource(m.sources, MIDWIFERY_MODEL, 'midwifery programme');
    readSource(m.sources, MIDWIFERY_FRAMEWORK, 'midwifery programme');

    const r = resource('preceptorship-midwifery');
    expect(r.description).toMatch(/own national preceptorship framework/);
    expect(r.description).toMatch(/midwives recruited from abroad/);
    readSource(r.sources, MIDWIFERY_MODEL, 'midwifery resource');
    readSource(r.sources, MIDWIFERY_FRAMEWORK, 'midwifery resource');
  });
});

describe('local examples from the staff development pathways guide', () => {
  /** A local example must carry a source labelled local that is the guide holding the case. */
  function fromGuide(sources: Source[], where: string): void {
    const s = sources.find((x) => x.url === STAFF_DEVELOPMENT_PATHWAYS);
    expect(s, `${where} cites the staff development pathways guide`).toBeDefined();
    expect(s!.status, `${where} is labelled local`).toBe('local');
  }

  it('shows West Suffolk and Portsmouth to managers, labelled as one trust\'s approach', () => {
    const r = resource('staff-development-pathways');
    expect(r.url).toBe(STAFF_DEVELOPMENT_PATHWAYS);
    expect(r.audience).toContain('managers');
    expect(r.description).toMatch(/one trust's\s+approach, not a national rule/);
    expect(r.description).toMatch(/West Suffolk set up a student forum and a mentoring scheme/);
    expect(r.description).toMatch(/Band 3 role, the\s+learning pastoral support worker/);
    expect(r.tags).toContain('local example');
    fromGuide(r.sources, 'staff development pathways resource');
  });

  it('offers the People Performance Management Toolkit for career conversations, from its own page', () => {
    const r = resource('people-performance-management-toolkit');
    expect(r.url).toBe(PPM_TOOLKIT);
    expect(r.audience).toContain('managers');
    expect(r.description).toMatch(/make time to talk about career hopes/);
    readSource(r.sources, PPM_TOOLKIT, 'toolkit resource');
    expect(r.sources.some((s) => s.url === STAFF_DEVELOPMENT_PATHWAYS)).toBe(true);
  });

  it("adds Derbyshire's rotation for newly qualified nurses to the support worker and top-up routes into nursing", () => {
    const ids = [
      'nurse-top-up-adult', 'nurse-top-up-mental-health', 'nurse-top-up-learning-disability', 'nurse-top-up-children',
      'nurse-degree-apprenticeship-adult', 'nurse-degree-apprenticeship-mental-health',
      'nurse-degree-apprenticeship-learning-disability', 'nurse-degree-apprenticeship-children',
    ];
    for (const id of ids) {
      const route = content.routes.find((r) => r.id === id);
      expect(route, id).toBeDefined();
      const ex: LocalExample | undefined = route!.examples.find((e) => /rotation for newly qualified nurses/.test(e.summary));
      expect(ex, `${id} has the Derbyshire rotation`).toBeDefined();
      expect(ex!.trust).toMatch(/^Derbyshire/);
      expect(ex!.summary).toMatch(/four trust hospitals, a hospice, a social care setting/);
      fromGuide(ex!.sources, `${id} Derbyshire rotation`);
    }
  });

  it('cites each case study to the guide that holds it, not to a page that does not', () => {
    const all: { where: string; s: Source }[] = [];
    for (const r of content.routes) {
      r.sources.forEach((s) => all.push({ where: r.id, s }));
      r.examples.forEach((e) => e.sources.forEach((s) => all.push({ where: `${r.id} example`, s })));
    }
    for (const p of content.programmes.values()) {
      p.sources.forEach((s) => all.push({ where: p.id, s }));
      p.localExample?.sources.forEach((s) => all.push({ where: `${p.id} local example`, s }));
    }
    for (const r of content.roles.values()) r.sources.forEach((s) => all.push({ where: r.id, s }));
    for (const r of content.resources) r.sources.forEach((s) => all.push({ where: r.id, s }));
    const labelled = all.filter(({ s }) => /staff development pathways/i.test(s.label ?? ''));
    expect(labelled.length).toBeGreaterThan(20);
    for (const { where, s } of labelled) expect(s.url, where).toBe(STAFF_DEVELOPMENT_PATHWAYS);

    const southampton = programme('msw-band3-induction-southampton');
    fromGuide(southampton.localExample!.sources, 'Southampton induction');
  });
});

describe('apprenticeship levels and lengths, from the body that sets or assesses the standard', () => {
  it('backs the Level 3 HR support apprenticeship with a page that names its level', () => {
    const route = content.routes.find((r) => r.id === 'hr-support-apprenticeship');
    expect(route?.level).toBe(3);
    const s = readSource(route!.sources, 'https://prod.cipd.org/uk/learning/apprenticeships/results/', 'HR support route');
    expect(s.label).toMatch(/Level 3 HR Support apprenticeship/);
  });

  it('cites the Institute for Apprenticeships, not a training company, for the healthcare science associate', () => {
    const IFATE = 'https://instituteforapprenticeships.org/apprenticeship-standards/st0220-v1-1';
    for (const id of ['healthcare-science-associate', 'associate-audiologist']) {
      const role = content.roles.get(id);
      expect(role, id).toBeDefined();
      expect(readSource(role!.sources, IFATE, id).label).toMatch(/Level 4, ST0220\), typical duration 24 months/);
    }
    for (const id of ['healthcare-science-associate-apprenticeship', 'associate-audiologist-apprenticeship']) {
      const route = content.routes.find((r) => r.id === id);
      expect(route, id).toBeDefined();
      expect(route!.level).toBe(4);
      readSource(route!.sources, IFATE, id);
    }
    const all = [...content.roles.values(), ...content.routes].flatMap((x) => x.sources.map((s) => s.url));
    expect(all.filter((u) => u.includes('dynamiccollege.co.uk'))).toEqual([]);
  });
});

describe('nursing associate training', () => {
  it('says a trainee gets protected learning time but need not be supernumerary, as the NMC says', () => {
    const route = content.routes.find((r) => r.id === 'nursing-associate-apprenticeship');
    expect(route?.studyPattern).toMatch(/protected learning time, but you do not have to be supernumerary/);
    readSource(
      route!.sources,
      'https://www.nmc.org.uk/news/news-and-updates/blog-ensuring-protected-learning-time-for-student-nursing-associates/',
      'nursing associate apprenticeship',
    );
  });
});
