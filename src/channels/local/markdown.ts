/**
 * Markdown as Teams on Android and iOS shows it in an Adaptive Card TextBlock,
 * so the playground shows what a phone shows.
 *
 * What the mobile renderer does (its MarkDownBlockParser):
 *  - a backslash is removed only before `[`, `]`, `)`, `*`, `_` (and a line break);
 *    before anything else, `\(` or `\.` or `\-`, the backslash shows;
 *  - `**bold**` and `__bold__`, `*italic*` and `_italic_`;
 *  - `[text](url)` links;
 *  - lines starting `- `, `* `, `+ ` are bullets, `1. ` a numbered list;
 *  - every other character shows as typed: no HTML, no headings, no code.
 *
 * `teamsMobileMarkdown` is self-contained (it uses nothing outside its own body)
 * because the playground page runs the same function: the server sends its
 * source text (`playgroundMarkdownScript`).
 */
export function teamsMobileMarkdown(text: string): string {
  const OPEN = '\uE000';
  const CLOSE = '\uE001';
  const REMOVED_BEFORE = '[])*_';
  const html = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  // Pieces of finished HTML, held out of the text so no later rule touches them.
  const held: string[] = [];
  const hold = (piece: string): string => {
    held.push(piece);
    return `${OPEN}${held.length - 1}${CLOSE}`;
  };

  // 1. Backslash escapes, as the phone removes them.
  let s = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && REMOVED_BEFORE.includes(next)) {
      s += hold(html(next));
      i++;
    } else if (c === '\\' && (next === '\n' || next === '\r')) {
      // The backslash goes; the line break stays.
    } else if (c === OPEN || c === CLOSE) {
      // Our own placeholder characters, typed: shown as entities so they stay text.
      s += hold(`&#x${c.charCodeAt(0).toString(16)};`);
    } else {
      s += c;
    }
  }

  // 2. Links, bold and italic within one line or list item.
  const inline = (line: string): string => {
    let out = html(line);
    out = out.replace(/\[([^\[\]]*)\]\(([^()\s]*)\)/g, (_m, label: string, url: string) =>
      /^https?:\/\//i.test(url) ? `${hold(`<a href="${url}" target="_blank" rel="noopener">`)}${label}${hold('</a>')}` : label,
    );
    out = out.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>');
    out = out.replace(/(^|[^\p{L}\p{N}_])__(?=\S)([^_]*?\S)__(?![\p{L}\p{N}_])/gu, '$1<strong>$2</strong>');
    out = out.replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '<em>$1</em>');
    out = out.replace(/\*(?=[^\s*])([^\s*])\*/g, '<em>$1</em>');
    out = out.replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_]|[^\s_])_(?![\p{L}\p{N}_])/gu, '$1<em>$2</em>');
    return out;
  };

  // 3. Lines: bullets, numbered lists, paragraphs.
  const parts: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  let para: string[] = [];
  const endList = () => {
    if (list) parts.push(`<${list.tag}>${list.items.map((i) => `<li>${i}</li>`).join('')}</${list.tag}>`);
    list = undefined;
  };
  const endPara = () => {
    if (para.length > 0) parts.push(`<p>${para.join('<br>')}</p>`);
    para = [];
  };
  for (const line of s.split(/\r\n|\r|\n/)) {
    const bullet = /^[ \t]{0,3}[-+*][ \t]+(.*)$/.exec(line);
    const numbered = bullet ? null : /^[ \t]{0,3}\d{1,9}\.[ \t]+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      endPara();
      const tag = bullet ? 'ul' : 'ol';
      if (list && list.tag !== tag) endList();
      list ??= { tag, items: [] };
      list.items.push(inline(item[1] as string));
    } else if (line.trim() === '') {
      endList();
      endPara();
    } else {
      endList();
      para.push(inline(line));
    }
  }
  endList();
  endPara();
  // Held pieces may hold others (a link whose address had an escape): put back until none is left.
  let out = parts.join('');
  const placeholder = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
  for (let depth = 0; depth < 3 && out.includes(OPEN); depth++) {
    out = out.replace(placeholder, (_m, n: string) => held[Number(n)] as string);
  }
  return out;
}

/** The page's copy of `teamsMobileMarkdown`, as a script that sets `window.teamsMobileMarkdown`. */
export function playgroundMarkdownScript(): string {
  return `window.teamsMobileMarkdown = ${teamsMobileMarkdown.toString()};\n`;
}
