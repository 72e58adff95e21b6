/**
 * What the bot says, as content. Each feature (and the engine itself) names
 * the sentences and word lists it uses in a wording spec; the words live in
 * `content/wording/<id>.yaml`, where a trust can change them without touching
 * code. Code keeps only the ids and the structure.
 *
 *   const W = defineWording('welcome', {
 *     heading: text(),
 *     greeting: text('name'),          // "Hello {name}"
 *     already: text('role'),           // "You are already {a role}": "an audiologist"
 *     examples: list(),                 // a list of sentences or words
 *   });
 *   const w = W.of(ctx.services.content);
 *   w.heading;                          // string
 *   w.greeting({ name: 'Sam' });        // string
 *
 * The files are checked against the specs at start-up and by `content check`:
 * a missing or misspelt key, an empty sentence, a list that is not a list, or a
 * `{placeholder}` the sentence does not have is reported with file, line and fix.
 *
 * `{a name}` puts "a" or "an" before the value, as it sounds ("an HCA", "a unit
 * manager": src/text/article.ts); `{A name}` the same with a capital letter.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import type { ContentProblem } from './problem.js';
import { withArticle } from '../text/article.js';

const SLOT = Symbol('wording slot');

export interface TextSlot<V extends string> {
  readonly [SLOT]: 'text';
  readonly vars: readonly V[];
}
export interface ListSlot<V extends string> {
  readonly [SLOT]: 'list';
  readonly vars: readonly V[];
}
type Slot = TextSlot<string> | ListSlot<string>;

export interface WordingSpec {
  readonly [key: string]: Slot | WordingSpec;
}

/** A sentence; the names are the `{placeholders}` it may use. */
export function text(): TextSlot<never>;
export function text<V extends string>(first: V, ...more: V[]): TextSlot<V>;
export function text(...vars: string[]): TextSlot<string> {
  return { [SLOT]: 'text', vars };
}

/** A list of sentences or words (examples, words that mean yes); the names are the `{placeholders}` its items may use. */
export function list(): ListSlot<never>;
export function list<V extends string>(first: V, ...more: V[]): ListSlot<V>;
export function list(...vars: string[]): ListSlot<string> {
  return { [SLOT]: 'list', vars };
}

export type Vars<V extends string> = { readonly [K in V]: string | number };

/** The words a spec gives: strings, lists, or functions of the placeholders. */
export type Words<S extends WordingSpec> = {
  readonly [K in keyof S]: S[K] extends TextSlot<infer V>
    ? [V] extends [never]
      ? string
      : (vars: Vars<V>) => string
    : S[K] extends ListSlot<infer V>
      ? [V] extends [never]
        ? readonly string[]
        : (vars: Vars<V>) => readonly string[]
      : S[K] extends WordingSpec
        ? Words<S[K]>
        : never;
};

/** The wording files as read, before they are checked against any spec. */
export interface WordingSource {
  /** By id (the file name without `.yaml`). */
  files: Map<string, WordingFile>;
}

export interface WordingFile {
  /** Path relative to the content folder, e.g. `wording/welcome.yaml`. */
  file: string;
  data: unknown;
  /** The line of a key path, for problems. */
  lineOf(path: readonly string[]): number | undefined;
}

export interface WordingDef<S extends WordingSpec = WordingSpec> {
  readonly id: string;
  readonly spec: S;
  /** The words from this content. Throws a WordingError if the file does not match the spec. */
  of(content: { wording: WordingSource }): Words<S>;
  /** The problems of this content's file against the spec (none: it can be used). */
  check(source: WordingSource): ContentProblem[];
}

export class WordingError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`The wording files have problems:\n${problems.map((p) => `  - ${p.file}${p.line ? `:${p.line}` : ''}: ${p.path}: ${p.message}${p.fix ? `. Fix: ${p.fix}` : ''}`).join('\n')}`);
    this.name = 'WordingError';
  }
}

export const WORDING_FOLDER = 'wording';

const isSlot = (v: Slot | WordingSpec): v is Slot => Object.hasOwn(v, SLOT);

const PLACEHOLDER = /\{\{|\}\}|\{([^{}]*)\}/g;

/** `{a role}` and `{A role}`: the placeholder's name, and whether (and how) it takes an article. */
function slotName(raw: string): { name: string; article?: 'a' | 'A' } {
  const m = /^(a|A) +([^\s]+)$/.exec(raw.trim());
  return m ? { name: m[2]!, article: m[1] as 'a' | 'A' } : { name: raw.trim() };
}

