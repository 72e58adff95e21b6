import { describe, expect, it } from 'vitest';
import { message, type Block, type OutboundMessage } from '../../src/core/messages.js';
import {
  escapeCardPlainText,
  escapeCardText,
  parseTeamsSubmit,
  renderAdaptiveCards,
  splitText,
  TEAMS_MAX_MESSAGE_BYTES,
  unescapeCardPlainText,
  visibleCardText,
  type AdaptiveCardJson,
  type CardElementJson,
  type TextBlockJson,
} from '../../src/channels/teams/render.js';
import { cardErrors } from '../helpers/adaptive-cards.js';

const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v), 'utf8');

function allElements(cards: AdaptiveCardJson[]): CardElementJson[] {
  const out: CardElementJson[] = [];
  const walk = (els: CardElementJson[]): void => {
    for (const el of els) {
      out.push(el);
      if (el.type === 'Container') walk(el.items);
    }
  };
  for (const c of cards) walk(c.body);
  return out;
}

function textBlocks(cards: AdaptiveCardJson[]): TextBlockJson[] {
  return allElements(cards).filter((e): e is TextBlockJson => e.type === 'TextBlock');
}

/**
 * Every string a person would see on the cards, by surface: `markdown` surfaces
 * (TextBlock, Fact, expanded choice) render Markdown; `plain` ones (button titles,
 * labels, placeholders, compact choices, alt text) do not.
 */
function visibleStrings(cards: AdaptiveCardJson[]): { markdown: string[]; plain: string[] } {
  const markdown: string[] = [];
  const plain: string[] = [];
  for (const el of allElements(cards)) {
    switch (el.type) {
      case 'TextBlock':
        markdown.push(el.text);
        break;
      case 'FactSet':
        for (const f of el.facts) markdown.push(f.title, f.value);
        break;
      case 'ActionSet':
        for (const a of el.actions) plain.push(a.title);
        break;
      case 'Image':
        plain.push(el.altText);
        break;
      case 'Input.ChoiceSet':
        plain.push(el.label, el.placeholder ?? '');
        (el.style === 'expanded' ? markdown : plain).push(...el.choices.map((c) => c.title));
        break;
      case 'Input.Text':
      case 'Input.Date':
      case 'Input.Number':
        plain.push(el.label, el.placeholder ?? '');
        break;
      case 'Container':
        break;
    }
  }
  return { markdown, plain };
}

function expectCleanCards(cards: AdaptiveCardJson[]): void {
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) {
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.$schema).toMatch(/^http/);
    expect(cardErrors(card)).toEqual([]);
    expect(bytes(card)).toBeLessThan(TEAMS_MAX_MESSAGE_BYTES);
    for (const el of allElements([card])) {
      if (el.type === 'ActionSet') expect(el.actions.length).toBeLessThanOrEqual(6);
    }
  }
}

const rich: OutboundMessage = message([
  { type: 'heading', text: 'Your career plan' },
  { type: 'paragraph', text: 'Here is where you are. Pick a next step.' },
  { type: 'paragraph', text: 'Saved drafts are kept for 30 days.', tone: 'muted' },
  { type: 'paragraph', text: 'Your line manager has not confirmed this yet.', tone: 'warning' },
  { type: 'list', items: ['Band 5 staff nurse', 'Band 6 charge nurse', 'Band 7 ward manager'] },
  { type: 'list', items: ['Talk to your manager', 'Book a course'], ordered: true },
  {
    type: 'facts',
    facts: [
      { label: 'Role', value: 'Staff nurse' },
      { label: 'Band', value: '5' },
    ],
  },
  {
    type: 'choices',
    choices: [
      { label: 'Save', action: 'pathway.save', value: { pathwayId: 'p1' }, style: 'primary' },
      { label: 'Explore', action: 'pathway.explore' },
      { label: 'Delete', action: 'pathway.delete', value: { pathwayId: 'p1' }, style: 'danger' },
    ],
  },
  {
    type: 'links',
    links: [
      { label: 'NHS careers', url: 'https://www.healthcareers.nhs.uk/' },
      { label: 'Bad', url: 'javascript:alert(1)' },
      { label: 'Data', url: 'data:text/html,hi' },
      { label: 'Relative', url: '/careers' },
      { label: 'Creds', url: 'https://nhs.uk@evil.example/' },
    ],
  },
  { type: 'image', url: 'https://example.nhs.uk/chart.png', alt: 'Chart of bands' },
  { type: 'divider' },
  {
    type: 'inputs',
    fields: [
      { id: 'goal', label: 'Your goal', kind: 'multiline', placeholder: 'What do you want to do next?' },
      { id: 'role', label: 'Current role', kind: 'text', initial: 'Nurse', optional: true },
      { id: 'start', label: 'Start date', kind: 'date', initial: '2024-09-01' },
      { id: 'hours', label: 'Hours a week', kind: 'number', initial: '37.5', optional: true },
      {
        id: 'band',
        label: 'Band',
        kind: 'choice',
        options: [
          { label: 'Band 5', value: '5' },
          { label: 'Band 6', value: '6' },
        ],
      },
      {
        id: 'areas',
        label: 'Areas of interest',
        kind: 'choice',
        multiple: true,
        optional: true,
        options: Array.from({ length: 8 }, (_, i) => ({ label: `Area ${i + 1}`, value: `a${i + 1}` })),
      },
    ],
    submit: { label: 'Save my plan', action: 'plan.save', value: { step: '2' }, style: 'primary' },
  },
]);

