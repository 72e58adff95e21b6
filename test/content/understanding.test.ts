/**
 * The `understanding:` section (content/understanding.yaml): the words the bot
 * knows when it reads a question. Required in every content folder, checked
 * with file, line, path and fix like every other section.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_READING } from '../helpers/content.js';
import { checkContent, loadContent } from '../../src/content/load.js';
import { formatProblem, type ContentProblem } from '../../src/content/model.js';
import { readUnderstandingFile } from '../../src/content/understanding.js';
import { defaultContentDir } from '../../src/paths.js';

let tmpRoot: string;
let counter = 0;

beforeAll(async () => {
  tmpRoot = await mkdtemp(join(tmpdir(), 'understanding-test-'));
});
afterAll(async () => {
  await rm(tmpRoot, { recursive: true, force: true });
});

const SHIPPED = readFileSync(join(defaultContentDir, 'understanding.yaml'), 'utf8');

const ROLES = `roles:
  - id: nurse-adult
    title: Registered nurse (adult)
    bands: ["5"]
    family: nursing
    summary: Plans and gives nursing care to adults.
    sources: [https://www.healthcareers.nhs.uk/]
`;

const SIGNPOSTING = `signposting:
  distress:
    phrases: [suicidal]
    intro: I'm sorry you're feeling like this.
    services:
      - id: emergency
        name: "999"
        detail: Call 999 if you are in immediate danger.
        phone: "999"
        local: false
  trust:
    name: your trust
    wellbeingService:
      name: Your staff wellbeing service
      detail: Ask your manager how to contact them.
`;

/** A content folder with a role, signposting and the given understanding file (none when null). */
async function folder(understanding: string | null, extra: Record<string, string> = {}): Promise<string> {
  const dir = join(tmpRoot, `case-${++counter}`);
  const { 'understanding.yaml': _shipped, ...others } = SHIPPED_READING;
  const files: Record<string, string> = { 'roles.yaml': ROLES, 'signposting.yaml': SIGNPOSTING, ...others, ...extra };
  if (understanding !== null) files['understanding.yaml'] = understanding;
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  }
  return dir;
}

async function problemsWith(understanding: string | null, extra: Record<string, string> = {}): Promise<ContentProblem[]> {
  return (await checkContent(await folder(understanding, extra))).problems;
}

/** The shipped file with one piece of text replaced (which must be there). */
function edited(from: string, to: string): string {
  expect(SHIPPED).toContain(from);
  return SHIPPED.replace(from, to);
}

/** The line of the first occurrence of `text` in `yaml`, counting from 1. */
function lineOf(yaml: string, text: string): number {
  return yaml.slice(0, yaml.indexOf(text)).split('\n').length;
}

function find(problems: ContentProblem[], path: string): ContentProblem {
  const p = problems.find((x) => x.file === 'understanding.yaml' && x.path === path);
  if (!p) throw new Error(`no problem at ${path}; got:\n${problems.map(formatProblem).join('\n')}`);
  return p;
}

describe('the understanding section', () => {
  it('loads from the shipped content, and reads the same on its own', async () => {
    const content = await loadContent(defaultContentDir);
    expect(content.understanding.spellings['wanna']).toBe('want to');
    expect(content.understanding.numberWords['three']).toBe('3');
    expect(content.understanding.cues.target).toContain('become');
    expect(content.understanding.cues.current).toContain('i am');
    expect(readUnderstandingFile(defaultContentDir)).toEqual(content.understanding);
  });

  it('is accepted in a small folder', async () => {
    expect(await problemsWith(SHIPPED)).toEqual([]);
  });

  it('reports a folder without it, with the shipped file as the fix', async () => {
    const problems = await problemsWith(null);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('.');
    expect(problems[0]!.message).toContain('no understanding section');
    expect(problems[0]!.fix).toContain('copy content/understanding.yaml');
  });

  it('does not report it missing when a file could not be read', async () => {
    const problems = await problemsWith(null, { 'broken.yaml': 'understanding: [unclosed\n' });
    expect(problems.map((p) => p.file)).toEqual(['broken.yaml']);
  });

  it('reports a second one', async () => {
    const problems = await problemsWith(SHIPPED, { 'more/understanding.yaml': SHIPPED });
    expect(problems).toHaveLength(1);
    expect(find(problems, 'understanding').message).toContain('already in more/understanding.yaml');
  });

  it('reports a malformed word with its line, saying what is expected', async () => {
    const yaml = edited('    purse, nurses,', "    purse, \"Nurse's\",");
    const problems = await problemsWith(yaml);
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p.path).toMatch(/^understanding\.commonWords\[\d+\]$/);
    expect(p.message).toBe(`"Nurse's": must be one lower-case word of letters and digits, with no spaces or punctuation (the bot reads what people type word by word, with punctuation taken out)`);
    expect(p.fix).toBe('write one word only, e.g. "nurse"');
    expect(p.line).toBe(lineOf(yaml, '"Nurse\'s"'));
  });

  it('reports a spelling written with capitals, a bad meaning and an unquoted number', async () => {
    const yaml = edited('    wanna: want to\n', '    Wanna: want to\n    gunna: Going-To\n').replace('    three: "3"', '    three: 3');
    const problems = await problemsWith(yaml);
    const key = find(problems, 'understanding.spellings.Wanna');
    expect(key.message).toContain('the key "Wanna": must be one lower-case word');
    expect(key.fix).toBe('write it as "wanna"');
    expect(key.line).toBe(lineOf(yaml, 'Wanna'));
    const meaning = find(problems, 'understanding.spellings.gunna');
    expect(meaning.message).toContain('"Going-To": must be lower-case words');
    expect(meaning.fix).toBe('write it as "going to"');
    const number = find(problems, 'understanding.numberWords.three');
    expect(number.message).toBe('should be text, not 3');
    expect(number.fix).toBe('put the value in quotes');
    expect(problems).toHaveLength(3);
  });

  it('reports a keyword too short to be corrected to, a missing list and a misspelt field', async () => {
    const yaml = edited('  keywords: [\n    become,', '  keywords: [\n    cv, become,').replace('  fillerWords:', '  filerWords:');
    const problems = await problemsWith(yaml);
    expect(find(problems, 'understanding.keywords[0]').message).toContain('a keyword needs at least 4 letters');
    expect(find(problems, 'understanding.fillerWords').message).toBe('"fillerWords" is missing');
    const unknown = find(problems, 'understanding.filerWords');
    expect(unknown.fix).toContain('did you mean "fillerWords"');
    expect(unknown.line).toBe(lineOf(yaml, 'filerWords'));
  });

  it('reports a cue phrase that is both a target and a current cue', async () => {
    const yaml = edited('    target:\n      - become\n', '    target:\n      - become\n      - working as\n');
    const problems = await problemsWith(yaml);
    expect(problems).toHaveLength(1);
    const p = find(problems, 'understanding.cues.target[1]');
    expect(p.message).toMatch(/^"working as" is both a target cue and a current cue \(current\[\d+\]\)$/);
    expect(p.fix).toContain('keep it in one of the two lists');
    expect(p.line).toBe(lineOf(yaml, '      - become\n      - working as') + 1);
  });
});