/** Fills `{name}` placeholders, and `{a name}` / `{A name}` with "a" or "an" before the value; `{{` and `}}` stand for braces. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (m, raw: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    if (raw === undefined) return m;
    const { name, article } = slotName(raw);
    const v = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (v === undefined) return m;
    return article ? withArticle(String(v), article === 'A') : String(v);
  });
}

/** The placeholders a sentence uses, and whether its braces are balanced. */
function placeholders(template: string): { names: string[]; stray: boolean } {
  const names: string[] = [];
  const rest = template.replace(PLACEHOLDER, (m, name: string | undefined) => {
    if (name !== undefined) names.push(slotName(name).name);
    return '';
  });
  return { names, stray: /[{}]/.test(rest) };
}

function describeVars(vars: readonly string[]): string {
  return vars.length === 0 ? 'it takes none' : `it can use ${vars.map((v) => `{${v}}`).join(', ')}`;
}

function checkSentence(s: string, vars: readonly string[], where: { file: string; path: string; line: number | undefined }, problems: ContentProblem[]): void {
  const at = { file: where.file, path: where.path, ...(where.line !== undefined ? { line: where.line } : {}) };
  if (s.trim() === '') {
    problems.push({ ...at, message: 'is empty', fix: 'write the words the bot should say here' });
    return;
  }
  const { names, stray } = placeholders(s);
  if (stray) problems.push({ ...at, message: 'has a { or } that does not close', fix: 'write placeholders as {name}; for a brace itself write {{ or }}' });
  for (const n of names) {
    if (!vars.includes(n)) problems.push({ ...at, message: `uses {${n}}, which this sentence does not have (${describeVars(vars)})`, fix: 'remove it, or use one of the placeholders named' });
  }
}

function nearest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const o of options) {
    // Shared letters in order, as a rough likeness that needs no other module.
    let i = 0;
    let same = 0;
    for (const ch of o) {
      const at = word.indexOf(ch, i);
      if (at >= 0) {
        same++;
        i = at + 1;
      }
    }
    const score = same / Math.max(word.length, o.length);
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return bestScore >= 0.6 ? best : undefined;
}

export function defineWording<const S extends WordingSpec>(id: string, spec: S): WordingDef<S> {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`Wording id "${id}" must be lower case letters, digits and hyphens.`);
  const cache = new WeakMap<WordingSource, Words<S>>();

  /** With `locate`, problems carry line numbers (finding them parses the file again, slowly). */
  const findProblems = (source: WordingSource, locate: boolean): ContentProblem[] => {
    const problems: ContentProblem[] = [];
    const read = source.files.get(id);
    const f = read && !locate ? { ...read, lineOf: () => undefined } : read;
    const file = `${WORDING_FOLDER}/${id}.yaml`;
    if (!f) {
      problems.push({ file, path: '', message: 'is missing: the bot has no words for this part', fix: `add ${file}; the copy shipped with Career Companion is a good start` });
      return problems;
    }
    const walk = (s: WordingSpec, value: unknown, path: string[]) => {
      const here = path.join('.');
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const line = f.lineOf(path);
        problems.push({ file, path: here, message: 'should be a set of named entries', fix: `write the keys ${Object.keys(s).join(', ')} under it`, ...(line !== undefined ? { line } : {}) });
        return;
      }
      const obj = value as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        if (Object.hasOwn(s, key)) continue;
        const line = f.lineOf([...path, key]);
        const guess = nearest(key, Object.keys(s));
        problems.push({
          file,
          path: [...path, key].join('.'),
          message: 'is not a name the bot uses here',
          fix: guess ? `did you mean "${guess}"? Otherwise remove it` : `remove it; the names here are ${Object.keys(s).join(', ')}`,
          ...(line !== undefined ? { line } : {}),
        });
      }
      for (const [key, slot] of Object.entries(s)) {
        const p = [...path, key];
        const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
        if (v === undefined || v === null) {
          const line = f.lineOf(path.length > 0 ? path : [key]);
          problems.push({
            file,
            path: p.join('.'),
            message: 'is missing',
            fix: isSlot(slot) && slot[SLOT] === 'list' ? `add "${key}:" with a list of entries, one per line starting with "- "` : isSlot(slot) ? `add "${key}:" with the words the bot should say` : `add "${key}:" with its entries`,
            ...(line !== undefined ? { line } : {}),
          });
          continue;
        }
        if (!isSlot(slot)) {
          walk(slot, v, p);
          continue;
        }
        const line = f.lineOf(p);
        const where = { file, path: p.join('.'), line };
        if (slot[SLOT] === 'text') {
          if (typeof v !== 'string') {
            problems.push({ file, path: where.path, message: Array.isArray(v) ? 'should be one sentence, not a list' : 'should be a sentence', fix: 'write it as one line of text (put it in quotes if it has a colon)', ...(line !== undefined ? { line } : {}) });
          } else checkSentence(v, slot.vars, where, problems);
        } else {
          if (!Array.isArray(v) || v.length === 0) {
            problems.push({ file, path: where.path, message: 'should be a list with at least one entry', fix: 'write each entry on its own line starting with "- "', ...(line !== undefined ? { line } : {}) });
            continue;
          }
          v.forEach((item, i) => {
            const itemLine = f.lineOf([...p, String(i)]) ?? line;
            if (typeof item !== 'string') {
              problems.push({ file, path: `${where.path}[${i}]`, message: 'should be text', fix: 'put it in quotes', ...(itemLine !== undefined ? { line: itemLine } : {}) });
            } else checkSentence(item, slot.vars, { file, path: `${where.path}[${i}]`, line: itemLine }, problems);
          });
        }
      }
    };
    walk(spec, f.data, []);
    return problems;
  };
  // Most content has no problems: look for them first without line numbers.
  const check = (source: WordingSource): ContentProblem[] => (findProblems(source, false).length === 0 ? [] : findProblems(source, true));

  const build = (s: WordingSpec, value: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, slot] of Object.entries(s)) {
      const v = value[key];
      if (!isSlot(slot)) {
        out[key] = build(slot, v as Record<string, unknown>);
        continue;
      }
      const noVars = slot.vars.length === 0;
      if (slot[SLOT] === 'text') {
        const t = v as string;
        out[key] = noVars ? fill(t, {}) : (vars: Record<string, string | number>) => fill(t, vars);
      } else {
        const items = Object.freeze([...(v as string[])]);
        out[key] = noVars ? Object.freeze(items.map((i) => fill(i, {}))) : (vars: Record<string, string | number>) => items.map((i) => fill(i, vars));
      }
    }
    return Object.freeze(out);
  };

  return {
    id,
    spec,
    check,
    of(content) {
      const source = content.wording;
      let words = cache.get(source);
      if (!words) {
        const problems = check(source);
        if (problems.length > 0) throw new WordingError(problems);
        words = build(spec, source.files.get(id)!.data as Record<string, unknown>) as Words<S>;
        cache.set(source, words);
      }
      return words;
    },
  };
}

