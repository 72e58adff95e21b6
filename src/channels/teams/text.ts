/**
 * Making plain text safe to show on an Adaptive Card in Teams, without backslash escapes.
 *
 * Why not backslash escapes: Teams desktop and web hide a CommonMark escape such as `\(`,
 * but the Teams mobile renderer (Teams-AdaptiveCards-Mobile, `MarkDownBlockParser.cpp`)
 * removes a backslash only before `[ ] ) * _`, so Android and iOS show the rest.
 *
 * Why not RichTextBlock / TextRun: a TextRun is plain text on desktop, web and Android,
 * but the iOS renderer sends TextRun text through the same Markdown parser as a TextBlock
 * (`buildIntermediateResultForText` in `UtiliOS.mm`), and facts and choice labels have no
 * TextRun form. So every text surface gets the same treatment, which works on all of them:
 *
 *  - Invisible WORD JOINERs (U+2060: no width, no line break, ignored by screen readers)
 *    placed so Markdown syntax cannot form:
 *      at the start of a line that could start a block (`#`, `>`, `-`, `+`, `*`, `=`, `_`,
 *      `~`, `` ` ``, `|`, `:`, `[`, `<`, a space or tab, or `12.` / `12)` before a space):
 *      no heading, quote, list, rule, table, code block or link definition;
 *      on both sides of `_`: an underscore inside a word is never emphasis, in CommonMark
 *      and in the mobile parser;
 *      after `]` before `(`: no link or image;
 *      after `[`, `]`, `)` before `- `, `+ `, `* `: the mobile parser starts a list there;
 *      after `<` before a letter, `/`, `!` or `?`: no HTML or autolink;
 *      after `&` that starts an entity such as `&amp;`: it shows as typed;
 *      after `\`: a backslash typed by someone shows, and escapes nothing;
 *      after `{`: no `{{DATE()}}` / `{{TIME()}}` function;
 *      after `/`, before `@`, after a `.` followed by a non-space: no URL, e-mail address
 *      or bare domain becomes a link.
 *  - `*` and `~` can make emphasis inside a word, where no invisible character stops
 *    them. One alone cannot pair with anything, and one with a space on each side cannot
 *    open or close, so those are left as they are; when a text has two or more others,
 *    those become look-alikes (∗ U+2217, ∼ U+223C). Likewise two or more backticks (a
 *    code span) become ˋ (U+02CB). Real content almost never has these.
 *
 * Ordinary text ("Registered nurse (adult)", "A&E", "Band 2–3", "50%") comes out exactly
 * as it went in. `visibleCardText` gives back what a person sees.
 */

const WJ = '\u2060';
const LOOKALIKE: Readonly<Record<string, string>> = { '*': '\u2217', '~': '\u223c', '`': '\u02cb' };
const FROM_LOOKALIKE: Readonly<Record<string, string>> = { '\u2217': '*', '\u223c': '~', '\u02cb': '`' };

/** What can start a Markdown block (CommonMark, GFM tables, the mobile parser's lists) at the start of a line. */
const BLOCK_START = /^(?:[ \t#>+*=_~`|:[<-]|[0-9]{1,9}[.)](?=[ \t\r\n]|$))/;
const ENTITY_LIKE = /^&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});/;
const SPACE = /\s/;
const TAG_START = /[A-Za-z/!?]/;

/** ASCII codes of the characters the escapes below may act on (the rest are copied as they are). */
const asciiTable = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
const PLAIN_SPECIAL = asciiTable('@/{\\.');
/** Also the line ends, after which a line starts. */
const MARKDOWN_SPECIAL = asciiTable('@/{\\._*~`[])<&\n\r');

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isLineEnd = (c: string | undefined): boolean => c === undefined || c === '\n' || c === '\r';

/** A `*` or `~` with a space or tab before it and a space, tab or line end after it: it can neither open nor close. */
function inert(s: string, i: number): boolean {
  return isBlank(s[i - 1]) && (isBlank(s[i + 1]) || isLineEnd(s[i + 1]));
}

