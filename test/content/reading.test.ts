/**
 * How plainly the content reads: the Flesch-Kincaid grade of a text, the
 * strings `content check` measures (with file, field and line), and the
 * warnings above the limit set in content/reading.yaml.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load.js';
import { DEFAULT_READING, formatReadingReport, readingGrade, readingReport, type ReadingString } from '../../src/content/reading.js';
import { defaultContentDir } from '../../src/paths.js';
import { wordingSpecs } from '../../src/app/wording.js';

const fk = (words: number, sentences: number, syllables: number) => 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

describe('readingGrade', () => {
  it('counts words, sentences and syllables, and applies the Flesch-Kincaid formula', () => {
    const g = readingGrade('The cat sat on the mat. The dog ran.')!;
    expect(g).toMatchObject({ words: 9, sentences: 2, syllables: 9 });
    expect(g.grade).toBeCloseTo(fk(9, 2, 9), 1); // -2.0: very easy
  });

  it('gives a long sentence of long words a high grade', () => {
    const g = readingGrade('Preceptorship programmes facilitate the consolidation of professional competencies.')!;
    expect(g.words).toBe(8);
    expect(g.sentences).toBe(1);
    expect(g.syllables).toBeGreaterThanOrEqual(23);
    expect(g.grade).toBeGreaterThan(15);
    expect(g.grade).toBeCloseTo(fk(8, 1, g.syllables), 1);
  });

  it('reads each line of a list as its own sentence', () => {
    expect(readingGrade('Bring your badge\nBring your rota\nBring a pen')!.sentences).toBe(3);
  });

  it('leaves out web addresses and reads a {placeholder} as one short word', () => {
    const plain = readingGrade('See the page at https://www.healthcareers.nhs.uk/explore-roles/nursing for more.')!;
    expect(plain.words).toBe(6);
    expect(readingGrade('Your route to {role} starts here.')!).toMatchObject({ words: 6, syllables: 6 });
  });

  it('counts an allowed name as one short word', () => {
    const text = 'You could take an Access to Higher Education Diploma at a college.';
    const without = readingGrade(text)!;
    const withAllow = readingGrade(text, ['Access to Higher Education Diploma'])!;
    expect(withAllow.words).toBe(without.words - 4);
    expect(withAllow.grade).toBeLessThan(without.grade);
  });

  it('has no grade for a text without words', () => {
    expect(readingGrade('  …  ')).toBeUndefined();
  });
});

describe('readingReport', () => {
  const s = (path: string, text: string): ReadingString => ({ file: 'wording/test.yaml', path, line: 3, text });
  const easy = 'You can ask your manager about it. They can help you.';
  const hard = 'Comprehensive organisational responsibilities necessitate considerable interprofessional collaboration.';

  it('warns about a text above the limit and not about one below it, naming file, field and line', () => {
    const r = readingReport([s('intro', easy), s('detail.text', hard)], { ...DEFAULT_READING, maxGrade: 9 });
    expect(r.warnings.map((w) => w.path)).toEqual(['detail.text']);
    const lines = formatReadingReport(r);
    expect(lines[0]).toMatch(/^warning: wording\/test\.yaml:3: detail\.text: reads at grade \d+\.\d, above 9\. Fix: /);
    expect(lines.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
    expect(lines).toContain('Reading: 2 texts scored (0 under 5 words not scored; 2 strings in all); median grade ' + r.median.toFixed(1) + ' (target 6); 1 (50%) above grade 9, in 1 places.');
  });

  it('takes its limit from the settings: the same text passes a higher one', () => {
    const grade = readingGrade(hard)!.grade;
    expect(readingReport([s('a', hard)], { ...DEFAULT_READING, maxGrade: Math.ceil(grade) }).warnings).toEqual([]);
    expect(readingReport([s('a', hard)], { ...DEFAULT_READING, maxGrade: Math.floor(grade) - 1 }).warnings).toHaveLength(1);
  });

  it('does not score texts under minWords words', () => {
    const r = readingReport([s('button', 'Change my role'), s('intro', easy)], DEFAULT_READING);
    expect(r.tooShort).toBe(1);
    expect(r.scored.map((x) => x.path)).toEqual(['intro']);
  });

  it('counts a text written in several places once in the figures, and warns at each place', () => {
    const r = readingReport([s('a', hard), s('b', hard), s('c', easy)], DEFAULT_READING);
    expect(r.distinct).toBe(2);
    expect(r.above).toBe(1);
    expect(r.warnings.map((w) => w.path)).toEqual(['a', 'b']);
    expect(r.worst[0]).toMatchObject({ path: 'a', morePlaces: 1 });
  });
});

describe('content check measures the strings people are shown', () => {
  it('names each by file, field path and line, and leaves out word lists, titles and sources', async () => {
    const result = await checkContent(defaultContentDir, { wording: wordingSpecs(), reading: true });
    expect(result.problems).toEqual([]);
    const r = result.reading!;
    const at = (file: string, path: RegExp) => r.scored.find((x) => x.file === file && path.test(x.path));
    expect(at('programmes/induction.yaml', /^programmes\[\d+\]\.checkins\[\d+\]\.intro$/)?.line).toBeGreaterThan(0);
    expect(at('glossary.yaml', /^glossary\[0\]\.meaning$/)).toBeDefined();
    expect(at('roles/support.yaml', /^roles\[\d+\]\.summary$/)).toBeDefined();
    expect(at('wording/pathway.yaml', /^help\.text$/)).toBeDefined();
    const all = r.scored.map((x) => x.path);
    // Names of roles, routes and qualifications are not sentences; a check-in's title is shown, so it counts.
    expect(all.some((p) => /^(roles|routes|requirements|resources|notes)\[\d+\]\.title$|\.(synonyms|sources)\[\d+\]|\.url$/.test(p))).toBe(false);
    expect(all.some((p) => /^programmes\[\d+\]\.checkins\[\d+\]\.title$/.test(p))).toBe(true);
    expect(all.some((p) => /yesWords|\.phrases\[/.test(p))).toBe(false);
    // The settings come from content/reading.yaml.
    expect(r.settings.maxGrade).toBe(9);
    expect(r.settings.allow).toContain('Agenda for Change');
  });
});
