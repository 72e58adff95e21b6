/**
 * Reading one content file's YAML, and finding the line of a path in it.
 *
 * Two YAML libraries, on purpose. js-yaml reads our content about ten times
 * faster than the `yaml` package, which matters when the content is checked at
 * start-up; but it cannot say where a value is. The `yaml` package keeps every
 * node's position (a problem needs its line) and gives each syntax error a
 * code we turn into a fix. So js-yaml reads every file, and `yaml` parses a
 * file again only when there is something in it to point at: a syntax error
 * (js-yaml failed), or a problem whose line is asked for.
 */
import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument, type Document } from 'yaml';
import jsyaml from 'js-yaml';
import type { ContentProblem } from './model.js';

/** Finds the line of a path inside one file; with `key`, the line of that key in the mapping at the path. */
export type Locator = (path: readonly PropertyKey[], key?: string) => number | undefined;

export type ParsedYaml =
  | { ok: true; data: unknown; lineAt: Locator }
  | { ok: false; problems: ContentProblem[]; lineAt: Locator };

/** Parses one file; a syntax error gives problems (with lines) instead of data. */
export function parseYaml(file: string, text: string): ParsedYaml {
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
  const lineAt: Locator = (path, key) => {
    const { doc, lineCounter } = locate();
    return lineOf(doc, lineCounter, path, key);
  };
  const doc = fastOk ? undefined : locate().doc;
  if (doc && doc.errors.length > 0) {
    const problems: ContentProblem[] = [];
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
    return { ok: false, problems, lineAt };
  }
  return { ok: true, data: doc ? doc.toJS() : fast, lineAt };
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

/** The line of the node at `path`, or of its nearest ancestor that is in the file. */
function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[], key?: string): number | undefined {
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
