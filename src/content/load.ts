/**
 * Loads a content folder: every `*.yaml` / `*.yml` file under it (recursively,
 * sorted by path), parsed, validated against `contentFileSchema`, merged by
 * section, cross-referenced and normalised to the `Content` model.
 *
 * Problems are collected, never thrown one at a time: `loadContent` throws a
 * single `ContentError` listing all of them; `checkContent` returns them.
 *
 * Every folder needs a `signposting` section (what the bot says to someone in
 * distress) and an `understanding` section (the words the bot knows when it
 * reads a question); their absence is reported, like "no roles", only when
 * every file could be read, since a syntax error may be hiding them. `calendar`
 * is optional (no bank holidays). Trusts start from a copy of the shipped
 * signposting.yaml and understanding.yaml.
 *
 * Each job has its own module: files.ts finds the files, yaml.ts parses them
 * (and finds lines), validate.ts and problems.ts check each file against the
 * schema, cross-check.ts and programme-check.ts check entries against each
 * other, suggest.ts says "did you mean", and normalise.ts builds the model.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ContentError, type Content, type ContentProblem } from './model.js';
import type {
  CalendarInput,
  NoteInput,
  ProgrammeInput,
  RequirementInput,
  ResourceInput,
  RoleInput,
  RouteInput,
  SignpostingInput,
  UnderstandingInput,
  IntentExamplesInput,
  OutOfScopeInput,
  GlossaryEntryInput,
  ReadingInput,
} from './schema.js';
import { crossCheck, crossCheckSingles, resourceTopicWarnings } from './cross-check.js';
import { calendarWarnings, routeSourceWarnings } from './warnings.js';
import { contentPath, listYamlFiles } from './files.js';
import { toContent } from './normalise.js';
import { emptyCollected, type Collected, type Item } from './sections.js';
import { collectFile } from './validate.js';
import { parseYaml, type Locator } from './yaml.js';
import { checkWording, readWording, type WordingDef } from './wording.js';
import { DEFAULT_READING, readingReport, readingStrings, type ReadingReport } from './reading.js';

export { ALL_SECTIONS, SECTIONS, SINGLE_SECTIONS } from './sections.js';
export { listYamlFiles } from './files.js';
export { formatPath } from './problems.js';
export { describeOffset } from './programme-check.js';
export { closest } from './suggest.js';
export { toMonths } from './normalise.js';
/** Levenshtein distance (no limit, a swap of neighbours counts as two edits). */
export { editDistance } from '../text/edit-distance.js';

export interface CheckResult {
  content?: Content;
  problems: ContentProblem[];
  /** Not wrong, but worth a look (src/content/warnings.ts); the content still loads. */
  warnings: ContentProblem[];
  summary: string;
  /** How plainly the content reads; only when asked for with `reading: true`. */
  reading?: ReadingReport;
}

/** Load and check a content folder; throws `ContentError` listing every problem. */
export async function loadContent(dir: string, opts: LoadOptions = {}): Promise<Content> {
  const result = await checkContent(dir, opts);
  if (result.problems.length > 0 || !result.content) throw new ContentError(dir, result.problems);
  return result.content;
}

/** Load and check a content folder without throwing. `content` is set only when there are no problems. */
export interface LoadOptions {
  /** The wording specs to check `wording/*.yaml` against (the engine's and every feature's). */
  wording?: readonly WordingDef[];
  /** Today's date (ISO), for the warnings that depend on it; default: today in UTC. */
  today?: string;
  /** Measure how plainly the content reads (content check does; start-up does not need to). */
  reading?: boolean;
}