const hostileTexts = [
  '[click](https://evil.example)',
  '{{DATE(2020-01-01T00:00:00Z)}}',
  '{{TIME(2020-01-01T00:00:00Z)}} and {{DATE(2020-01-01T00:00:00Z, SHORT)}}',
  '<at>x</at>',
  '**bold** and _italic_ and ~~strike~~ and `code`',
  '# Heading\n> quote\n- item\n+ item\n1. one\n2) two\n---\n===',
  'mail me: someone@evil.example or visit www.evil.com or https://evil.com/a?b=c',
  '![img](https://evil.example/x.png) <img src=x onerror=alert(1)> &lt;b&gt; &amp; &#42;',
  'back\\slash \\*not escaped\\* | table | pipe',
  'Emoji 👩🏽‍⚕️👨‍👩‍👧‍👦 ZWJ, RTL: مرحبا بالعالم עברית, combining é, 🇬🇧',
  '',
];

function hostileMessage(t: string): OutboundMessage {
  const blocks: Block[] = [
    { type: 'heading', text: t },
    { type: 'paragraph', text: t },
    { type: 'paragraph', text: t, tone: 'muted' },
    { type: 'list', items: [t, t] },
    { type: 'facts', facts: [{ label: t, value: t }] },
    { type: 'choices', choices: [{ label: t, action: 'x', value: { t } }] },
    { type: 'links', links: [{ label: t, url: 'https://example.org/' }] },
    { type: 'image', url: 'https://example.org/a.png', alt: t },
    {
      type: 'inputs',
      fields: [
        { id: 'a', label: t, kind: 'text', placeholder: t },
        { id: 'b', label: t, kind: 'choice', options: [{ label: t, value: 'v' }] },
        { id: 'c', label: t, kind: 'choice', options: Array.from({ length: 6 }, (_, i) => ({ label: t, value: `v${i}` })) },
      ],
      submit: { label: t, action: 'y' },
    },
  ];
  return message(blocks);
}

