/**
 * Which of the phrase rules (intents.ts) a message matches, without trying
 * every rule's pattern on every message. Most patterns can only match where a
 * word starts with one of a few known letters ("\bdelete …", "\b(?:next|move up)
 * …"), so each rule is tried only where the message has a word that starts that
 * way, held to start its match there (a match can start nowhere else). A rule
 * whose pattern starts any other way is always tried, anywhere. The result is
 * exactly that of trying every rule, in the rules' order.
 */
import { RULES, type Rule } from './intents.js';

/** A quantifier after a letter makes that letter optional (or repeatable): the words end before it. */
const QUANTIFIER = /^[?*+{]/;

/** The top-level alternatives of a pattern's source ("a|b(c|d)|e" → a, b(c|d), e). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The letters (or digits) a piece of pattern must start with, or undefined when it need not start with one. */
function leadingLetters(piece: string): string | undefined {
  const m = /^[a-z0-9_]+/.exec(piece);
  if (!m) return undefined;
  const letters = QUANTIFIER.test(piece.slice(m[0].length)) ? m[0].slice(0, -1) : m[0];
  return letters.length > 0 ? letters : undefined;
}

/**
 * The beginnings of words a rule's match must start at: for a pattern whose every
 * branch is "\b" then letters, or "\b" then a group of such choices. Undefined
 * for any other pattern.
 */
export function wordStarts(re: RegExp): string[] | undefined {
  if (re.flags !== '') return undefined;
  const out: string[] = [];
  for (const whole of alternatives(re.source)) {
    const branch = withoutLookbehind(whole);
    if (!branch.startsWith('\\b')) return undefined;
    const rest = branch.slice(2);
    if (rest.startsWith('(?:')) {
      // The group's own end, and nothing after it that makes it optional.
      let depth = 0;
      let end = -1;
      for (let i = 0; i < rest.length && end < 0; i++) {
        if (rest[i] === '\\') i++;
        else if (rest[i] === '(') depth++;
        else if (rest[i] === ')' && --depth === 0) end = i;
      }
      if (end < 0 || QUANTIFIER.test(rest.slice(end + 1))) return undefined;
      for (const choice of alternatives(rest.slice(3, end))) {
        const letters = leadingLetters(choice);
        if (!letters) return undefined;
        out.push(letters);
      }
    } else {
      const letters = leadingLetters(rest);
      if (!letters) return undefined;
      out.push(letters);
    }
  }
  return out;
}

/**
 * A branch without the negative lookbehind it opens with, if it does: that only rules matches out, so a match
 * still starts where the rest of the branch does. Any other branch as it is.
 */
function withoutLookbehind(branch: string): string {
  if (!branch.startsWith('(?<!')) return branch;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return QUANTIFIER.test(branch.slice(i + 1)) ? branch : branch.slice(i + 1);
  }
  return branch;
}

interface RuleIndex {
  /** By a word start's first letter: the word starts, each with the rules (by position) it belongs to. */
  byLetter: Map<string, Array<{ start: string; rules: number[] }>>;
  /** Whether each rule (by position) is tried on every message. */
  always: boolean[];
  /** Each rule's pattern held to match where it is set to start (for those with word starts). */
  sticky: Array<RegExp | undefined>;
}

let index: RuleIndex | undefined;

function ruleIndex(): RuleIndex {
  if (index) return index;
  const byStart = new Map<string, number[]>();
  const always: boolean[] = [];
  const sticky: Array<RegExp | undefined> = [];
  RULES.forEach((rule, i) => {
    const starts = wordStarts(rule.re);
    always[i] = !starts;
    // (A pattern with word starts has no flags: wordStarts.)
    sticky[i] = starts ? new RegExp(rule.re.source, 'y') : undefined;
    if (starts) for (const s of new Set(starts)) byStart.set(s, [...(byStart.get(s) ?? []), i]);
  });
  const byLetter = new Map<string, Array<{ start: string; rules: number[] }>>();
  for (const [start, rules] of byStart) {
    const list = byLetter.get(start[0]!) ?? [];
    list.push({ start, rules });
    byLetter.set(start[0]!, list);
  }
  return (index = { byLetter, always, sticky });
}

/** The rules each word may start a match of, kept as words come again (most do, message after message); a bounded store. */
let byWord = new Map<string, readonly number[]>();
const BY_WORD_SIZE = 20_000;

function rulesStartedBy(byLetter: RuleIndex['byLetter'], w: string): readonly number[] {
  let out = byWord.get(w);
  if (out === undefined) {
    const found: number[] = [];
    for (const { start, rules } of byLetter.get(w[0] ?? '') ?? []) if (w.startsWith(start)) found.push(...rules);
    out = found;
    if (byWord.size >= BY_WORD_SIZE) byWord = new Map();
    byWord.set(w, out);
  }
  return out;
}

/**
 * The rules the message matches, in the rules' order. `tokens` are its words
 * with role names, `masked` the same with each role name as `_role_` (most rules
 * read those; privacy and help read the words as written).
 */
export function rulesMatched(tokens: readonly string[], masked: readonly string[]): Rule[] {
  const { byLetter, always, sticky } = ruleIndex();
  // Where in the text each rule reads a word starts that may start its match: only there is it tried, held to start there.
  const places: Array<number[] | undefined> = new Array<number[] | undefined>(RULES.length);
  for (const [words, raw] of [[tokens, true], [masked, false]] as const) {
    let at = 0;
    for (const w of words) {
      for (const i of rulesStartedBy(byLetter, w)) {
        if (RULES[i]!.raw !== raw) continue;
        const list = (places[i] ??= []);
        if (list.at(-1) !== at) list.push(at);
      }
      at += w.length + 1;
    }
  }
  const joined = tokens.join(' ');
  const maskedText = masked.join(' ');
  return RULES.filter((rule, i) => {
    const text = rule.raw ? joined : maskedText;
    if (always[i]) return rule.re.test(text);
    const list = places[i];
    if (list === undefined) return false;
    const re = sticky[i]!;
    for (const at of list) {
      re.lastIndex = at;
      if (re.test(text)) return true;
    }
    return false;
  });
}
