/**
 * The whole-file schema check in plain English: zod's issues for a content
 * file become problems with a path, a message a trust can act on and a fix
 * ("did you mean" where a near name exists).
 */
import type { ContentProblem } from './model.js';
import { UNDERSTANDING_PHRASE_MESSAGE, UNDERSTANDING_WORD_MESSAGE, contentFileSchema, type ContentFileOutput } from './schema.js';
import { ALL_SECTIONS } from './sections.js';
import { closest } from './suggest.js';
import type { Locator } from './yaml.js';

/**
 * Problems with `data` (a parsed file that is a mapping) against the content file
 * schema, each with its line; with none, the file as the schema reads it.
 */
export function schemaProblems(file: string, data: unknown, lineAt: Locator): { problems: ContentProblem[]; checked?: ContentFileOutput } {
  const problems: ContentProblem[] = [];
  const parsed = contentFileSchema.safeParse(data, { reportInput: true, error: () => DEFAULT_MESSAGE });
  if (parsed.success) return { problems, checked: parsed.data };
  for (const issue of parsed.error.issues) {
    for (const p of translateIssue(issue as Issue, [])) {
      problems.push({ ...withoutKey(p), file, line: lineAt(p.path, p.key) });
    }
  }
  return { problems };
}

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
  /** For an invalid key of a mapping (a record): what is wrong with the key. */
  issues?: Issue[];
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
    case 'invalid_key': {
      // A key of a free mapping (understanding.spellings): say what is wrong with the key itself.
      const inner = issue.issues ?? [];
      if (inner.length === 0) return [{ path, message: `the key ${describeValue(issue.input)} is not valid` }];
      return inner.flatMap((i) => translateIssue({ ...i, path: [] }, path)).map((p) => ({ ...p, message: `the key ${p.message}` }));
    }
    case 'invalid_format': {
      if (custom === UNDERSTANDING_WORD_MESSAGE || custom === UNDERSTANDING_PHRASE_MESSAGE) {
        return [{ path, message: `${describeValue(issue.input)}: ${custom}`, fix: understandingFix(issue.input, custom === UNDERSTANDING_WORD_MESSAGE) }];
      }
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
        key === 'id' || key === 'to' || ['from', 'requires', 'entry', 'implies', 'roles', 'routes', 'appliesTo', 'changes'].includes(key ?? '')
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

/** How to write a word or phrase of the understanding: the same text in lower case without punctuation, when that makes one. */
function understandingFix(input: unknown, oneWord: boolean): string {
  const plain = typeof input === 'string' ? input.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() : '';
  if (plain === '') return 'use lower-case letters and digits only';
  if (!oneWord) return `write it as "${plain}"`;
  return plain.includes(' ') ? `write one word only, e.g. "${plain.split(' ')[0]}"` : `write it as "${plain}"`;
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

export function describeValue(v: unknown): string {
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
