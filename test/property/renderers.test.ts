/**
 * Property tests for the three renderers: any message built from hostile text in
 * every block type renders to something the platform accepts, within its limits,
 * where nothing a person typed can become a link, a mention, a card function or a
 * terminal control, and where no text is lost.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KnownBlock, SectionBlock, TextObject } from '@slack/types';
import { message, type Block, type Choice, type InputField, type OutboundMessage } from '../../src/core/messages.js';
import {
  renderAdaptiveCards,
  TEAMS_MAX_MESSAGE_BYTES,
  visibleCardText,
  type AdaptiveCardJson,
  type CardElementJson,
} from '../../src/channels/teams/render.js';
import { renderBlockKit, safeSlackUrl, SLACK_LIMITS, unescapeMrkdwn, type SlackMessage } from '../../src/channels/slack/render.js';
import { renderTerminal } from '../../src/channels/local/render.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { hostileStringValues, hostileText, longText, TERMINAL_CONTROLS } from './hostile.js';

const SHORT_RUNS = 100;
const LONG_RUNS = 10;

// ---------------------------------------------------------------------------------------
// Arbitrary messages
// ---------------------------------------------------------------------------------------

const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pw@evil.example/',
    '/relative/path.png',
    'slack://user?team=T1&id=U1',
    'slack://channel?id=C1',
    'https://evil.example/a|b<c>&d',
    'https://evil.example/{{DATE(2020-01-01T00:00:00Z)}}',
    '',
  ),
  hostileText(3),
);

const toneArb = fc.constantFrom<'normal' | 'muted' | 'warning' | undefined>(undefined, 'normal', 'muted', 'warning');

/** Button values small enough for Slack's 2,000-character button value (the renderer refuses more, by contract). */
const choiceArb = (text: fc.Arbitrary<string>): fc.Arbitrary<Choice> =>
  fc
    .record({
      label: text,
      action: fc.oneof(fc.constantFrom('start', 'help', 'profile/role', 'checkin.rate'), hostileText(2)),
      value: fc.option(hostileStringValues(), { nil: undefined }),
      style: fc.constantFrom<Choice['style'] | undefined>(undefined, 'primary', 'default', 'danger'),
    })
    .map((c) => {
      const out: Choice = { label: c.label, action: c.action };
      if (c.value) out.value = c.value;
      if (c.style) out.style = c.style;
      return out;
    })
    .filter((c) => JSON.stringify({ a: c.action, v: c.value ?? {} }).length <= SLACK_LIMITS.buttonValue);

const fieldArb = (text: fc.Arbitrary<string>): fc.Arbitrary<InputField> =>
  fc
    .record({
      label: text,
      kind: fc.constantFrom<InputField['kind']>('text', 'multiline', 'date', 'number', 'choice'),
      placeholder: fc.option(text, { nil: undefined }),
      // Option values are ours (content ids): never empty.
      options: fc.array(fc.record({ label: text, value: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) }), { maxLength: 12 }),
      multiple: fc.boolean(),
      optional: fc.boolean(),
      initial: fc.option(fc.oneof(text, fc.constantFrom('2026-03-02', '37.5', '-1e400', 'NaN')), { nil: undefined }),
    })
    .map((f) => {
      // Ids are ours, never typed: the renderers refuse reserved ones; they are made unique below.
      const out: InputField = { id: 'field', label: f.label, kind: f.kind };
      if (f.placeholder !== undefined) out.placeholder = f.placeholder;
      if (f.kind === 'choice') {
        out.options = f.options;
        out.multiple = f.multiple;
      }
      if (f.optional) out.optional = true;
      if (f.initial !== undefined) out.initial = f.initial;
      return out;
    });

/**
 * Any block. `long` is used only where the renderers promise to split text (headings,
 * paragraphs, list items, facts, the fallback text); labels of buttons, links, images
 * and inputs are short texts of ours, so they get `short` hostile text. The Slack submit
 * button label is kept to Slack's 75 characters: the renderer does not shorten it.
 */