/** Checks every spec against the files, and reports files no spec uses. */
export function checkWording(source: WordingSource, defs: readonly WordingDef[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  for (const d of defs) {
    if (ids.has(d.id)) throw new Error(`Two wording specs have the id "${d.id}".`);
    ids.add(d.id);
    problems.push(...d.check(source));
  }
  for (const [id, f] of source.files) {
    if (!ids.has(id)) {
      const guess = nearest(id, [...ids]);
      problems.push({ file: f.file, path: '', message: 'is not a wording file the bot uses', fix: guess ? `did you mean wording/${guess}.yaml?` : `remove it; the wording files are ${[...ids].map((i) => `${i}.yaml`).join(', ')}` });
    }
  }
  return problems;
}

/**
 * The slower YAML reader, which knows where each value is: loaded only when a
 * problem needs a line number or a syntax error needs explaining, so a server
 * whose wording is fine never loads it.
 */
let yamlModule: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

function locator(doc: Document, lc: LineCounter): (path: readonly string[]) => number | undefined {
  const { isMap, isSeq } = yaml();
  return (path) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) return line;
        const range = (pair.key as { range?: [number, number, number] } | null)?.range;
        if (range) line = lc.linePos(range[0]).line;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as { range?: [number, number, number] } | undefined;
        if (!item) return line;
        if (item.range) line = lc.linePos(item.range[0]).line;
        node = item;
      } else return line;
    }
    return line;
  };
}

/** Reads `<content>/wording/*.yaml`. A file that is not valid YAML is a problem. */
export async function readWording(root: string, problems: ContentProblem[]): Promise<WordingSource> {
  const files = new Map<string, WordingFile>();
  const dir = join(root, WORDING_FOLDER);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  } catch {
    return { files };
  }
  for (const name of names) {
    const file = `${WORDING_FOLDER}/${name}`;
    const id = name.replace(/\.ya?ml$/i, '');
    const text = await readFile(join(dir, name), 'utf8');
    // The fast reader for the words; the slower one, which knows where each value is, only
    // when a problem needs a line number, or to explain a syntax error.
    let data: unknown;
    try {
      data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
    } catch {
      const { parseDocument, LineCounter } = yaml();
      const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: true, uniqueKeys: true });
      for (const e of doc.errors) {
        const line = e.linePos?.[0]?.line;
        problems.push({ file, path: '', message: `is not valid YAML: ${e.message.split('\n')[0]}`, fix: 'check the indentation and quotes on that line', ...(line !== undefined ? { line } : {}) });
      }
      if (doc.errors.length === 0) problems.push({ file, path: '', message: 'is not valid YAML', fix: 'check the indentation and quotes' });
      continue;
    }
    let located: ((path: readonly string[]) => number | undefined) | undefined;
    const lineOf = (path: readonly string[]) => {
      if (!located) {
        const { parseDocument, LineCounter } = yaml();
        const lc = new LineCounter();
        located = locator(parseDocument(text, { lineCounter: lc }), lc);
      }
      return located(path);
    };
    files.set(id, { file, data, lineOf });
  }
  return { files };
}
