/**
 * Edit distance between two strings, shared by the content checks ("did you
 * mean" suggestions) and question understanding (typo correction).
 *
 * Plain Levenshtein by default: insertions, deletions and substitutions cost 1.
 * With `transpositions`, swapping two neighbouring characters also costs 1
 * (optimal string alignment, the restricted Damerau-Levenshtein distance).
 * With a `limit`, the work stops as soon as the distance must exceed it: a
 * distance at or under the limit is exact, one over it is only known to be
 * over (the result is then some number above the limit, often `limit + 1`).
 */
export interface EditDistanceOptions {
  /** Stop early once the distance must exceed this. Default: no limit. */
  limit?: number;
  /** Count a swap of two neighbouring characters as one edit. Default: false. */
  transpositions?: boolean;
}

/** Rows reused from call to call: question understanding calls this hundreds of times a message. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Counts of each character (by its code, modulo 128), reused from call to call. */
const counts = new Int32Array(128);

/** How far apart the two strings' character counts are: the sum of the differences. */
function countsDiffer(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]!--;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a.charCodeAt(i) & 127;
    sum += Math.abs(counts[k]!);
    counts[k] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b.charCodeAt(i) & 127;
    sum += Math.abs(counts[k]!);
    counts[k] = 0;
  }
  return sum;
}

export function editDistance(a: string, b: string, options: EditDistanceOptions = {}): number {
  const limit = options.limit ?? Infinity;
  const transpositions = options.transpositions ?? false;
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Each edit changes the count of at most two characters by one (a swap changes none), so strings
  // whose character counts differ by more than twice the limit are over it: most pairs, found quickly.
  if (limit < Infinity && countsDiffer(a, b) > 2 * limit) return limit + 1;
  const n = a.length;
  const m = b.length;
  if (rows[0].length < m + 1) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= m; j++) {
    prev2[j] = 0;
    prev[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (transpositions && i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}
