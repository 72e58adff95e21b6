/**
 * How wide a line of text is in the font the route pictures are drawn in
 * (Liberation Sans, bundled in src/web/fonts; its widths are the same as
 * Arial's, so the SVG measures the same in a browser that uses Arial). Lets
 * the pictures wrap and cut text where it really ends, with no font loaded.
 */

/** Advance widths of U+0020 to U+007E in thousandths of an em, read from LiberationSans-Regular.ttf. */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278,
  584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667,
  944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556,
  333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** The same from LiberationSans-Bold.ttf. */
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333,
  584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667,
  944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611,
  389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** A few characters past ASCII that wording uses: [regular, bold]. */
const OTHER: Record<string, [number, number]> = {
  '\u00A3': [556, 556], // £
  '\u00B7': [333, 333], // ·
  '\u2013': [556, 556], // –
  '\u2014': [1000, 1000], // —
  '\u2018': [222, 278], // ‘
  '\u2019': [222, 278], // ’
  '\u201C': [333, 500], // “
  '\u201D': [333, 500], // ”
  '\u2026': [1000, 1000], // …
};
/** Anything else: a little wider than an average letter, so text is cut early rather than late. */
const UNKNOWN = 640;

/** Width in pixels of `s` set at `size` pixels. */
export function textWidth(s: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  // Accented letters are as wide as their base letter; the accents take no room.
  for (const ch of s.normalize('NFD')) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    if (code >= 0x20 && code <= 0x7e) units += table[code - 0x20]!;
    else units += OTHER[ch]?.[bold ? 1 : 0] ?? UNKNOWN;
  }
  return (units * size) / 1000;
}

/** Cuts `s` so it fits in `max` pixels, ending with an ellipsis when cut. */
export function fitText(s: string, size: number, max: number, bold = false): string {
  if (textWidth(s, size, bold) <= max) return s;
  const chars = [...s];
  let lo = 0;
  let hi = chars.length;
  // The longest start that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}\u2026`, size, bold) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}\u2026`;
}

/**
 * Breaks `s` into lines of at most `max` pixels at spaces, in at most
 * `maxLines` lines; a word too long for a line is cut, and so is the last
 * line when the text does not fit.
 */
export function wrapText(s: string, size: number, max: number, opts: { bold?: boolean; maxLines?: number } = {}): string[] {
  const bold = opts.bold ?? false;
  const maxLines = Math.max(1, opts.maxLines ?? 3);
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter((x) => x !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (textWidth(next, size, bold) <= max) {
      line = next;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  if (lines.length > maxLines) {
    // Greedy lines: what is left over never fits on one line, so it is cut with an ellipsis.
    const rest = lines.splice(maxLines - 1).join(' ');
    lines.push(rest);
  }
  // Only a line of one word too long, or the rest, can be too wide.
  return lines.map((l) => fitText(l, size, max, bold));
}
