/**
 * "my plan", "show me my plan", "my actions": the words that open the plan
 * (content/wording/my-plan.yaml `request`). The career conversation reads
 * them too, so that "my plan" typed at one of its questions is not taken as
 * an answer.
 */
import type { Content } from '../../src/content/model.js';
import { normalise } from '../../src/core/router.js';
import { myPlanWords } from './wording.js';

interface Index {
  asks: Set<string>;
  /** Longest first, so "show me" is taken before "show". */
  before: string[];
  after: string[];
}

const indexes = new WeakMap<object, Index>();

function indexOf(content: Pick<Content, 'wording'>): Index {
  let idx = indexes.get(content.wording);
  if (!idx) {
    const w = myPlanWords(content).request;
    const longestFirst = (words: readonly string[]) => words.map(normalise).filter((x) => x !== '').sort((a, b) => b.length - a.length);
    idx = { asks: new Set(w.asks.map(normalise)), before: longestFirst(w.before), after: longestFirst(w.after) };
    indexes.set(content.wording, idx);
  }
  return idx;
}

/** True when the whole message asks to see the plan. */
export function asksForPlan(content: Pick<Content, 'wording'>, text: string): boolean {
  const idx = indexOf(content);
  let t = normalise(text);
  if (idx.asks.has(t)) return true;
  const before = idx.before.find((b) => t.startsWith(`${b} `));
  if (before) t = t.slice(before.length + 1);
  const after = idx.after.find((a) => t.endsWith(` ${a}`));
  if (after) t = t.slice(0, t.length - after.length - 1);
  return idx.asks.has(t);
}