const blockArb = (long: fc.Arbitrary<string>, short: fc.Arbitrary<string> = long): fc.Arbitrary<Block> =>
  fc.oneof(
    long.map((t): Block => ({ type: 'heading', text: t })),
    fc.tuple(long, toneArb).map(([t, tone]): Block => (tone ? { type: 'paragraph', text: t, tone } : { type: 'paragraph', text: t })),
    fc.tuple(fc.array(long, { maxLength: 6 }), fc.boolean()).map(([items, ordered]): Block => ({ type: 'list', items, ordered })),
    fc.array(fc.record({ label: fc.oneof(short, long), value: long }), { maxLength: 12 }).map((facts): Block => ({ type: 'facts', facts })),
    fc.array(choiceArb(short), { maxLength: 8 }).map((choices): Block => ({ type: 'choices', choices })),
    fc.array(fc.record({ label: short, url: urlArb }), { maxLength: 5 }).map((links): Block => ({ type: 'links', links })),
    fc.record({ url: urlArb, alt: short }).map(({ url, alt }): Block => ({ type: 'image', url, alt })),
    fc.constant<Block>({ type: 'divider' }),
    fc
      .tuple(fc.array(fieldArb(short), { minLength: 1, maxLength: 4 }), choiceArb(short.map((t) => t.slice(0, SLACK_LIMITS.buttonText))))
      .map(([fields, submit]): Block => ({ type: 'inputs', fields, submit })),
  );

/** Gives every input a unique id, as the dialogs do. */
function uniqueIds(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((b) => (b.type === 'inputs' ? { ...b, fields: b.fields.map((f) => ({ ...f, id: `field${++n}` })) } : b));
}

const messageArb = (long: fc.Arbitrary<string>, maxBlocks = 8, short: fc.Arbitrary<string> = long): fc.Arbitrary<OutboundMessage> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(blockArb(long, short), { maxLength: maxBlocks }).map((blocks) => message(uniqueIds(blocks))) },
    // A message with no blocks: the renderers fall back to its text.
    { weight: 1, arbitrary: long.map((t): OutboundMessage => ({ text: t, blocks: [] })) },
  );

/** Text blocks only, for checking that no text is lost. */
type TextBlock = Extract<Block, { type: 'heading' | 'paragraph' | 'list' }>;
const textOnlyArb = (text: fc.Arbitrary<string>, maxBlocks = 6): fc.Arbitrary<TextBlock[]> =>
  fc.array(
    fc.oneof(
      text.map((t): TextBlock => ({ type: 'heading', text: t })),
      fc.tuple(text, toneArb).map(([t, tone]): TextBlock => (tone ? { type: 'paragraph', text: t, tone } : { type: 'paragraph', text: t })),
      fc.tuple(fc.array(text, { maxLength: 4 }), fc.boolean()).map(([items, ordered]): TextBlock => ({ type: 'list', items, ordered })),
    ),
    { maxLength: maxBlocks },
  );

const shortText = hostileText(10);
const veryLong = longText(100_000);

// ---------------------------------------------------------------------------------------
// Teams: Adaptive Cards
// ---------------------------------------------------------------------------------------

