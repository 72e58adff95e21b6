/**
 * Loads a content folder: every `*.yaml` / `*.yml` file under it (recursively,
 * sorted by path), parsed, validated against `contentFileSchema`, merged by
 * section, cross-referenced and normalised to the `Content` model.
 *
 * Problems are collected, never thrown one at a time: `loadContent` throws a
 * single `ContentError` listing all of them; `checkContent` returns them.
 *
 * Every folder needs a `signposting` section (what the bot says to someone in
 * distress); its absence is reported, like "no roles", only when every file
 * could be read, since a syntax error may be hiding it. `calendar` is optional
 * (no bank holidays). Trusts start from a copy of the shipped signposting.yaml.
 */
import { readdir, stat, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument, type Document } from 'yaml';
import jsyaml from 'js-yaml';
import type { z } from 'zod';
import {
  QUESTION_KINDS,
  calendarSchema,
  contentFileSchema,
  noteSchema,
  programmeSchema,
  requirementSchema,
  resourceSchema,
  roleSchema,
  routeSchema,
  signpostingSchema,
  type CalendarInput,
  type CheckinInput,
  type CheckinOffsetInput,
  type CheckinQuestionInput,
  type DurationInput,
  type LocalExampleInput,
  type NoteInput,
  type ProgrammeInput,
  type RequirementInput,
  type ResourceInput,
  type RoleInput,
  type RouteInput,
  type SignpostingInput,
  type SourceInput,
} from './schema.js';
import {
  ContentError,
  type Checkin,
  type CheckinOffset,
  type CheckinQuestion,
  type Content,
  type ContentProblem,
  type Duration,
  type LocalExample,
  type Note,
  type Programme,
  type Requirement,
  type Resource,
  type Role,
  type Route,
  type Signposting,
  type SignpostingService,
  type Source,
} from './model.js';
import { normaliseDistressText } from './signposting.js';
import { editDistance } from '../text/edit-distance.js';

/** Levenshtein distance (no limit, a swap of neighbours counts as two edits). */
export { editDistance };

/** Sections that are lists of entries with ids; each may be split across files. */
export const SECTIONS = ['roles', 'routes', 'requirements', 'resources', 'notes', 'programmes'] as const;
type Section = (typeof SECTIONS)[number];

/** Sections that are a single mapping, written once per content folder. */
export const SINGLE_SECTIONS = ['signposting', 'calendar'] as const;
type SingleSection = (typeof SINGLE_SECTIONS)[number];

/** Every top-level key a content file may have. */
export const ALL_SECTIONS: readonly string[] = [...SECTIONS, ...SINGLE_SECTIONS];

const SECTION_SCHEMAS = {
  roles: roleSchema,
  routes: routeSchema,
  requirements: requirementSchema,
  resources: resourceSchema,
  notes: noteSchema,
  programmes: programmeSchema,
} as const;

const SINGLE_SCHEMAS = {
  signposting: signpostingSchema,
  calendar: calendarSchema,
} as const;

/** Singular nouns for messages. */
const SECTION_NOUN: Record<Section, string> = {
  roles: 'role',
  routes: 'route',
  requirements: 'requirement',
  resources: 'resource',
  notes: 'note',
  programmes: 'programme',
};

export interface CheckResult {
  content?: Content;
  problems: ContentProblem[];
  summary: string;
}

/** Load and check a content folder; throws `ContentError` listing every problem. */
export async function loadContent(dir: string): Promise<Content> {
  const result = await checkContent(dir);
  if (result.problems.length > 0 || !result.content) throw new ContentError(dir, result.problems);
  return result.content;
}

