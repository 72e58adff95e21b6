/**
 * Card text through a real CommonMark parser. Teams desktop and web render TextBlock
 * Markdown the CommonMark way (Bot Framework Web Chat uses markdown-it); here markdown-it
 * runs with raw HTML and autolinking of bare URLs on, stricter than Teams. Whatever
 * people type, the escaped text must come out as plain paragraphs: no emphasis, code,
 * strikethrough, list, heading, quote, rule, table, link, image or HTML, every entity
 * shown as typed, and every visible character kept.
 */
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import fc from 'fast-check';
import { escapeCardText, visibleCardText } from '../../src/channels/teams/render.js';
import { HOSTILE_FRAGMENTS } from '../property/hostile.js';

const md = new MarkdownIt({ html: true, linkify: true });

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** Problems with how CommonMark renders this card text, or [] if it is plain text that shows `expected`. */
function markdownProblems(cardText: string, expected: string): string[] {
  const html = md.render(cardText);
  const problems: string[] = [];
  const tags = [...html.matchAll(/<\/?([a-z0-9]+)[^>]*>/gi)].map((m) => m[1]!.toLowerCase()).filter((t) => t !== 'p' && t !== 'br');
  if (tags.length > 0) problems.push(`tags ${[...new Set(tags)].join(', ')} in ${JSON.stringify(html)}`);
  const entities = (html.match(/&[#A-Za-z0-9]+;/g) ?? []).filter((e) => !(e in ENTITIES));
  if (entities.length > 0) problems.push(`entities ${entities.join(', ')} in ${JSON.stringify(html)}`);
  // The text shown, compared without white space (paragraph breaks and leading spaces may change).
  const shown = visibleCardText(html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot);/g, (e) => ENTITIES[e]!)).replace(/\s/g, '');
  // CommonMark shows NUL as U+FFFD.
  const want = visibleCardText(expected).replace(/\s/g, '').replaceAll('\u0000', '\ufffd');
  if (shown !== want) problems.push(`shows ${JSON.stringify(shown)}, not ${JSON.stringify(want)}`);
  return problems;
}

const TYPED = [
  'Registered nurse (adult)',
  'A&E, Q&A, Band 2–3, 50%',
  '**bold** and __strong__',
  '_italic_ and *italic* and a*b*c and x_y_z',
  '~~strike~~ and ~one~',
  '`code` and ``more``',
  '```\nfenced\n```',
  '    indented code',
  '# heading\n## two',
  'text\n===\nmore\n---',
  '> quote',
  '- item\n+ item\n* item',
  '1. one\n2) two\n10. ten',
  '***\n* * *\n___',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'a | b\n--|--\n1 | 2',
  '[a](https://evil.example) [b][c] [d]\n\n[c]: https://evil.example\n[d]: /x',
  '![img](https://evil.example/x.png)',
  '<b>bold</b> <img src=x onerror=alert(1)> <!-- c --> <https://evil.example> <a@b.org>',
  '&amp; &lt; &#42; &#x2A; &copy; &nbsp;',
  'www.evil.example https://evil.example/a?b=c evil@example.org nhs.uk',
  'back\\slash \\*x\\* \\(y\\) end\\\nnext',
  'hard  \nbreak',
  '{{DATE(2020-01-01T00:00:00Z)}}',
  'Band 5* and 2 * 3',
];

describe('escaped card text under CommonMark', () => {
  it('would be formatted without escaping (the check can fail)', () => {
    for (const t of ['**bold**', '_it_', '[a](b)', '- item', '# h', '<b>x</b>', '&amp;', 'www.nhs.uk', 'https://nhs.uk', '`c`']) {
      expect(markdownProblems(t, t), t).not.toEqual([]);
    }
  });

  it.each(TYPED.map((t) => [JSON.stringify(t).slice(0, 50), t] as const))('shows %s as typed', (_name, t) => {
    expect(markdownProblems(escapeCardText(t), t)).toEqual([]);
  });

  it('shows any mix of Markdown-like fragments as typed', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...HOSTILE_FRAGMENTS, '*', '_', '~', '`', '[', ']', '(', ')', '<', '&', '#', '-', '+', '1.', '\\', '\n', '\n\n', '  ', 'a', 'word'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')), (t) => {
        expect(markdownProblems(escapeCardText(t), t)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