const WJ = '\u2060';
/** A backslash followed by ASCII punctuation: a Markdown escape, which the Teams mobile apps show. */
const BACKSLASH_ESCAPE = /\\[!-/:-@[-`{-~]/;

describe('escapeCardText', () => {
  it('leaves ordinary text exactly as written', () => {
    for (const t of [
      'Registered nurse (adult)',
      'A&E',
      'A & E',
      'Band 2–3',
      '50%',
      '50% of the time',
      'Q&A',
      'Nursing associate (registered) (Band 4): about 2 years, you need first: Level 2 maths and English.',
      "It's your conversation - say \"back\" to go back!",
      '1 in 3 people',
      'Hello, world! 👩🏽‍⚕️ مرحبا עברית. Next',
    ]) {
      expect(escapeCardText(t), t).toBe(t);
    }
  });

  it('never uses a backslash escape, and a typed backslash shows and escapes nothing', () => {
    const out = escapeCardText('a\\b \\*not bold\\* \\(x\\) C:\\Users\\ end\\');
    expect(out).not.toMatch(BACKSLASH_ESCAPE);
    expect(visibleCardText(out)).toBe('a\\b \\*not bold\\* \\(x\\) C:\\Users\\ end\\');
    for (const t of ['**bold**', '_it_', '[a](b)', '`x` ~y~ |z| #h <at>', '- a\n  + b\n12. c\n===', '&amp; &#42;', '(adult)', 'x. y']) {
      expect(escapeCardText(t), t).not.toMatch(BACKSLASH_ESCAPE);
    }
  });

  it('breaks emphasis: underscores invisibly, pairs of * ~ ` with look-alikes, a lone * not at all', () => {
    expect(escapeCardText('_it_')).toBe(`${WJ}${WJ}_${WJ}it${WJ}_${WJ}`);
    expect(escapeCardText('snake_case')).toBe(`snake${WJ}_${WJ}case`);
    expect(escapeCardText('**bold**')).toBe(`${WJ}\u2217\u2217bold\u2217\u2217`);
    expect(escapeCardText('a *b* c')).toBe('a \u2217b\u2217 c');
    expect(escapeCardText('~~strike~~ `code`')).toBe(`${WJ}\u223c\u223cstrike\u223c\u223c \u02cbcode\u02cb`);
    // One star, or stars with spaces round them, cannot pair: left alone.
    expect(escapeCardText('Band 5*')).toBe('Band 5*');
    expect(escapeCardText('2 * 3 * 4')).toBe('2 * 3 * 4');
    expect(escapeCardText('a ~ b *c')).toBe('a ~ b *c');
  });

  it('breaks block syntax at the start of a line only', () => {
    expect(escapeCardText('# h\n> q\n- a\n  + b\n* c\n12. d\n3) e\n===\n|a|\n:--\n[x]: y')).toBe(
      [`${WJ}# h`, `${WJ}> q`, `${WJ}- a`, `${WJ}  + b`, `${WJ}* c`, `${WJ}12. d`, `${WJ}3) e`, `${WJ}===`, `${WJ}|a|`, `${WJ}:--`, `${WJ}[x]: y`].join('\n'),
    );
    expect(escapeCardText('a - b + c = d 12. e # f > g')).toBe('a - b + c = d 12. e # f > g');
    expect(escapeCardText('2024 was good\n50% done')).toBe('2024 was good\n50% done');
    expect(escapeCardText('    code?')).toBe(`${WJ}    code?`);
  });

  it('breaks links, HTML, entities and the mobile list after a bracket', () => {
    expect(escapeCardText('[a](b)')).toBe(`${WJ}[a]${WJ}(b)`);
    expect(escapeCardText('see ![i](x)')).toBe(`see ![i]${WJ}(x)`);
    expect(escapeCardText('x <b>y</b> <at>z</at> 3 < 4')).toBe(`x <${WJ}b>y<${WJ}/${WJ}b> <${WJ}at>z<${WJ}/${WJ}at> 3 < 4`);
    expect(escapeCardText('A&E &amp; &#42; &#x2A; &')).toBe(`A&E &${WJ}amp; &${WJ}#42; &${WJ}#x2A; &`);
    expect(escapeCardText('(a)- b [c]+ d')).toBe(`(a)${WJ}- b [c]${WJ}+ d`);
  });

  it('breaks card functions, URLs and e-mail addresses invisibly', () => {
    const t = '{{DATE(2020-01-01T00:00:00Z)}} https://evil.com a@b.org www.evil.com';
    const out = escapeCardText(t);
    expect(out).not.toContain('{{');
    expect(out).not.toContain('//');
    expect(out).not.toMatch(/[A-Za-z0-9]@/);
    expect(out).not.toMatch(/\.[A-Za-z]/);
    expect(out.replaceAll(WJ, '')).toBe(t);
  });

  it('shows what was written, for any input', () => {
    const alphabet = ['\\', '*', '_', '[', ']', '(', ')', '#', '`', '>', '<', '-', '+', '=', '~', '|', '&', ';', '1', '2', '.', ')', '/', ':', '{', '}', '@', 'a', 'b', ' ', '\n', '\r', '\t', '\u2060', '\u200d', '\u2217', '👩', 'é'];
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const len = rand(24);
      for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
      const out = escapeCardText(s);
      expect(visibleCardText(out)).toBe(visibleCardText(s));
      // Nothing but invisible word joiners is added, and nothing but * ~ ` is changed (to look-alikes).
      const kept = out.replaceAll(WJ, '');
      const typed = s.replaceAll(WJ, '');
      expect(kept.length).toBe(typed.length);
      for (let i = 0; i < typed.length; i++) {
        if (kept[i] !== typed[i]) expect(visibleCardText(kept[i]!)).toBe(typed[i]);
      }
      expect(out).not.toMatch(/\\[!-/:-@[-`{-~]/);
      expect(unescapeCardPlainText(escapeCardPlainText(s))).toBe(s);
    }
  });

  it('escapeCardPlainText adds no visible characters and no backslash escapes', () => {
    const t = 'Save (draft) *now* {{DATE(2020-01-01T00:00:00Z)}} https://x.org a@b.c back\\(slash\\)';
    const out = escapeCardPlainText(t);
    expect(out.replaceAll(WJ, '')).toBe(t);
    expect(out).not.toContain('{{');
    expect(out).not.toContain('://');
    expect(out).not.toMatch(BACKSLASH_ESCAPE);
    expect(escapeCardPlainText('Registered nurse (adult)')).toBe('Registered nurse (adult)');
  });
});

describe('renderAdaptiveCards', () => {
  it('renders every block type into a clean card', () => {
    const cards = renderAdaptiveCards(rich);
    expectCleanCards(cards);
    expect(cards).toHaveLength(1);
    const body = cards[0]!.body;
    const types = body.map((e) => e.type);
    expect(types).toContain('TextBlock');
    expect(types).toContain('FactSet');
    expect(types).toContain('ActionSet');
    expect(types).toContain('Image');
    expect(types).toContain('Container');
    expect(types).toEqual(expect.arrayContaining(['Input.Text', 'Input.Date', 'Input.Number', 'Input.ChoiceSet']));

    const [heading, para, muted, warning] = body as TextBlockJson[];
    expect(heading).toEqual({ type: 'TextBlock', text: 'Your career plan', wrap: true, weight: 'bolder', size: 'medium', style: 'heading' });
    expect(para).toMatchObject({ type: 'TextBlock', wrap: true });
    expect(visibleCardText(para!.text)).toBe('Here is where you are. Pick a next step.');
    expect(muted).toMatchObject({ isSubtle: true });
    expect(warning).toMatchObject({ color: 'attention' });

    const texts = textBlocks(cards).map((t) => t.text);
    expect(texts).toContain('\u2022\u00a0Band 5 staff nurse');
    expect(texts).toContain('2.\u00a0Book a course');

    expect(body.find((e) => e.type === 'FactSet')).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Role', value: 'Staff nurse' },
        { title: 'Band', value: '5' },
      ],
    });

    const sets = body.filter((e) => e.type === 'ActionSet');
    const [choices, links, submit] = sets;
    expect(choices).toEqual({
      type: 'ActionSet',
      actions: [
        { type: 'Action.Submit', title: 'Save', style: 'positive', data: { cc: 'pathway.save', v: { pathwayId: 'p1' } } },
        { type: 'Action.Submit', title: 'Explore', data: { cc: 'pathway.explore', v: {} } },
        { type: 'Action.Submit', title: 'Delete', style: 'destructive', data: { cc: 'pathway.delete', v: { pathwayId: 'p1' } } },
      ],
    });
    // Only the absolute http(s) link without credentials survives.
    expect(links).toEqual({
      type: 'ActionSet',
      actions: [{ type: 'Action.OpenUrl', title: 'NHS careers', url: 'https://www.healthcareers.nhs.uk/' }],
    });
    expect(submit).toEqual({
      type: 'ActionSet',
      actions: [{ type: 'Action.Submit', title: 'Save my plan', style: 'positive', data: { cc: 'plan.save', v: { step: '2' } } }],
    });
    expect(JSON.stringify(cards)).not.toContain('msteams');

    expect(body.find((e) => e.type === 'Image')).toEqual({ type: 'Image', url: 'https://example.nhs.uk/chart.png', altText: 'Chart of bands' });
    expect(body.find((e) => e.type === 'Container')).toMatchObject({ separator: true, items: [] });

    const inputs = Object.fromEntries(
      body.filter((e) => e.type.startsWith('Input.')).map((e) => [(e as { id: string }).id, e]),
    );
    expect(inputs['goal']).toEqual({
      type: 'Input.Text',
      id: 'goal',
      label: 'Your goal',
      isRequired: true,
      errorMessage: 'Please fill this in.',
      isMultiline: true,
      placeholder: 'What do you want to do next?',
    });
    expect(inputs['role']).toEqual({ type: 'Input.Text', id: 'role', label: 'Current role', value: 'Nurse' });
    expect(inputs['start']).toMatchObject({ type: 'Input.Date', value: '2024-09-01', isRequired: true });
    expect(inputs['hours']).toMatchObject({ type: 'Input.Number', value: 37.5 });
    expect(inputs['hours']).not.toHaveProperty('isRequired');
    expect(inputs['band']).toMatchObject({ type: 'Input.ChoiceSet', style: 'expanded', choices: [{ title: 'Band 5', value: '5' }, { title: 'Band 6', value: '6' }] });
    expect(inputs['band']).not.toHaveProperty('isMultiSelect');
    expect(inputs['areas']).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', isMultiSelect: true });
  });

  it('resolves relative images against imageBaseUrl and drops unsafe ones', () => {
    const img = (url: string, imageBaseUrl?: string): unknown =>
      allElements(renderAdaptiveCards(message([{ type: 'image', url, alt: 'a' }]), imageBaseUrl ? { imageBaseUrl } : {})).find(
        (e) => e.type === 'Image',
      );
    expect(img('/img/a.png')).toBeUndefined();
    expect(img('/img/a.png', 'https://cdn.example.org/base/')).toMatchObject({ url: 'https://cdn.example.org/img/a.png' });
    expect(img('javascript:alert(1)', 'https://cdn.example.org/')).toBeUndefined();
    expect(img('/a.png', 'file:///etc/')).toBeUndefined();
    expect(img('ftp://x.org/a.png')).toBeUndefined();
    expect(img('http://x.org/a.png')).toMatchObject({ url: 'http://x.org/a.png' });
  });

  it('splits choices into rows of at most 6 (5, which every host accepts)', () => {
    const choices = Array.from({ length: 13 }, (_, i) => ({ label: `C${i}`, action: `c${i}` }));
    const cards = renderAdaptiveCards(message([{ type: 'choices', choices }]));
    expectCleanCards(cards);
    const sets = allElements(cards).filter((e) => e.type === 'ActionSet');
    expect(sets.map((s) => (s.type === 'ActionSet' ? s.actions.length : 0))).toEqual([5, 5, 3]);
  });

  it.each(hostileTexts.map((t) => [JSON.stringify(t).slice(0, 50), t] as const))(
    'renders hostile text %s safely into clean cards',
    (_name, t) => {
      const cards = renderAdaptiveCards(hostileMessage(t));
      expectCleanCards(cards);
      const { markdown, plain } = visibleStrings(cards);
      for (const s of [...markdown, ...plain]) {
        // No card function, no URL, no e-mail address on any surface.
        expect(s).not.toContain('{{');
        expect(s).not.toContain('//');
        expect(s).not.toMatch(/[A-Za-z0-9]@/);
        expect(s).not.toMatch(/\.[A-Za-z]/);
      }
      for (const s of [...markdown, ...plain]) expect(s).not.toMatch(BACKSLASH_ESCAPE);
      for (const s of markdown) {
        // No Markdown or mention syntax where Markdown is rendered, and no backslash escape.
        expect(s).not.toMatch(/^[ \t#>+*=_~`|:[<-]/m);
        expect(s).not.toMatch(/^\d+[.)](\s|$)/m);
        expect(s).not.toContain('](');
        expect(s).not.toMatch(/(^|[^\u2060])_|_($|[^\u2060])/);
        expect(s.match(/[*~`]/g)?.length ?? 0).toBeLessThan(2);
        expect(s).not.toMatch(/<[A-Za-z/!?]/);
        expect(s).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
      }
      // Markdown surfaces come back exactly; plain surfaces only gained invisible characters.
      const para = textBlocks(cards).filter((b) => !b.weight && !b.isSubtle && !b.text.startsWith('\u2022'));
      if (t !== '') expect(visibleCardText(para[0]!.text)).toBe(t);
      const sets = allElements(cards).filter((e) => e.type === 'ActionSet');
      if (sets[0]?.type === 'ActionSet') expect(unescapeCardPlainText(sets[0].actions[0]!.title)).toBe(t.trim() === '' ? 'Choose' : t);
    },
  );

  it('splits a 100,000-character paragraph into cards without losing any text', () => {
    const sentence = 'The quick brown fox [jumps](https://x.org) over the **lazy** dog {{DATE(2020-01-01T00:00:00Z)}}. ';
    let text = '';
    while (text.length < 100_000) text += sentence;
    text = text.slice(0, 100_000);
    const cards = renderAdaptiveCards(message([{ type: 'paragraph', text }]));
    expect(cards.length).toBeGreaterThan(3);
    expectCleanCards(cards);
    const blocks = textBlocks(cards);
    expect(blocks.map((b) => visibleCardText(b.text)).join('')).toBe(text);
    // Cut at sentence ends, not mid-word.
    for (const b of blocks.slice(0, -1)) expect(visibleCardText(b.text)).toMatch(/\. $/);
  });

  it('splits a long run with no spaces at grapheme boundaries, never inside an emoji', () => {
    const text = '👩🏽‍⚕️'.repeat(3000) + 'x'.repeat(20_000) + 'مرحبا'.repeat(2000);
    const cards = renderAdaptiveCards(message([{ type: 'paragraph', text }]));
    expectCleanCards(cards);
    const pieces = textBlocks(cards).map((b) => visibleCardText(b.text));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.startsWith('\u200d') || p.startsWith('\u{1F3FD}') || p.startsWith('\uFE0F')).toBe(false);
  });

  it('splits long lists, facts and headings and keeps every card small', () => {
    const long = 'Line one of many.\n'.repeat(3000);
    const msg = message([
      { type: 'heading', text: long },
      { type: 'list', items: [long, 'short', long], ordered: true },
      { type: 'facts', facts: [{ label: 'Notes', value: long }, ...Array.from({ length: 200 }, (_, i) => ({ label: `L${i}`, value: `value ${i}` }))] },
      { type: 'paragraph', text: long },
    ]);
    const cards = renderAdaptiveCards(msg);
    expectCleanCards(cards);
    const facts = allElements(cards).flatMap((e) => (e.type === 'FactSet' ? e.facts : []));
    expect(facts.filter((f) => f.title === 'Notes')).toHaveLength(1);
    const notes = facts.slice(facts.findIndex((f) => f.title === 'Notes'));
    const value = notes
      .slice(0, notes.findIndex((f) => f.title === 'L0'))
      .map((f) => visibleCardText(f.value))
      .join('');
    expect(value).toBe(long);
    const headings = textBlocks(cards).filter((b) => b.weight === 'bolder');
    expect(headings.map((b) => visibleCardText(b.text)).join('')).toBe(long);
    const items = textBlocks(cards).filter((b) => !b.weight);
    expect(items[0]!.text.startsWith('1.\u00a0')).toBe(true);
  });

  it('keeps an inputs block and its submit button in the same card', () => {
    const msg = message([
      { type: 'paragraph', text: 'x'.repeat(20_000) },
      {
        type: 'inputs',
        fields: [{ id: 'a', label: 'A', kind: 'multiline', initial: 'y'.repeat(5000) }],
        submit: { label: 'Send', action: 'send' },
      },
    ]);
    const cards = renderAdaptiveCards(msg);
    expectCleanCards(cards);
    expect(cards).toHaveLength(2);
    expect(cards[1]!.body.map((e) => e.type)).toEqual(['Input.Text', 'ActionSet']);
  });

  it('asks for text when a choice has no options (an empty ChoiceSet is invalid)', () => {
    const cards = renderAdaptiveCards(
      message([{ type: 'inputs', fields: [{ id: 'a', label: 'Pick', kind: 'choice', options: [] }], submit: { label: 'Go', action: 'go' } }]),
    );
    expectCleanCards(cards);
    expect(cards[0]!.body[0]).toMatchObject({ type: 'Input.Text', id: 'a' });
  });

  it('refuses input ids the submit parser reserves', () => {
    for (const id of ['cc', 'v', '__proto__', '']) {
      expect(() =>
        renderAdaptiveCards(message([{ type: 'inputs', fields: [{ id, label: 'x', kind: 'text' }], submit: { label: 'Go', action: 'go' } }])),
      ).toThrow(/reserved/);
    }
  });

  it('falls back to the plain text when there are no blocks, and to nothing when empty', () => {
    const cards = renderAdaptiveCards({ text: 'Hello **there**', blocks: [] });
    expectCleanCards(cards);
    expect(textBlocks(cards).map((b) => b.text)).toEqual(['Hello \u2217\u2217there\u2217\u2217']);
    expect(renderAdaptiveCards({ text: '', blocks: [] })).toEqual([]);
  });
});

describe('splitText', () => {
  it('returns the whole text when it fits, and one empty piece for empty text', () => {
    expect(splitText('abc', 10, () => true)).toEqual(['abc']);
    expect(splitText('', 10, () => true)).toEqual(['']);
  });

  it('prefers paragraph, line, sentence and word boundaries', () => {
    expect(splitText('aaaa bbbb.\n\ncccc', 12, (p) => p.length <= 12)).toEqual(['aaaa bbbb.\n\n', 'cccc']);
    expect(splitText('aaaa. bbbb cccc', 12, (p) => p.length <= 12)).toEqual(['aaaa. ', 'bbbb cccc']);
    expect(splitText('aaaa bbbb cccc', 12, (p) => p.length <= 12)).toEqual(['aaaa bbbb ', 'cccc']);
    expect(splitText('aaaa. bbbbbb cc', 10, (p) => p.length <= 10)).toEqual(['aaaa. ', 'bbbbbb cc']);
  });
});

describe('parseTeamsSubmit', () => {
  it('round-trips every submit on a rendered card', () => {
    const cards = renderAdaptiveCards(rich);
    const submits = allElements(cards).flatMap((e) => (e.type === 'ActionSet' ? e.actions : [])).filter((a) => a.type === 'Action.Submit');
    expect(submits.length).toBe(4);
    for (const a of submits) {
      if (a.type !== 'Action.Submit') continue;
      expect(parseTeamsSubmit(JSON.parse(JSON.stringify(a.data)))).toEqual({ id: a.data.cc, value: a.data.v });
    }
  });

  it('merges input values; values carried by the button win; arrays and numbers become strings', () => {
    const value = { cc: 'plan.save', v: { step: '2' }, goal: 'Lead a ward', step: '9', hours: 37.5, areas: ['a1', 'a3'], ok: true, nested: { x: 1 }, nil: null };
    expect(parseTeamsSubmit(value)).toEqual({
      id: 'plan.save',
      value: { step: '2', goal: 'Lead a ward', hours: '37.5', areas: 'a1,a3', ok: 'true' },
    });
  });

  it('ignores hostile keys and does not pollute prototypes', () => {
    const raw = JSON.parse(
      '{"cc":"x","v":{"__proto__":{"polluted":"yes"},"constructor":"c","prototype":"p","ok":"1"},"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"p","a":"b"}',
    ) as unknown;
    const parsed = parseTeamsSubmit(raw);
    expect(parsed).toEqual({ id: 'x', value: { ok: '1', a: 'b' } });
    expect(Object.keys(parsed!.value).sort()).toEqual(['a', 'ok']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(parsed!.value)).toBe(Object.prototype);
  });

  it('rejects anything that is not ours', () => {
    for (const bad of [
      undefined,
      null,
      'cc',
      42,
      [],
      ['x'],
      {},
      { cc: '' },
      { cc: 5 },
      { cc: 'x'.repeat(201) },
      { cc: 'x', v: 'not an object' },
      { cc: 'x', v: ['a'] },
      { action: 'help' },
    ]) {
      expect(parseTeamsSubmit(bad)).toBeUndefined();
    }
    expect(parseTeamsSubmit({ cc: 'x'.repeat(200) })).toEqual({ id: 'x'.repeat(200), value: {} });
  });
});