/** Load and check a content folder without throwing. `content` is set only when there are no problems. */
export async function checkContent(dir: string): Promise<CheckResult> {
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

  const items: Record<Section, Item<unknown>[]> = {
    roles: [],
    routes: [],
    requirements: [],
    resources: [],
    notes: [],
    programmes: [],
  };
  /** Every entry that is a mapping, valid or not, for the cross-reference checks. */
  const raw: Record<Section, Item<Raw>[]> = {
    roles: [],
    routes: [],
    requirements: [],
    resources: [],
    notes: [],
    programmes: [],
  };
  /** Single sections (signposting, calendar), one per file that has them. */
  const singles: Record<SingleSection, SingleItem[]> = { signposting: [], calendar: [] };

  const locators = new Map<string, Locator>();
  let unreadable = 0;
  for (const abs of files ?? []) {
    const file = relative(root, abs).split(sep).join('/');
    const text = await readFile(abs, 'utf8');
    if (!parseFile(file, text, items, raw, singles, problems, locators)) unreadable++;
  }

  const roles = items.roles as Item<RoleInput>[];
  const routes = items.routes as Item<RouteInput>[];
  const requirements = items.requirements as Item<RequirementInput>[];
  const resources = items.resources as Item<ResourceInput>[];
  const notes = items.notes as Item<NoteInput>[];
  const programmes = items.programmes as Item<ProgrammeInput>[];

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

  crossCheck(raw, problems, locators);
  crossCheckSingles(singles, problems, locators);
  // Group by file (stable, so each file's problems keep their order).
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

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

  const signposting = singles.signposting[0]?.value as SignpostingInput | undefined;
  if (problems.length > 0 || !signposting) return { problems, summary };
  const calendar = singles.calendar[0]?.value as CalendarInput | undefined;

  const content: Content = {
    dir: root,
    roles: new Map(roles.map((r) => [r.value.id, normaliseRole(r.value)])),
    routes: routes.map((r) => normaliseRoute(r.value)),
    requirements: new Map(requirements.map((r) => [r.value.id, normaliseRequirement(r.value)])),
    resources: resources.map((r) => normaliseResource(r.value)),
    notes: notes.map((r) => normaliseNote(r.value)),
    programmes: new Map(programmes.map((r) => [r.value.id, normaliseProgramme(r.value)])),
    signposting: normaliseSignposting(signposting),
    bankHolidays: new Set(calendar?.bankHolidays.dates ?? []),
  };
  return { content, problems, summary };
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

// ---------------------------------------------------------------------------
// Files

/** The YAML files of a content folder, sorted by their path inside it; null (with a problem) if there is no folder. */
export async function listYamlFiles(root: string, problems: ContentProblem[]): Promise<string[] | null> {
  try {
    const s = await stat(root);
    if (!s.isDirectory()) {
      problems.push({ file: '.', path: '', message: `${root} is not a folder`, fix: 'give the path of the content folder' });
      return null;
    }
  } catch {
    problems.push({
      file: '.',
      path: '',
      message: `the folder ${root} does not exist`,
      fix: 'check the path, or create the folder and add YAML files to it',
    });
    return null;
  }
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(p);
    }
  };
  await walk(root);
  const key = (p: string) => relative(root, p).split(sep).join('/');
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Finds the line of a path inside one file. */
type Locator = (path: PropertyKey[]) => number | undefined;

interface Item<T> {
  file: string;
  /** Index within its own file's section. */
  index: number;
  section: Section;
  value: T;
}

/** A single section as found in one file: the raw mapping, and the parsed value when it is valid. */
interface SingleItem {
  file: string;
  section: SingleSection;
  raw: unknown;
  value?: unknown;
}

function parseFile(
  file: string,
  text: string,
  items: Record<Section, Item<unknown>[]>,
  raw: Record<Section, Item<Raw>[]>,
  singles: Record<SingleSection, SingleItem[]>,
  problems: ContentProblem[],
  locators: Map<string, Locator>,
): boolean {
  // js-yaml parses about six times faster; the \`yaml\` package, which knows where
  // every node is, is used only when there is a problem to point at.
  let fast: unknown;
  let fastOk = true;
  try {
    fast = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch {
    fastOk = false;
  }
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { doc: parseDocument(text, { lineCounter, prettyErrors: true }), lineCounter };
    }
    return located;
  };
  const lineAt = (path: PropertyKey[], key?: string) => {
    const { doc, lineCounter } = locate();
    return lineOf(doc, lineCounter, path, key);
  };
  locators.set(file, (path) => lineAt(path));
  const doc = fastOk ? undefined : locate().doc;
  if (doc && doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
      problems.push({
        file,
        path: '',
        line: pos?.line,
        message: `YAML syntax error${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${first}`,
        fix: yamlFix(e.code),
      });
    }
    return false;
  }
  const data: unknown = doc ? doc.toJS() : fast;
  if (data === null || data === undefined) {
    problems.push({
      file,
      path: '',
      message: 'the file is empty',
      fix: `add a section such as "roles:" or delete the file`,
    });
    return true;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      path: '',
      line: 1,
      message: `the file must be a mapping of sections (${ALL_SECTIONS.join(', ')}), not ${describeValue(data)}`,
      fix: 'start the file with a section name such as "roles:" and list the entries under it',
    });
    return false;
  }

  const parsed = contentFileSchema.safeParse(data, { reportInput: true, error: () => DEFAULT_MESSAGE });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of translateIssue(issue as Issue, [])) {
        problems.push({ ...withoutKey(p), file, line: lineAt(p.path, p.key) });
      }
    }
  }

  // Keep what is valid, item by item, so one bad entry does not hide the rest
  // (and does not cause a flood of "unknown id" problems elsewhere).
  const record = data as Record<string, unknown>;
  for (const section of SECTIONS) {
    const list = record[section];
    if (!Array.isArray(list)) continue;
    const schema = SECTION_SCHEMAS[section] as z.ZodType;
    list.forEach((entry: unknown, index) => {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        raw[section].push({ file, index, section, value: entry as Raw });
      }
      const r = schema.safeParse(entry);
      if (r.success) items[section].push({ file, index, section, value: r.data });
    });
  }
  for (const section of SINGLE_SECTIONS) {
    if (!(section in record)) continue;
    const single: SingleItem = { file, section, raw: record[section] };
    const r = (SINGLE_SCHEMAS[section] as z.ZodType).safeParse(record[section]);
    if (r.success) single.value = r.data;
    singles[section].push(single);
  }
  return true;
}

