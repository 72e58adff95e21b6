/**
 * Splitting long text into pieces that fit a platform's limits without losing
 * any of it: at paragraph, line, sentence or word boundaries where possible,
 * never inside a grapheme (an emoji with its joiners stays whole).
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Largest grapheme boundary in (0, max], or a code point boundary as a last resort. */
function graphemeCut(s: string, max: number): number {
  const start = Math.max(0, max - 256);
  const window = s.slice(start, Math.min(s.length, max + 64));
  let best = 0;
  for (const seg of graphemes.segment(window)) {
    const at = start + seg.index;
    if (at > max) break;
    if (at > 0 && (start === 0 || seg.index > 0)) best = at;
  }
  if (best > 0) return best;
  let cut = Math.max(1, max);
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff && cut < s.length) cut = cut > 1 ? cut - 1 : cut + 1;
  return cut;
}

const SENTENCE_END = /[.!?\u2026\u3002\uff01\uff1f]["'\u2019\u201d)\]]*\s+/g;
const WHITESPACE_RUN = /\s+/g;

function lastMatchEnd(re: RegExp, s: string, min: number): number {
  re.lastIndex = 0;
  let best = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const end = m.index + m[0].length;
    if (end >= min) best = end;
  }
  return best;
}

/** Where to cut `s` so the first part has at most `max` UTF-16 units: at the nicest boundary. */
function bestCut(s: string, max: number): number {
  const head = s.slice(0, max);
  const min = Math.floor(max / 2);
  const para = head.lastIndexOf('\n\n');
  if (para >= 0 && para + 2 >= min) return para + 2;
  const line = head.lastIndexOf('\n');
  if (line >= 0 && line + 1 >= min) return line + 1;
  const sentence = lastMatchEnd(SENTENCE_END, head, min);
  if (sentence > 0) return sentence;
  const space = lastMatchEnd(WHITESPACE_RUN, head, min);
  if (space > 0) return space;
  return graphemeCut(s, max);
}

/**
 * Splits `raw` into pieces that each satisfy `fits` (pieces joined give `raw` back),
 * cutting at paragraph, line, sentence or word boundaries where it can.
 * `maxLen` is an upper bound on a fitting piece's length, used to keep the search cheap.
 */
export function splitText(raw: string, maxLen: number, fits: (piece: string, index: number) => boolean): string[] {
  const pieces: string[] = [];
  let rest = raw;
  while (rest.length > maxLen || !fits(rest, pieces.length)) {
    let lo = 0;
    let hi = Math.min(rest.length, maxLen + 1);
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (fits(rest.slice(0, mid), pieces.length)) lo = mid;
      else hi = mid;
    }
    const cut = lo === 0 ? graphemeCut(rest, 1) : bestCut(rest, lo);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