export async function checkContent(dir: string, opts: LoadOptions = {}): Promise<CheckResult> {
  const root = resolve(dir);
  const problems: ContentProblem[] = [];
  const files = await listYamlFiles(root, problems);

  if (files !== null && files.length === 0) {
    problems.push({
      file: '.',
      path: '',
      message: `no .yaml or .yml files found in ${root}`,
      fix: 'point at the content folder, or add files such as roles/support.yaml with a "roles:" section',
    });
  }

  const collected = emptyCollected();
  const { items, raw, singles } = collected;
  const locators = new Map<string, Locator>();
  let unreadable = 0;
  // Read all at once (the reads wait on the disk, not on each other), then checked in the files' order.
  const list = files ?? [];
  const texts = await Promise.all(list.map((abs) => readFile(abs, 'utf8')));
  for (const [i, abs] of list.entries()) {
    const file = contentPath(root, abs);
    const text = texts[i]!;
    if (!readContentFile(file, text, collected, problems, locators)) unreadable++;
  }

  const roles = items.roles as Item<RoleInput>[];
  const routes = items.routes as Item<RouteInput>[];
  const requirements = items.requirements as Item<RequirementInput>[];
  const resources = items.resources as Item<ResourceInput>[];
  const notes = items.notes as Item<NoteInput>[];
  const programmes = items.programmes as Item<ProgrammeInput>[];
  const glossary = items.glossary as Item<GlossaryEntryInput>[];

  // Only when every file could be read: a syntax error may be hiding the roles.
  if (files && files.length > 0 && unreadable === 0 && raw.roles.length === 0) {
    problems.push({
      file: '.',
      path: '',
      message: 'the content has no roles at all',
      fix: 'add a file such as roles/support.yaml with a "roles:" section',
    });
  }
  // Signposting is required: the bot must always be able to answer someone in distress.
  if (files && files.length > 0 && unreadable === 0 && singles.signposting.length === 0) {
    problems.push({
      file: '.',
      path: '',
      message: 'the content has no signposting section (what the bot says when someone seems to be in distress)',
      fix: 'copy content/signposting.yaml from the shipped content and replace its "trust" part with your own staff wellbeing service',
    });
  }
  // So is the understanding: without its words the bot cannot read a question.
  if (files && files.length > 0 && unreadable === 0 && singles.understanding.length === 0) {
    problems.push({
      file: '.',
      path: '',
      message: 'the content has no understanding section (the words the bot knows when it reads a question: spellings, cue phrases, common words)',
      fix: 'copy content/understanding.yaml from the shipped content; add your own words to its lists if you need to',
    });
  }

  // And what it learns from, and the topics it sends elsewhere.
  for (const [section, file, what] of [
    ['intentExamples', 'intents.yaml', 'example messages for each kind of question, which the bot learns from'],
    ['outOfScope', 'out-of-scope.yaml', 'the topics the bot does not help with, and where to go instead'],
  ] as const) {
    if (files && files.length > 0 && unreadable === 0 && singles[section].length === 0) {
      problems.push({ file: '.', path: '', message: `the content has no ${section} section (${what})`, fix: `copy content/${file} from the shipped content, and add your own to it` });
    }
  }

  const wording = await readWording(root, problems);
  if (opts.wording) problems.push(...checkWording(wording, opts.wording));
  crossCheck(raw, problems, locators);
  crossCheckSingles(singles, problems, locators);
  // Group by file (stable, so each file's problems keep their order).
  const byFile = (a: ContentProblem, b: ContentProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  problems.sort(byFile);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const warnings = [
    ...calendarWarnings(singles.calendar, today, locators),
    ...routeSourceWarnings(raw.routes, raw.roles, singles.understanding, locators),
    ...resourceTopicWarnings(raw.resources, singles, locators),
  ].sort(byFile);

  const summary = summarise({
    roles: roles.length,
    routes: routes.length,
    requirements: requirements.length,
    resources: resources.length,
    notes: notes.length,
    programmes: programmes.length,
    checkins: programmes.reduce((n, p) => n + p.value.checkins.length, 0),
    bankHolidays: (singles.calendar[0]?.value as CalendarInput | undefined)?.bankHolidays.dates.length ?? 0,
  });

  const reading = opts.reading
    ? readingReport(
        readingStrings({ items, singles, wording, locators }),
        (singles.reading[0]?.value as ReadingInput | undefined) ?? DEFAULT_READING,
      )
    : undefined;

  const signposting = singles.signposting[0]?.value as SignpostingInput | undefined;
  const understanding = singles.understanding[0]?.value as UnderstandingInput | undefined;
  const intentExamples = singles.intentExamples[0]?.value as IntentExamplesInput | undefined;
  const outOfScope = singles.outOfScope[0]?.value as OutOfScopeInput | undefined;
  if (problems.length > 0 || !signposting || !understanding || !intentExamples || !outOfScope) return { problems, warnings, summary, ...(reading ? { reading } : {}) };
  const calendar = singles.calendar[0]?.value as CalendarInput | undefined;

  const content = toContent(root, {
    roles: roles.map((r) => r.value),
    routes: routes.map((r) => r.value),
    requirements: requirements.map((r) => r.value),
    resources: resources.map((r) => r.value),
    notes: notes.map((r) => r.value),
    programmes: programmes.map((r) => r.value),
    signposting,
    calendar,
    understanding,
    intentExamples,
    outOfScope,
    glossary: glossary.map((g) => g.value),
  }, wording);
  return { content, problems, warnings, summary, ...(reading ? { reading } : {}) };
}

/** Parses one file and adds what it holds to `collected`; false when nothing in it could be read. */
function readContentFile(
  file: string,
  text: string,
  collected: Collected,
  problems: ContentProblem[],
  locators: Map<string, Locator>,
): boolean {
  const parsed = parseYaml(file, text);
  locators.set(file, parsed.lineAt);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return false;
  }
  return collectFile(file, parsed.data, parsed.lineAt, collected, problems);
}

/** Counts for the one-line summary. The new sections are listed only when the content has them. */
export interface SummaryCounts {
  roles: number;
  routes: number;
  requirements: number;
  resources: number;
  notes: number;
  programmes?: number;
  checkins?: number;
  bankHolidays?: number;
}

export function summarise(c: SummaryCounts): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    plural(c.roles, 'role', 'roles'),
    plural(c.routes, 'route', 'routes'),
    plural(c.requirements, 'requirement', 'requirements'),
    plural(c.resources, 'resource', 'resources'),
    plural(c.notes, 'note', 'notes'),
  ];
  if (c.programmes) {
    parts.push(
      `${plural(c.programmes, 'programme', 'programmes')}${c.checkins ? ` (${plural(c.checkins, 'check-in', 'check-ins')})` : ''}`,
    );
  }
  if (c.bankHolidays) parts.push(plural(c.bankHolidays, 'bank holiday', 'bank holidays'));
  return parts.join(', ');
}