function yamlFix(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear only once in a mapping; remove or rename the repeated one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and brackets around that line; lists use "- " and indent consistently with spaces';
    case 'TAB_AS_INDENT':
      return 'use spaces, not tabs, to indent';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key is probably missing its colon, or the line above is not indented correctly';
    default:
      return 'check the line for a missing colon, quote or bracket; text containing ": " or "#" must be in quotes';
  }
}

// ---------------------------------------------------------------------------
// Zod issues to plain problems

const DEFAULT_MESSAGE = '\u0000default';

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  errors?: Issue[][];
}

interface PendingProblem {
  path: PropertyKey[];
  message: string;
  fix?: string;
  /** For unknown keys: the key itself, to find its line. */
  key?: string;
}

function withoutKey(p: PendingProblem): ContentProblem {
  const out: ContentProblem = { file: '', path: formatPath(p.path), message: p.message };
  if (p.fix) out.fix = p.fix;
  return out;
}

/** `['routes', 3, 'to']` to `routes[3].to`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const part of path) {
    if (typeof part === 'number') s += `[${part}]`;
    else s += s === '' ? String(part) : `.${String(part)}`;
  }
  return s;
}

const ENUM_NOUNS: Record<string, string> = {
  areas: 'a roadmap area',
  family: 'a role family',
  bands: 'an Agenda for Change band',
  kind: 'a route kind',
  status: 'a source status',
  unit: 'a time unit',
  standard: 'a preceptorship standard',
  notify: 'someone the bot can tell',
  region: 'a bank holiday region',
};

/** The noun for an enum at `path`, where the same key means different things in different sections. */
function enumNoun(path: readonly PropertyKey[], key: string | undefined): string | undefined {
  if (key === 'kind' && path[0] === 'programmes') {
    return path.includes('questions') ? 'a question kind' : 'a programme kind';
  }
  return key ? ENUM_NOUNS[key] : undefined;
}

function lastKey(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

function translateIssue(issue: Issue, prefix: PropertyKey[]): PendingProblem[] {
  const path = [...prefix, ...issue.path];
  const custom = issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  const key = lastKey(path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      const allowed = allowedKeysAt(path);
      return keys.map((k) => {
        const near = closest(k, allowed);
        if (path.length === 0) {
          return {
            path: [k],
            key: k,
            message: `"${k}" is not a section`,
            fix: `${near ? `did you mean "${near}"? ` : ''}Sections are ${ALL_SECTIONS.join(', ')}`,
          };
        }
        return {
          path: [...path, k],
          key: k,
          message: `"${k}" is not a field here`,
          fix: `${near ? `did you mean "${near}"? Otherwise remove it. ` : 'remove it. '}Allowed fields: ${allowed.join(', ')}`,
        };
      });
    }
    case 'invalid_union': {
      if (key === 'from' && path.length === 3) {
        return [
          {
            path,
            message: `from must be "any" or a list of role ids, not ${describeValue(issue.input)}`,
            fix:
              typeof issue.input === 'string'
                ? `write it as a list: from: [${issue.input}]`
                : 'write from: any, or from: [role-id, other-role-id]',
          },
        ];
      }
      // Pick the branch that got furthest (fewest type mismatches at the top).
      const branches = issue.errors ?? [];
      const best = branches
        .filter((b) => b.length > 0)
        .sort((a, b) => score(a) - score(b))[0];
      if (key === 'sources' || (path.length >= 2 && path[path.length - 2] === 'sources')) {
        if (best && score(best) === 0) return best.flatMap((i) => translateIssue(i, path));
        return [
          {
            path,
            message: `a source must be a web address or a mapping with url (and optional label and status), not ${describeValue(issue.input)}`,
            fix: 'write - https://... or - { url: https://..., label: "...", status: local }',
          },
        ];
      }
      if (best) return best.flatMap((i) => translateIssue(i, path));
      return [{ path, message: custom ?? 'has a value that is not allowed here' }];
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      const list = values.map((v) => String(v)).join(', ');
      const noun = enumNoun(path, key) ?? 'an allowed value';
      if (typeof issue.input === 'number' && values.includes(String(issue.input))) {
        return [
          {
            path,
            message: `${issue.input} must be written as text`,
            fix: `put it in quotes: "${issue.input}"`,
          },
        ];
      }
      const near = typeof issue.input === 'string' ? closest(issue.input, values.map(String), 4) : undefined;
      return [
        {
          path,
          message: custom ?? `${describeValue(issue.input)} is not ${noun}`,
          fix: `${near ? `did you mean "${near}"? ` : ''}use one of ${list}`,
        },
      ];
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [
          {
            path,
            message: custom ?? `"${key ?? 'value'}" is missing`,
            fix: `add ${key ?? 'it'}: ${exampleFor(issue.expected)}`,
          },
        ];
      }
      return [
        {
          path,
          message: custom ?? `should be ${describeExpected(issue.expected)}, not ${describeValue(issue.input)}`,
          fix:
            issue.expected === 'array'
              ? 'write a list, e.g. [first, second] or one "- item" per line'
              : issue.expected === 'string'
                ? 'put the value in quotes'
                : undefined,
        },
      ];
    }
    case 'too_small': {
      const min = Number(issue.minimum ?? 0);
      if (issue.origin === 'array') {
        return [
          {
            path,
            message: custom ?? `needs at least ${min} item${min === 1 ? '' : 's'}`,
            fix: key === 'sources' ? 'add the source URL from the domain brief that supports this entry' : undefined,
          },
        ];
      }
      if (issue.origin === 'string') {
        return [{ path, message: custom ?? `is too short: write at least ${min} characters` }];
      }
      return [{ path, message: custom ?? `must be at least ${min}` }];
    }
    case 'too_big': {
      const max = Number(issue.maximum ?? 0);
      if (issue.origin === 'array') return [{ path, message: custom ?? `may have at most ${max} items` }];
      if (issue.origin === 'string') return [{ path, message: custom ?? `is too long: at most ${max} characters` }];
      return [{ path, message: custom ?? `must be at most ${max}` }];
    }
    case 'invalid_format': {
      if (issue.format === 'date') {
        return [
          {
            path,
            message: custom ?? `${describeValue(issue.input)} is not a date`,
            fix: 'write the date as YYYY-MM-DD, e.g. 2026-11-01',
          },
        ];
      }
      const fix =
        key === 'id' || key === 'to' || ['from', 'requires', 'entry', 'implies', 'roles', 'routes', 'appliesTo'].includes(key ?? '')
          ? typeof issue.input === 'string'
            ? `write it as "${slugify(issue.input)}"`
            : undefined
          : undefined;
      return [{ path, message: `${describeValue(issue.input)}: ${custom ?? 'is not in the right format'}`, fix }];
    }
    case 'custom': {
      const fix =
        custom && custom.startsWith('must be a full web address')
          ? 'copy the full address from the domain brief, including https://'
          : undefined;
      const shown = issue.input !== undefined && typeof issue.input !== 'object' ? `${describeValue(issue.input)}: ` : '';
      return [{ path, message: `${shown}${custom ?? 'is not valid'}`, fix }];
    }
    default:
      return [{ path, message: custom ?? 'is not valid' }];
  }
}