function cardElements(cards: AdaptiveCardJson[]): CardElementJson[] {
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

/** Strings shown on the cards, by whether the surface renders Markdown. */
function cardSurfaces(cards: AdaptiveCardJson[]): { markdown: string[]; plain: string[] } {
  const markdown: string[] = [];
  const plain: string[] = [];
  for (const el of cardElements(cards)) {
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

function checkCards(msg: OutboundMessage): AdaptiveCardJson[] {
  const cards = renderAdaptiveCards(msg);
  for (const card of cards) {
    expect(cardErrors(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(TEAMS_MAX_MESSAGE_BYTES);
  }
  const { markdown, plain } = cardSurfaces(cards);
  for (const s of markdown) {
    // No card function, no Markdown link, no live URL.
    expect(s).not.toContain('{{');
    expect(s).not.toContain('](');
    expect(s).not.toMatch(/https?:\/\//i);
    expect(s).not.toContain('://');
  }
  for (const s of plain) {
    expect(s).not.toContain('{{');
    expect(s).not.toContain('://');
  }
  return cards;
}

/** What each text block shows, in order (headings and paragraphs as typed; list items with their bullet). */
function expectedVisible(blocks: TextBlock[], platform: 'teams' | 'slack'): string {
  let out = '';
  for (const b of blocks) {
    if (b.type === 'heading') out += b.text;
    // Slack puts a warning sign before a warning paragraph, even an empty one.
    else if (b.type === 'paragraph') out += (platform === 'slack' && b.tone === 'warning' ? ':warning: ' : '') + b.text;
    else b.items.forEach((item, i) => (out += (b.ordered ? `${i + 1}.` : '\u2022') + (platform === 'slack' ? ' ' : '\u00a0') + item));
  }
  // With nothing to show from the blocks, the renderers show the message's plain text instead.
  return out === '' ? message(blocks).text : out;
}

describe('renderAdaptiveCards with hostile text', () => {
  it('makes clean cards under 28 KB where typed text cannot become a function, a link or a URL', () => {
    fc.assert(
      fc.property(messageArb(shortText), (msg) => {
        checkCards(msg);
      }),
      { numRuns: SHORT_RUNS },
    );
  });

  it('does the same for text up to 100,000 characters in every block type', () => {
    fc.assert(
      fc.property(messageArb(fc.oneof(veryLong, shortText), 4, shortText), (msg) => {
        checkCards(msg);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it('loses no text: the TextBlocks show every heading, paragraph and list item', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: textOnlyArb(shortText) }, { weight: 1, arbitrary: textOnlyArb(veryLong, 2) }), (blocks) => {
        const cards = checkCards(message(blocks));
        const shown = cardElements(cards)
          .map((el) => (el.type === 'TextBlock' ? visibleCardText(el.text) : ''))
          .join('');
        expect(shown).toBe(visibleCardText(expectedVisible(blocks, 'teams')));
      }),
      { numRuns: SHORT_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Slack: Block Kit
// ---------------------------------------------------------------------------------------

function mrkdwnTexts(blocks: KnownBlock[]): string[] {
  const out: string[] = [];
  const push = (t: TextObject | undefined): void => {
    if (t?.type === 'mrkdwn') {
      expect(t.verbatim).toBe(true);
      out.push(t.text);
    }
  };
  for (const b of blocks) {
    if (b.type === 'section') {
      push(b.text);
      for (const f of b.fields ?? []) push(f);
    } else if (b.type === 'context') {
      for (const e of b.elements) if ('type' in e && e.type === 'mrkdwn') push(e);
    }
  }
  return out;
}

/** The `<url>` and `<url|label>` links the renderer makes from links blocks. */
function ourLinks(msg: OutboundMessage): Set<string> {
  const hrefs = new Set<string>();
  for (const b of msg.blocks) {
    if (b.type !== 'links') continue;
    for (const l of b.links) {
      const url = safeSlackUrl(l.url);
      if (url) hrefs.add(url.replace(/&/g, '&amp;'));
    }
  }
  return hrefs;
}

function checkSlack(msg: OutboundMessage): SlackMessage[] {
  const out = renderBlockKit(msg);
  const hrefs = ourLinks(msg);
  const actionIds = new Set<string>();
  for (const m of out) {
    expect(m.blocks.length).toBeGreaterThan(0);
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    for (const b of m.blocks) {
      if (b.type === 'section') {
        expect((b.text?.text.length ?? 0) + (b.fields?.length ?? 0)).toBeGreaterThan(0);
        expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        expect(b.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
        for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
      }
      if (b.type === 'context') for (const e of b.elements) if ('text' in e) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
      const buttons = b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [];
      for (const e of buttons) {
        if (e.type !== 'button') continue;
        expect(e.text.text.length).toBeGreaterThan(0);
        expect(e.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect(e.value!.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        expect(actionIds.has(e.action_id!)).toBe(false);
        actionIds.add(e.action_id!);
      }
      if (b.type === 'actions') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
    }
    for (const s of [...mrkdwnTexts(m.blocks), m.text]) {
      // Outside the links we made, no `<` or `>` is left: `<!channel>`, `<@U…>` and `<http…|…>` from text arrive as `&lt;…`.
      let outside = s;
      for (const href of hrefs) outside = outside.split(`<${href}>`).join('').replace(new RegExp(`<${escapeRegExp(href)}\\|[^<>|]*>`, 'g'), '');
      expect(outside).not.toMatch(/[<>]/);
      expect(outside).not.toMatch(/&(?!amp;|lt;|gt;)/);
      expect(s).not.toMatch(/@(here|channel|everyone)/i);
    }
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a person sees of text blocks: header text, and unescaped section and context text. */
function slackVisible(out: SlackMessage[]): string {
  let shown = '';
  for (const b of out.flatMap((m) => m.blocks)) {
    if (b.type === 'header') shown += b.text.text;
    else if (b.type === 'section' && b.text) shown += unescapeMrkdwn(b.text.text);
    else if (b.type === 'context') for (const e of b.elements) if ('type' in e && e.type === 'mrkdwn') shown += unescapeMrkdwn(e.text);
  }
  return shown;
}

describe('renderBlockKit with hostile text', () => {
  it('keeps to Slack limits and lets no mention, broadcast or link through from text', () => {
    fc.assert(
      fc.property(messageArb(shortText), (msg) => {
        checkSlack(msg);
      }),
      { numRuns: SHORT_RUNS },
    );
  });

  it('does the same for text up to 100,000 characters in every block type', () => {
    fc.assert(
      fc.property(messageArb(fc.oneof(veryLong, shortText), 4, shortText), (msg) => {
        checkSlack(msg);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it('loses no text: the unescaped sections give back every heading and paragraph exactly', () => {
    const headingsAndParagraphs = (text: fc.Arbitrary<string>, n: number) =>
      textOnlyArb(text, n).map((bs) => bs.filter((b) => b.type !== 'list'));
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: headingsAndParagraphs(shortText, 6) }, { weight: 1, arbitrary: headingsAndParagraphs(veryLong, 2) }), (blocks) => {
        const out = checkSlack(message(blocks));
        expect(slackVisible(out)).toBe(expectedVisible(blocks, 'slack'));
      }),
      { numRuns: SHORT_RUNS },
    );
  });

  it('loses no text from list items (a long item may be shown over several lines)', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: textOnlyArb(shortText) }, { weight: 1, arbitrary: textOnlyArb(veryLong, 2) }), (blocks) => {
        const out = checkSlack(message(blocks));
        // Lines of a list are joined with line breaks inside a section; a split item adds one. Nothing else changes.
        const strip = (s: string) => s.replace(/\n/g, '');
        expect(strip(slackVisible(out))).toBe(strip(expectedVisible(blocks, 'slack')));
      }),
      { numRuns: SHORT_RUNS },
    );
  });

  it('splits a long paragraph into sections that join back to exactly the text', () => {
    fc.assert(
      fc.property(veryLong, (text) => {
        const out = checkSlack(message([{ type: 'paragraph', text }]));
        const sections = out.flatMap((m) => m.blocks) as SectionBlock[];
        expect(sections.every((b) => b.type === 'section')).toBe(true);
        expect(sections.map((b) => unescapeMrkdwn(b.text!.text)).join('')).toBe(text);
      }),
      { numRuns: LONG_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Terminal
// ---------------------------------------------------------------------------------------

describe('renderTerminal with hostile text', () => {
  const check = (msg: OutboundMessage): void => {
    const out = renderTerminal(msg);
    expect(out.text).not.toMatch(TERMINAL_CONTROLS);
    for (const o of out.options) expect(o.label).not.toMatch(TERMINAL_CONTROLS);
    for (const form of out.forms) {
      for (const f of form.fields) {
        expect(f.label).not.toMatch(TERMINAL_CONTROLS);
        expect(f.placeholder ?? '').not.toMatch(TERMINAL_CONTROLS);
        for (const o of f.options ?? []) expect(o.label).not.toMatch(TERMINAL_CONTROLS);
      }
    }
  };

  it('prints no escape or control character but the newline', () => {
    fc.assert(fc.property(messageArb(shortText), check), { numRuns: SHORT_RUNS });
  });

  it('does the same for text up to 100,000 characters', () => {
    // Headings included: their underline no longer measures very long lines.
    fc.assert(fc.property(messageArb(fc.oneof(veryLong, shortText), 4, shortText), check), { numRuns: LONG_RUNS });
  });
});