const EMPHASIS = /[*~`]/;
const NO_LOOKALIKES = Object.freeze({ '*': false, '~': false, '`': false });

/** Which of `*`, `~` and `` ` `` must become look-alikes in this text. */
function lookalikesNeeded(s: string): { '*': boolean; '~': boolean; '`': boolean } {
  if (!EMPHASIS.test(s)) return NO_LOOKALIKES;
  let stars = 0;
  let tildes = 0;
  let ticks = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '*' && !inert(s, i)) stars++;
    else if (c === '~' && !inert(s, i)) tildes++;
    else if (c === '`') ticks++;
  }
  return { '*': stars >= 2, '~': tildes >= 2, '`': ticks >= 2 };
}

/**
 * Makes plain text safe for a Markdown surface of a card (TextBlock, Fact title and value,
 * expanded choice label): it shows as typed and cannot become formatting, a list, a
 * heading, a link, an entity, a mention or a `{{DATE()}}` function. No backslashes.
 *
 * Characters that need nothing are copied in runs, and text that needs nothing at all
 * comes back as it is: most card text is ordinary sentences.
 */
export function escapeCardText(s: string): string {
  const swap = lookalikesNeeded(s);
  let out = '';
  /** Where the run of characters not yet copied to `out` starts. */
  let from = 0;
  let lineStart = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!lineStart && (code >= 128 || !MARKDOWN_SPECIAL[code])) continue;
    const c = s[i] as string;
    const lead = lineStart && BLOCK_START.test(s.slice(i, i + 12)) ? WJ : '';
    lineStart = c === '\n' || c === '\r';
    let before = '';
    let piece = c;
    let after = '';
    const next = s[i + 1];
    switch (c) {
      case '_':
        before = WJ;
        after = WJ;
        break;
      case '*':
      case '~':
        if (swap[c] && !inert(s, i)) piece = LOOKALIKE[c] as string;
        break;
      case '`':
        if (swap['`']) piece = LOOKALIKE[c] as string;
        break;
      case '[':
      case ']':
      case ')':
        if ((next === '-' || next === '+' || next === '*') && s[i + 2] === ' ') after = WJ;
        if (c === ']' && next === '(') after = WJ;
        break;
      case '<':
        if (next !== undefined && TAG_START.test(next)) after = WJ;
        break;
      case '&':
        if (ENTITY_LIKE.test(s.slice(i, i + 40))) after = WJ;
        break;
      // As on plain surfaces (escapeCardPlainText): no card function, URL, e-mail address or backslash escape.
      case '@':
        before = WJ;
        break;
      case '/':
      case '{':
      case '\\':
        after = WJ;
        break;
      case '.':
        if (next !== undefined && !SPACE.test(next)) after = WJ;
        break;
    }
    if (lead === '' && before === '' && after === '' && piece === c) continue;
    out += s.slice(from, i) + lead + before + piece + after;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Makes plain text safe for a surface that does not render Markdown (button titles, input
 * labels and placeholders, compact choice labels, alt text): only the invisible breaks
 * that stop `{{` functions, URLs and e-mail addresses, and one after each backslash.
 */
export function escapeCardPlainText(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 128 || !PLAIN_SPECIAL[code]) continue;
    const c = s[i] as string;
    let before = '';
    let after = '';
    if (c === '@') before = WJ;
    else if (c === '/' || c === '{' || c === '\\') after = WJ;
    else if (c === '.') {
      const next = s[i + 1];
      if (next !== undefined && !SPACE.test(next)) after = WJ;
    }
    if (before === '' && after === '') continue;
    out += s.slice(from, i) + before + c + after;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The exact inverse of `escapeCardPlainText`. */
export function unescapeCardPlainText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === WJ && s[i + 1] === '@') continue;
    out += c;
    if ((c === '/' || c === '{' || c === '.' || c === '\\') && s[i + 1] === WJ) i++;
  }
  return out;
}

/**
 * What a person sees of card text: without the invisible word joiners, and with the
 * look-alikes read as the characters they stand for. For any text t,
 * `visibleCardText(escapeCardText(t)) === visibleCardText(t)`.
 */
export function visibleCardText(s: string): string {
  let out = '';
  for (const c of s) {
    if (c === WJ) continue;
    out += FROM_LOOKALIKE[c] ?? c;
  }
  return out;
}