function score(branch: Issue[]): number {
  return branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0).length;
}

function describeExpected(expected: string | undefined): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    default:
      return expected ?? 'something else';
  }
}

function exampleFor(expected: string | undefined): string {
  switch (expected) {
    case 'array':
      return '[...]';
    case 'object':
      return '{ ... }';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return '"..."';
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The field names a strict object at `path` accepts, found by walking the schema. */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = contentFileSchema;
  for (const part of path) {
    schema = unwrap(schema);
    const def = defOf(schema);
    if (!def) return [];
    if (def.type === 'object' && typeof part === 'string') schema = def.shape?.[part];
    else if (def.type === 'array' && typeof part === 'number') schema = def.element;
    else return [];
  }
  const def = defOf(unwrap(schema));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

interface LooseDef {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  options?: unknown[];
  in?: unknown;
}

function defOf(schema: unknown): LooseDef | undefined {
  return (schema as { _zod?: { def?: LooseDef } } | undefined)?._zod?.def;
}

function unwrap(schema: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const def = defOf(schema);
    if (!def) return schema;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
      schema = def.innerType;
    } else if (def.type === 'pipe') {
      schema = def.in;
    } else if (def.type === 'union') {
      const obj = def.options?.find((o) => defOf(unwrap(o))?.type === 'object');
      if (!obj) return schema;
      schema = obj;
    } else return schema;
  }
  return schema;
}

function lineOf(doc: Document, lc: LineCounter, path: PropertyKey[], key?: string): number | undefined {
  const pathInDoc = key ? path.slice(0, -1) : path;
  for (let n = pathInDoc.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(pathInDoc.slice(0, n), true);
    if (!isNode(node)) continue;
    if (key && n === pathInDoc.length && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const k = pair?.key;
      if (isNode(k) && k.range) return lc.linePos(k.range[0]).line;
    }
    if (node.range) return lc.linePos(node.range[0]).line;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Cross-references

type Raw = Record<string, unknown>;

function where(item: Item<unknown>): string {
  return `${item.section}[${item.index}] in ${item.file}`;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** The string entries of a list, with their indexes (other entries are zod's business). */
const strList = (v: unknown): [number, string][] =>
  Array.isArray(v) ? v.flatMap((x, i): [number, string][] => (typeof x === 'string' ? [[i, x]] : [])) : [];

/**
 * Checks references between entries. Runs over every entry that is a mapping,
 * valid or not, so a problem in one field does not hide a broken reference in another.
 */
function crossCheck(all: Record<Section, Item<Raw>[]>, problems: ContentProblem[], locators: Map<string, Locator>): void {
  const add = (item: Item<unknown>, rest: (string | number)[], message: string, fix?: string) => {
    const path = [item.section, item.index, ...rest];
    const p: ContentProblem = { file: item.file, path: formatPath(path), message };
    if (fix) p.fix = fix;
    const line = locators.get(item.file)?.(path);
    if (line !== undefined) p.line = line;
    problems.push(p);
  };

  // Duplicate ids, per section, across files.
  const ids = {} as Record<Section, Map<string, Item<Raw>>>;
  for (const section of SECTIONS) {
    const seen = new Map<string, Item<Raw>>();
    for (const item of all[section]) {
      const id = str(item.value.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        add(
          item,
          ['id'],
          `the ${SECTION_NOUN[section]} id "${id}" is already used by ${where(first)}`,
          `give each ${SECTION_NOUN[section]} its own id, or remove one of the two`,
        );
      } else seen.set(id, item);
    }
    ids[section] = seen;
  }

  const known = (section: Section, id: string) => ids[section].has(id);
  const roleIds = [...ids.roles.keys()];
  const requirementIds = [...ids.requirements.keys()];
  const routeIds = [...ids.routes.keys()];
  const normName = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, ' ').trim();

  const suggestRole = (bad: string): string | undefined => {
    const n = normName(bad);
    for (const r of all.roles) {
      const names = [str(r.value.title), ...strList(r.value.synonyms).map(([, x]) => x)]
        .filter((x): x is string => x !== undefined)
        .map(normName);
      const id = str(r.value.id);
      if (id && names.includes(n)) return id;
    }
    return closest(bad, roleIds, Infinity);
  };
  const unknownRole = (item: Item<unknown>, rest: (string | number)[], bad: string) => {
    const near = suggestRole(bad);
    add(
      item,
      rest,
      `there is no role with id "${bad}"`,
      near ? `did you mean "${near}"? Otherwise add a role with id "${bad}"` : `add a role with id "${bad}"`,
    );
  };
  const unknownRequirement = (item: Item<unknown>, rest: (string | number)[], bad: string) => {
    const near = closest(bad, requirementIds, Infinity);
    add(
      item,
      rest,
      `there is no requirement with id "${bad}"`,
      near ? `did you mean "${near}"? Otherwise add it to the requirements section` : 'add it to the requirements section',
    );
  };

  for (const item of all.roles) {
    for (const [i, r] of strList(item.value.entry)) if (!known('requirements', r)) unknownRequirement(item, ['entry', i], r);
  }

  for (const item of all.requirements) {
    for (const [i, r] of strList(item.value.implies)) {
      if (r === item.value.id) add(item, ['implies', i], 'a requirement cannot imply itself', 'remove it from implies');
      else if (!known('requirements', r)) unknownRequirement(item, ['implies', i], r);
    }
  }

  for (const item of all.routes) {
    const to = str(item.value.to);
    if (to !== undefined && !known('roles', to)) unknownRole(item, ['to'], to);
    for (const [i, f] of strList(item.value.from)) {
      if (f === to) {
        add(item, ['from', i], `the route starts from the role it leads to ("${f}")`, `remove "${f}" from from`);
      } else if (!known('roles', f)) unknownRole(item, ['from', i], f);
    }
    for (const [i, q] of strList(item.value.requires)) {
      if (!known('requirements', q)) unknownRequirement(item, ['requires', i], q);
    }
  }

  for (const item of all.resources) {
    for (const [i, r] of strList(item.value.roles)) if (!known('roles', r)) unknownRole(item, ['roles', i], r);
    for (const [i, r] of strList(item.value.routes)) {
      if (!known('routes', r)) {
        const near = closest(r, routeIds, Infinity);
        add(
          item,
          ['routes', i],
          `there is no route with id "${r}"`,
          near ? `did you mean "${near}"?` : 'use the id of a route in the routes section',
        );
      }
    }
  }

  const anyIds = [...roleIds, ...routeIds, ...requirementIds, ...ids.resources.keys()];
  for (const item of all.notes) {
    for (const [i, a] of strList(item.value.appliesTo)) {
      if (!(['roles', 'routes', 'requirements', 'resources'] as const).some((s) => known(s, a))) {
        const near = closest(a, anyIds, Infinity);
        add(
          item,
          ['appliesTo', i],
          `there is no role, route, requirement or resource with id "${a}"`,
          near ? `did you mean "${near}"?` : undefined,
        );
      }
    }
  }

  // A title or synonym should point at one role only, or questions that use it become ambiguous.
  const names = new Map<string, Item<Raw>>();
  for (const item of all.roles) {
    const id = str(item.value.id);
    const own = new Set<string>();
    const check = (name: string, rest: (string | number)[]) => {
      const n = normName(name);
      if (own.has(n)) return;
      own.add(n);
      const other = names.get(n);
      if (other && str(other.value.id) !== id) {
        add(
          item,
          rest,
          `"${name}" is also the title or a synonym of role "${str(other.value.id)}" (${where(other)})`,
          'keep each name on one role only, so questions that use it are not ambiguous',
        );
      } else names.set(n, item);
    };
    const title = str(item.value.title);
    if (title) check(title, ['title']);
    for (const [i, syn] of strList(item.value.synonyms)) check(syn, ['synonyms', i]);
  }

  for (const item of all.programmes) checkProgramme(item, add, unknownRole, (r) => known('roles', r));
}

type AddProblem = (item: Item<unknown>, rest: (string | number)[], message: string, fix?: string) => void;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const mapping = (v: unknown): Raw | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined;
const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

/** Average days in a month, to put check-in offsets of months and of days on one scale. */
const DAYS_PER_MONTH = 365.25 / 12;

/** A raw `after: { days, weeks, months }` as an offset, or undefined when it is not valid (zod reports that). */
function rawOffset(after: unknown): CheckinOffset | undefined {
  const a = mapping(after);
  if (!a) return undefined;
  const parts = ['days', 'weeks', 'months'].map((k) => (a[k] === undefined ? 0 : count(a[k])));
  if (parts.some((n) => n === undefined) || ['days', 'weeks', 'months'].every((k) => a[k] === undefined)) return undefined;
  const [days = 0, weeks = 0, months = 0] = parts as number[];
  return { months, days: weeks * 7 + days };
}

/** An offset in months, with days counted as average months (for ordering and limits only). */
function approxMonths(o: CheckinOffset): number {
  return o.months + o.days / DAYS_PER_MONTH;
}

/** "3 months and 2 weeks", "the first day". */
export function describeOffset(o: CheckinOffset): string {
  if (o.months === 0 && o.days === 0) return 'the first day';
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (o.months) parts.push(plural(o.months, 'month'));
  if (o.days % 7 === 0 && o.days > 0) parts.push(plural(o.days / 7, 'week'));
  else if (o.days) parts.push(plural(o.days, 'day'));
  return `${parts.join(' and ')} after the start`;
}

/** Checks one programme's check-ins: questions, ids, order and timing, and its roles. */
function checkProgramme(
  item: Item<Raw>,
  add: AddProblem,
  unknownRole: (item: Item<unknown>, rest: (string | number)[], bad: string) => void,
  isRole: (id: string) => boolean,
): void {
  const p = item.value;
  for (const [i, r] of strList(p.roles)) if (!isRole(r)) unknownRole(item, ['roles', i], r);

  if (p.kind === 'induction' && p.standard !== undefined && p.standard !== null) {
    add(item, ['standard'], 'only preceptorship programmes follow a national preceptorship standard', 'remove standard, or set it to null');
  }

  const length = typeof p.lengthMonths === 'number' && p.lengthMonths > 0 ? p.lengthMonths : undefined;
  const checkinIds = new Map<string, number>();
  let previous: { offset: CheckinOffset; id: string } | undefined;

  list(p.checkins).forEach((c, ci) => {
    const checkin = mapping(c);
    if (!checkin) return;
    const at = (...rest: (string | number)[]) => ['checkins', ci, ...rest];

    const cid = str(checkin.id);
    if (cid !== undefined) {
      const first = checkinIds.get(cid);
      if (first !== undefined) {
        add(item, at('id'), `the check-in id "${cid}" is already used by checkins[${first}] in this programme`, 'give each check-in its own id');
      } else checkinIds.set(cid, ci);
    }

    const offset = rawOffset(checkin.after);
    if (offset) {
      if (previous && approxMonths(offset) <= approxMonths(previous.offset)) {
        add(
          item,
          at('after'),
          `this check-in (${describeOffset(offset)}) is not later than the one before it, "${previous.id}" (${describeOffset(previous.offset)})`,
          'list check-ins in the order they happen, each one later than the last',
        );
      }
      if (length !== undefined && approxMonths(offset) > length + 1 + 1e-9) {
        add(
          item,
          at('after'),
          `this check-in (${describeOffset(offset)}) is after the end of the programme: it lasts ${length} month${length === 1 ? '' : 's'}, so check-ins must be within ${length + 1} months of the start`,
          'move the check-in earlier, or make lengthMonths longer',
        );
      }
      previous = { offset, id: cid ?? `checkins[${ci}]` };
    }

    const questions = list(checkin.questions);
    const questionIds = new Map<string, number>();
    let ratings = 0;
    let texts = 0;
    questions.forEach((q, qi) => {
      const question = mapping(q);
      if (!question) return;
      const qid = str(question.id);
      if (qid !== undefined) {
        const first = questionIds.get(qid);
        if (first !== undefined) {
          add(item, at('questions', qi, 'id'), `the question id "${qid}" is already used by questions[${first}] in this check-in`, 'give each question its own id');
        } else questionIds.set(qid, qi);
      }
      if (question.kind === 'rating') {
        ratings++;
        if (ratings === 2) {
          add(
            item,
            at('questions', qi, 'kind'),
            'this is a second rating question; each check-in has exactly one (the one-tap 1 to 5 confidence rating)',
            'change its kind to text, yesno or checklist, or remove it',
          );
        }
      }
      if (question.kind === 'text') texts++;
      const optionIds = new Map<string, number>();
      list(question.options).forEach((o, oi) => {
        const oid = str(mapping(o)?.id);
        if (oid === undefined) return;
        const first = optionIds.get(oid);
        if (first !== undefined) {
          add(item, at('questions', qi, 'options', oi, 'id'), `the option id "${oid}" is already used by options[${first}] in this question`, 'give each option its own id');
        } else optionIds.set(oid, oi);
      });
    });
    // A misspelt kind is reported by zod; counting around it would only add noise.
    const kindsKnown = questions.every((q) => (QUESTION_KINDS as readonly unknown[]).includes(mapping(q)?.kind));
    if (Array.isArray(checkin.questions) && kindsKnown) {
      if (ratings === 0) {
        add(
          item,
          at('questions'),
          'has no rating question; each check-in has exactly one (the one-tap 1 to 5 confidence rating)',
          'add a question with kind: rating, e.g. text: "How confident do you feel in your role right now?"',
        );
      }
      if (texts === 0) {
        add(
          item,
          at('questions'),
          'has no text question; each check-in needs at least one, so people can say what they need',
          'add a question with kind: text, e.g. text: "Is there anything you need, or anything worrying you?"',
        );
      }
    }
  });
}

/** Checks the single sections: each written once, phrases distinct, dates real and distinct. */
function crossCheckSingles(
  singles: Record<SingleSection, SingleItem[]>,
  problems: ContentProblem[],
  locators: Map<string, Locator>,
): void {
  const add = (file: string, path: (string | number)[], message: string, fix?: string) => {
    const p: ContentProblem = { file, path: formatPath(path), message };
    if (fix) p.fix = fix;
    const line = locators.get(file)?.(path);
    if (line !== undefined) p.line = line;
    problems.push(p);
  };

  for (const section of SINGLE_SECTIONS) {
    const [first, ...rest] = singles[section];
    for (const other of rest) {
      add(
        other.file,
        [section],
        `the ${section} section is already in ${first!.file}`,
        `keep the ${section} section in one file only`,
      );
    }
  }

  for (const s of singles.signposting) {
    const distress = mapping(mapping(s.raw)?.distress);
    const seen = new Map<string, number>();
    for (const [i, phrase] of strList(distress?.phrases)) {
      const norm = normaliseDistressText(phrase);
      if (norm === '') continue;
      const first = seen.get(norm);
      if (first !== undefined) {
        add(s.file, ['signposting', 'distress', 'phrases', i], `"${phrase}" is the same phrase as phrases[${first}]`, 'remove one of the two');
      } else seen.set(norm, i);
    }
    const ids = new Map<string, number>();
    list(distress?.services).forEach((x, i) => {
      const id = str(mapping(x)?.id);
      if (id === undefined) return;
      const first = ids.get(id);
      if (first !== undefined) {
        add(s.file, ['signposting', 'distress', 'services', i, 'id'], `the service id "${id}" is already used by services[${first}]`, 'give each service its own id');
      } else ids.set(id, i);
    });
  }

  for (const c of singles.calendar) {
    const bank = mapping(mapping(c.raw)?.bankHolidays);
    const seen = new Map<string, number>();
    for (const [i, date] of strList(bank?.dates)) {
      const at = ['calendar', 'bankHolidays', 'dates', i];
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      if (!m) continue; // zod reports the format
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (d.toISOString().slice(0, 10) !== date) continue; // zod reports impossible dates
      const first = seen.get(date);
      if (first !== undefined) {
        add(c.file, at, `${date} is listed twice (also dates[${first}])`, 'remove one of the two');
        continue;
      }
      seen.set(date, i);
      const day = d.getUTCDay();
      if (day === 0 || day === 6) {
        add(
          c.file,
          at,
          `${date} is a ${day === 0 ? 'Sunday' : 'Saturday'}; bank holidays in England and Wales fall on weekdays (a holiday at a weekend moves to a substitute weekday)`,
          'check the date on https://www.gov.uk/bank-holidays',
        );
      }
    }
  }
}

/** The candidate nearest to `s` by edit distance, if within `limit` (default: a third of the length, at least 2). */
export function closest(s: string, candidates: readonly string[], limit?: number): string | undefined {
  const max = limit ?? Math.max(2, Math.floor(s.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    let d = editDistance(s.toLowerCase(), c.toLowerCase());
    // A prefix ("hcsw" for "hcsw-band-2") is a better guess than its raw distance suggests.
    if (c.startsWith(s) || s.startsWith(c)) d = Math.min(d, 1);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= max ? best : undefined;
}

// ---------------------------------------------------------------------------
// Normalisation

function normaliseSource(s: SourceInput): Source {
  if (typeof s === 'string') return { url: s };
  const out: Source = { url: s.url };
  if (s.label !== undefined) out.label = s.label;
  if (s.status !== undefined) out.status = s.status;
  return out;
}

export function toMonths(d: DurationInput): Duration {
  const conv = (n: number) =>
    d.unit === 'weeks' ? Math.round(((n / 52) * 12) * 10) / 10 : d.unit === 'years' ? n * 12 : n;
  return { minMonths: conv(d.min), maxMonths: conv(d.max) };
}

function normaliseRole(r: RoleInput): Role {
  const out: Role = {
    id: r.id,
    title: r.title,
    synonyms: [...r.synonyms],
    bands: [...r.bands],
    bandVaries: r.bandVaries,
    family: r.family,
    summary: r.summary,
    regulator: r.regulator ? { ...r.regulator } : null,
    entry: [...r.entry],
    caveats: [...r.caveats],
    sources: r.sources.map(normaliseSource),
  };
  if (r.common !== undefined) out.common = r.common;
  return out;
}

function normaliseExample(e: LocalExampleInput): LocalExample {
  return { trust: e.trust, summary: e.summary, sources: e.sources.map(normaliseSource) };
}

function normaliseRoute(r: RouteInput): Route {
  return {
    id: r.id,
    title: r.title,
    from: r.from === 'any' ? 'any' : [...r.from],
    to: r.to,
    kind: r.kind,
    level: r.level,
    duration: toMonths(r.duration),
    studyPattern: r.studyPattern,
    funding: r.funding,
    requires: [...r.requires],
    notes: [...r.notes],
    examples: r.examples.map(normaliseExample),
    sources: r.sources.map(normaliseSource),
  };
}

function normaliseRequirement(r: RequirementInput): Requirement {
  const out: Requirement = {
    id: r.id,
    title: r.title,
    how: r.how,
    implies: [...r.implies],
    askInProfile: r.askInProfile,
    sources: r.sources.map(normaliseSource),
  };
  if (r.duration) out.duration = toMonths(r.duration);
  if (r.funding !== undefined) out.funding = r.funding;
  return out;
}

function normaliseResource(r: ResourceInput): Resource {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    description: r.description,
    areas: [...r.areas],
    audience: [...r.audience],
    cost: r.cost,
    format: r.format,
    tags: [...r.tags],
    roles: [...r.roles],
    routes: [...r.routes],
    priority: r.priority,
    sources: r.sources.map(normaliseSource),
  };
}

function normaliseOffset(a: CheckinOffsetInput): CheckinOffset {
  return { months: a.months ?? 0, days: (a.weeks ?? 0) * 7 + (a.days ?? 0) };
}

function normaliseQuestion(q: CheckinQuestionInput): CheckinQuestion {
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    optional: q.optional ?? q.kind !== 'rating',
    options: (q.options ?? []).map((o) => ({ id: o.id, label: o.label })),
  };
}

function normaliseCheckin(c: CheckinInput): Checkin {
  return {
    id: c.id,
    title: c.title,
    offset: normaliseOffset(c.after),
    intro: c.intro,
    questions: c.questions.map(normaliseQuestion),
  };
}

function normaliseProgramme(p: ProgrammeInput): Programme {
  const out: Programme = {
    id: p.id,
    title: p.title,
    summary: p.summary,
    audience: p.audience,
    kind: p.kind,
    standard: p.standard,
    roles: [...p.roles],
    lengthMonths: p.lengthMonths,
    escalation: { lowRatingAtOrBelow: p.escalation.lowRatingAtOrBelow, notify: [...p.escalation.notify] },
    checkins: p.checkins.map(normaliseCheckin),
    sources: p.sources.map(normaliseSource),
  };
  if (p.localExample) out.localExample = normaliseExample(p.localExample);
  if (p.nudgeAfterHours !== undefined) out.nudgeAfterHours = p.nudgeAfterHours;
  return out;
}

function normaliseSignposting(s: SignpostingInput): Signposting {
  const w = s.trust.wellbeingService;
  const wellbeingService: Signposting['trust']['wellbeingService'] = { name: w.name, detail: w.detail };
  if (w.phone !== undefined) wellbeingService.phone = w.phone;
  if (w.url !== undefined) wellbeingService.url = w.url;
  const services = s.distress.services.map((x): SignpostingService => {
    // A local service without a name is the trust's own wellbeing service.
    const from = x.local && x.name === undefined ? wellbeingService : x;
    const out: SignpostingService = {
      id: x.id,
      name: from.name ?? '',
      detail: from.detail ?? '',
      local: x.local,
      sources: x.sources.map(normaliseSource),
    };
    if (from.phone !== undefined) out.phone = from.phone;
    if (from.url !== undefined) out.url = from.url;
    return out;
  });
  return {
    distress: { phrases: [...s.distress.phrases], intro: s.distress.intro, services },
    trust: { name: s.trust.name, wellbeingService },
  };
}

function normaliseNote(n: NoteInput): Note {
  return {
    id: n.id,
    title: n.title,
    text: n.text,
    checked: n.checked,
    appliesTo: [...n.appliesTo],
    sources: n.sources.map(normaliseSource),
  };
}
