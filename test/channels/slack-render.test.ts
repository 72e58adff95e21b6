import { describe, expect, it } from 'vitest';
import type {
  ActionsBlock,
  AnyBlock,
  Button,
  ContextBlock,
  HeaderBlock,
  InputBlock,
  KnownBlock,
  MrkdwnElement,
  SectionBlock,
  TextObject,
} from '@slack/types';
import type { ChatPostMessageArguments } from '@slack/web-api';
import { message, type Block, type OutboundMessage } from '../../src/core/messages.js';
import {
  escapeLinkLabel,
  escapeMrkdwn,
  parseSlackAction,
  renderBlockKit,
  safeSlackUrl,
  SLACK_LIMITS,
  unescapeMrkdwn,
  type SlackMessage,
} from '../../src/channels/slack/render.js';

/** What `chat.postMessage` accepts for `blocks`. */
type PostMessageBlocks = (KnownBlock | AnyBlock)[];

const rich: OutboundMessage = message([
  { type: 'heading', text: 'Your career plan' },
  { type: 'paragraph', text: 'Here is where you are. Pick a next step.' },
  { type: 'paragraph', text: 'Saved drafts are kept for 30 days.', tone: 'muted' },
  { type: 'paragraph', text: 'Your line manager has not confirmed this yet.', tone: 'warning' },
  { type: 'list', items: ['Band 5 staff nurse', 'Band 6 charge nurse'] },
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
      { label: 'NHS careers', url: 'https://www.healthcareers.nhs.uk/a?x=1&y=2' },
      { label: 'Bad', url: 'javascript:alert(1)' },
      { label: 'Relative', url: '/careers' },
      { label: 'Creds', url: 'https://nhs.uk@evil.example/' },
    ],
  },
  { type: 'image', url: 'https://example.nhs.uk/chart.png', alt: 'Chart of bands' },
  { type: 'divider' },
  {
    type: 'inputs',
    fields: [
      { id: 'goal', label: 'Your goal', kind: 'multiline', placeholder: 'What next?' },
      { id: 'role', label: 'Current role', kind: 'text', initial: 'Nurse', optional: true },
      { id: 'start', label: 'Start date', kind: 'date', initial: '2024-09-01' },
      { id: 'hours', label: 'Hours a week', kind: 'number', initial: '37.5', optional: true },
      { id: 'band', label: 'Band', kind: 'choice', options: [{ label: 'Band 5', value: '5' }, { label: 'Band 6', value: '6' }], initial: '6' },
      { id: 'areas', label: 'Areas', kind: 'choice', multiple: true, optional: true, options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }], initial: 'a,b' },
      { id: 'many', label: 'Many', kind: 'choice', multiple: true, options: Array.from({ length: 12 }, (_, i) => ({ label: `O${i}`, value: `o${i}` })) },
    ],
    submit: { label: 'Save my plan', action: 'plan.save', value: { step: '2' }, style: 'primary' },
  },
]);

const hostileTexts = [
  '<!channel> <!here> <!everyone> @here @channel @everyone',
  '<@U123> <#C123|general> <!subteam^S123>',
  '<https://x|y> <https://evil.example|Click me>',
  '*bold* _italic_ ~strike~ `code` ```block```',
  '> quoted\n>>> all quoted',
  '&amp; &lt; &gt; & < >',
  '[click](https://evil.example) {{DATE(2020-01-01T00:00:00Z)}} **bold**',
  'Emoji 👩🏽‍⚕️👨‍👩‍👧‍👦 ZWJ, RTL: مرحبا بالعالم עברית, 🇬🇧 :smile:',
  'pipe | in | label',
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
      fields: [{ id: 'a', label: t, kind: 'text', placeholder: t.slice(0, 100) }],
      submit: { label: t, action: 'y' },
    },
  ];
  return message(blocks);
}

function mrkdwnTexts(blocks: KnownBlock[]): string[] {
  const out: string[] = [];
  const push = (t: TextObject | undefined): void => {
    if (t?.type === 'mrkdwn') out.push(t.text);
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

/** Removes the bold we put around fact labels (`*label*\n…` and `*label:* …`). */
function withoutOurBold(s: string): string {
  return s.replace(/^\*(?:[^*\n]|\u200b\*)*\*(?=\n)/, '').replace(/(^|\n)\*(?:[^*\n]|\u200b\*)*:\* /g, '$1');
}

/** Checks every limit we rely on, for every message. */
function expectWithinLimits(messages: SlackMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  const actionIds = new Set<string>();
  for (const m of messages) {
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    const blockIds = new Set<string>();
    for (const b of m.blocks) {
      if (b.block_id !== undefined) {
        expect(blockIds.has(b.block_id)).toBe(false);
        blockIds.add(b.block_id);
      }
      switch (b.type) {
        case 'section':
          if (b.text) {
            expect(b.text.text.length).toBeGreaterThan(0);
            expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          }
          expect(b.text !== undefined || (b.fields?.length ?? 0) > 0).toBe(true);
          expect(b.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
          for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
          if (b.accessory?.type === 'button') checkButton(b.accessory);
          break;
        case 'context':
          expect(b.elements.length).toBeLessThanOrEqual(10);
          for (const e of b.elements) if ('text' in e) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          break;
        case 'header':
          expect(b.text.type).toBe('plain_text');
          expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
          break;
        case 'actions':
          expect(b.elements.length).toBeGreaterThan(0);
          expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
          for (const e of b.elements) if (e.type === 'button') checkButton(e);
          break;
        case 'image':
          expect('image_url' in b && b.image_url.length <= SLACK_LIMITS.imageUrl).toBe(true);
          expect(b.alt_text.length).toBeGreaterThan(0);
          expect(b.alt_text.length).toBeLessThanOrEqual(SLACK_LIMITS.altText);
          break;
        case 'input':
          expect(b.label.text.length).toBeLessThanOrEqual(SLACK_LIMITS.inputLabel);
          expect(b.block_id).toBeDefined();
          expect((b.element as { action_id?: string }).action_id).toBe(b.block_id);
          break;
        case 'divider':
          break;
        default:
          throw new Error(`unexpected block ${b.type}`);
      }
    }
  }
  function checkButton(btn: Button): void {
    expect(btn.text.type).toBe('plain_text');
    expect(btn.text.text.length).toBeGreaterThan(0);
    expect(btn.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(btn.value!.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    expect(btn.action_id).toMatch(/^cc_\d+$/);
    expect(actionIds.has(btn.action_id!)).toBe(false);
    actionIds.add(btn.action_id!);
  }
}

describe('escapeMrkdwn', () => {
  it('entity-escapes &, < and >', () => {
    expect(escapeMrkdwn('a & b < c')).toBe('a &amp; b &lt; c');
    expect(escapeMrkdwn('<!channel>')).toBe('&lt;!channel\u200b&gt;');
    expect(escapeMrkdwn('<@U123>')).toBe('&lt;@U123\u200b&gt;');
    expect(escapeMrkdwn('<https://x|y>')).toBe('&lt;https://x|y\u200b&gt;');
  });

  it('neutralises formatting characters and broadcasts with invisible characters', () => {
    expect(escapeMrkdwn('*bold*')).toBe('\u200b*bold\u200b*');
    expect(escapeMrkdwn('_i_ ~s~ `c`')).toBe('\u200b_i\u200b_ \u200b~s\u200b~ \u200b`c\u200b`');
    expect(escapeMrkdwn('@here @Channel @everyone @hannah')).toBe('@\u200bhere @\u200bChannel @\u200beveryone @hannah');
    const hostile = '<!channel> *bold* > quote @here';
    expect(escapeMrkdwn(hostile).replace(/\u200b/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(hostile);
  });

  it('leaves ordinary text alone', () => {
    const t = 'Hello, world! 👩🏽‍⚕️ مرحبا עברית. #general :smile:';
    expect(escapeMrkdwn(t)).toBe(t);
  });

  it('is exactly inverted by unescapeMrkdwn, for any input', () => {
    const alphabet = ['&', 'amp;', 'lt;', 'gt;', '<', '>', '*', '_', '~', '`', '@', 'here', 'channel', 'Everyone', '\u200b', 'a', ' ', '\n', '|', '👩', 'é'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const len = rand(16);
      for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
      expect(unescapeMrkdwn(escapeMrkdwn(s))).toBe(s);
    }
  });

  it('escapeLinkLabel also replaces the | that would end the URL', () => {
    expect(escapeLinkLabel('a|b <c> & *d*')).toBe('a\u2223b &lt;c\u200b&gt; &amp; \u200b*d\u200b*');
  });
});

describe('renderBlockKit', () => {
  it('renders every block type', () => {
    const out = renderBlockKit(rich);
    expectWithinLimits(out);
    expect(out).toHaveLength(1);
    const { blocks, text } = out[0]!;
    expect(text).toBe(escapeMrkdwn(rich.text));

    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Your career plan' } } satisfies HeaderBlock);
    expect(blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Here is where you are. Pick a next step.', verbatim: true } });
    expect(blocks[2]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Saved drafts are kept for 30 days.', verbatim: true }] } satisfies ContextBlock);
    expect((blocks[3] as SectionBlock).text?.text).toBe(':warning: Your line manager has not confirmed this yet.');
    expect((blocks[4] as SectionBlock).text?.text).toBe('\u2022 Band 5 staff nurse\n\u2022 Band 6 charge nurse');
    expect((blocks[5] as SectionBlock).text?.text).toBe('1. Talk to your manager\n2. Book a course');
    expect(blocks[6]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Role*\nStaff nurse', verbatim: true },
        { type: 'mrkdwn', text: '*Band*\n5', verbatim: true },
      ],
    });

    const actions = blocks[7] as ActionsBlock;
    expect(actions.type).toBe('actions');
    const buttons = actions.elements as Button[];
    expect(buttons.map((b) => [b.action_id, b.text.text, b.style])).toEqual([
      ['cc_1', 'Save', 'primary'],
      ['cc_2', 'Explore', undefined],
      ['cc_3', 'Delete', 'danger'],
    ]);
    expect(JSON.parse(buttons[0]!.value!)).toEqual({ a: 'pathway.save', v: { pathwayId: 'p1' } });

    // Only the http(s) link without credentials, with & escaped inside the URL.
    expect((blocks[8] as SectionBlock).text?.text).toBe('<https://www.healthcareers.nhs.uk/a?x=1&amp;y=2|NHS careers>');
    expect(blocks[9]).toEqual({ type: 'image', image_url: 'https://example.nhs.uk/chart.png', alt_text: 'Chart of bands' });
    expect(blocks[10]).toEqual({ type: 'divider' });

    const inputs = blocks.filter((b): b is InputBlock => b.type === 'input');
    expect(inputs.map((b) => [b.block_id, b.element.type, b.optional ?? false])).toEqual([
      ['goal', 'plain_text_input', false],
      ['role', 'plain_text_input', true],
      ['start', 'datepicker', false],
      ['hours', 'number_input', true],
      ['band', 'static_select', false],
      ['areas', 'checkboxes', true],
      ['many', 'multi_static_select', false],
    ]);
    expect(inputs[0]!.element).toEqual({ type: 'plain_text_input', action_id: 'goal', multiline: true, placeholder: { type: 'plain_text', text: 'What next?' } });
    expect(inputs[1]!.element).toMatchObject({ initial_value: 'Nurse' });
    expect(inputs[2]!.element).toMatchObject({ initial_date: '2024-09-01' });
    expect(inputs[3]!.element).toMatchObject({ is_decimal_allowed: true, initial_value: '37.5' });
    expect(inputs[4]!.element).toMatchObject({ initial_option: { text: { type: 'plain_text', text: 'Band 6' }, value: '6' } });
    expect(inputs[5]!.element).toMatchObject({ initial_options: [{ value: 'a' }, { value: 'b' }] });

    const submit = blocks[blocks.length - 1] as ActionsBlock;
    expect(submit.type).toBe('actions');
    const submitButton = submit.elements[0] as Button;
    expect(submitButton.text.text).toBe('Save my plan');
    expect(JSON.parse(submitButton.value!)).toEqual({ a: 'plan.save', v: { step: '2' } });
  });

  it('produces blocks that fit chat.postMessage', () => {
    const out = renderBlockKit(rich);
    const blocks: PostMessageBlocks = out[0]!.blocks;
    const known: KnownBlock[] = out[0]!.blocks;
    const args: { channel: string; text: string; blocks: PostMessageBlocks } = { channel: 'C1', text: out[0]!.text, blocks };
    expect(args.blocks).toBe(known);
    // The real argument type of WebClient#chat.postMessage accepts every part we render.
    for (const part of out) {
      const post: ChatPostMessageArguments = { channel: 'C1', text: part.text, blocks: part.blocks };
      expect(post.channel).toBe('C1');
    }
  });

  it('resolves relative images against imageBaseUrl and drops unsafe ones', () => {
    const img = (url: string, imageBaseUrl?: string): KnownBlock | undefined =>
      renderBlockKit(message([{ type: 'image', url, alt: 'a' }]), imageBaseUrl ? { imageBaseUrl } : {})[0]?.blocks.find((b) => b.type === 'image');
    expect(img('/a.png')).toBeUndefined();
    expect(img('/img/a.png', 'https://cdn.example.org/x/')).toMatchObject({ image_url: 'https://cdn.example.org/img/a.png' });
    expect(img('javascript:alert(1)', 'https://cdn.example.org/')).toBeUndefined();
    expect(img('https://x.org/a.png')).toMatchObject({ image_url: 'https://x.org/a.png' });
  });

  it.each(hostileTexts.map((t) => [JSON.stringify(t).slice(0, 50), t] as const))('escapes hostile text %s', (_name, t) => {
    const out = renderBlockKit(hostileMessage(t));
    expectWithinLimits(out);
    const blocks = out.flatMap((m) => m.blocks);
    const texts = mrkdwnTexts(blocks);
    for (const s of [...texts, ...out.map((m) => m.text)]) {
      // Outside our own <url|label> links no <, > may remain, and no unescaped & .
      const outsideLinks = s.replace(/<https:\/\/example\.org\/\|[^<>]*>/g, '');
      expect(outsideLinks).not.toMatch(/[<>]/);
      expect(s).not.toMatch(/&(?!amp;|lt;|gt;)/);
      // Every formatting character has the invisible blocker in front of it.
      expect(withoutOurBold(s)).not.toMatch(/(^|[^\u200b])[*_~`]/);
      expect(s).not.toMatch(/@(here|channel|everyone)/i);
    }
    for (const m of mrkdwnTexts(blocks)) {
      const el: MrkdwnElement = { type: 'mrkdwn', text: m };
      expect(el.text).toBe(m);
    }
    // The paragraph comes back exactly.
    const para = blocks.find((b): b is SectionBlock => b.type === 'section' && b.text?.type === 'mrkdwn' && !b.text.text.startsWith('\u2022'));
    expect(unescapeMrkdwn(para!.text!.text)).toBe(t);
    // Every mrkdwn text object is verbatim (no auto-linking of URLs or #channels).
    for (const b of blocks) {
      if (b.type === 'section' && b.text?.type === 'mrkdwn') expect(b.text.verbatim).toBe(true);
      if (b.type === 'section') for (const f of b.fields ?? []) expect(f.type === 'mrkdwn' && f.verbatim).toBe(true);
    }
    // The link label cannot end the URL early.
    const link = texts.find((s) => s.startsWith('<https://example.org/|'));
    expect(link).toBeDefined();
    expect(link!.slice('<https://example.org/|'.length, -1)).not.toMatch(/[|<>]/);
  });

  it('splits a 100,000-character paragraph across sections and messages without loss', () => {
    const sentence = 'The quick brown fox *jumps* over the <lazy> dog & runs. ';
    let text = '';
    while (text.length < 100_000) text += sentence;
    text = text.slice(0, 100_000);
    const out = renderBlockKit(message([{ type: 'paragraph', text }]));
    expectWithinLimits(out);
    expect(out.length).toBeGreaterThan(1);
    const sections = out.flatMap((m) => m.blocks) as SectionBlock[];
    expect(sections.every((b) => b.type === 'section')).toBe(true);
    expect(sections.map((b) => unescapeMrkdwn(b.text!.text)).join('')).toBe(text);
    for (const b of sections.slice(0, -1)) expect(unescapeMrkdwn(b.text!.text)).toMatch(/\. $/);
    // The fallback texts, together, carry the whole text too.
    expect(out.map((m) => unescapeMrkdwn(m.text)).join('')).toBe(text);
  });

  it('splits a long run with no spaces without breaking an emoji', () => {
    const text = '👩🏽‍⚕️'.repeat(1000) + 'y'.repeat(5000);
    const out = renderBlockKit(message([{ type: 'paragraph', text }]));
    expectWithinLimits(out);
    const pieces = out.flatMap((m) => m.blocks).map((b) => unescapeMrkdwn((b as SectionBlock).text!.text));
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(/^[\u200d\uFE0F]|^\u{1F3FD}/u.test(p)).toBe(false);
  });

  it('keeps to 50 blocks and 25 buttons, and numbers actions uniquely across messages', () => {
    const choices = Array.from({ length: 60 }, (_, i) => ({ label: `Choice ${i}`, action: `c${i}` }));
    const paras: Block[] = Array.from({ length: 70 }, (_, i) => ({ type: 'paragraph', text: `Paragraph ${i}.` }));
    const out = renderBlockKit(message([...paras, { type: 'choices', choices }]));
    expectWithinLimits(out);
    expect(out.length).toBe(2);
    const actions = out.flatMap((m) => m.blocks).filter((b): b is ActionsBlock => b.type === 'actions');
    expect(actions.map((a) => a.elements.length)).toEqual([25, 25, 10]);
  });

  it('uses a header up to 150 characters and sections beyond', () => {
    const short = 'h'.repeat(150);
    expect(renderBlockKit(message([{ type: 'heading', text: short }]))[0]!.blocks[0]!.type).toBe('header');
    const long = 'Heading *words* '.repeat(400);
    const out = renderBlockKit(message([{ type: 'heading', text: long }]));
    expectWithinLimits(out);
    const blocks = out.flatMap((m) => m.blocks) as SectionBlock[];
    expect(blocks.every((b) => b.type === 'section')).toBe(true);
    expect(blocks.map((b) => unescapeMrkdwn(b.text!.text)).join('')).toBe(long);
  });

  it('shows a button label over 75 characters in full beside a short button', () => {
    const label = 'A very long choice label that will not fit on a Slack button at all, not even close';
    const out = renderBlockKit(message([{ type: 'choices', choices: [{ label, action: 'pick', value: { k: 'v' } }] }]));
    expectWithinLimits(out);
    const sectionBlock = out[0]!.blocks[0] as SectionBlock;
    expect(unescapeMrkdwn(sectionBlock.text!.text)).toBe(label);
    expect(sectionBlock.accessory).toMatchObject({ type: 'button', text: { text: 'Choose' } });
    expect(parseSlackAction(sectionBlock.accessory as Button & { action_id: string })).toEqual({ id: 'pick', value: { k: 'v' } });
  });

  it('falls back to `*label:* value` lines when a fact is too long for a field', () => {
    const long = 'Notes go on. '.repeat(400);
    const out = renderBlockKit(message([{ type: 'facts', facts: [{ label: 'Band', value: '5' }, { label: 'Notes', value: long }] }]));
    expectWithinLimits(out);
    const texts = out.flatMap((m) => m.blocks).map((b) => (b as SectionBlock).text!.text);
    expect(texts[0]).toBe('*Band:* 5');
    expect(texts[1]!.startsWith('*Notes:* ')).toBe(true);
    expect(unescapeMrkdwn(texts.slice(1).join('').slice('*Notes:* '.length))).toBe(long);
  });

  it('splits more than 10 facts into several sections', () => {
    const facts = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `V${i}` }));
    const out = renderBlockKit(message([{ type: 'facts', facts }]));
    expectWithinLimits(out);
    expect(out[0]!.blocks.map((b) => (b as SectionBlock).fields?.length)).toEqual([10, 10, 3]);
  });

  it('asks for text when a choice has no options (an empty menu is invalid)', () => {
    const out = renderBlockKit(message([{ type: 'inputs', fields: [{ id: 'a', label: 'Pick', kind: 'choice', options: [] }], submit: { label: 'Go', action: 'go' } }]));
    expect((out[0]!.blocks[0] as InputBlock).element).toEqual({ type: 'plain_text_input', action_id: 'a' });
  });

  it('refuses a button value Slack would reject, and reserved input ids', () => {
    expect(() => renderBlockKit(message([{ type: 'choices', choices: [{ label: 'x', action: 'x', value: { big: 'x'.repeat(2000) } }] }]))).toThrow(RangeError);
    for (const id of ['__proto__', '', 'cc_1']) {
      expect(() => renderBlockKit(message([{ type: 'inputs', fields: [{ id, label: 'x', kind: 'text' }], submit: { label: 'Go', action: 'go' } }]))).toThrow(/reserved/);
    }
  });

  it('falls back to the plain text when there are no blocks, and to nothing when empty', () => {
    const out = renderBlockKit({ text: 'Hi <!channel>', blocks: [] });
    expect(out).toEqual([{ text: 'Hi &lt;!channel\u200b&gt;', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Hi &lt;!channel\u200b&gt;', verbatim: true } }] }]);
    expect(renderBlockKit({ text: '', blocks: [] })).toEqual([]);
  });

  it('gives a buttons-only message a fallback text from the labels', () => {
    const out = renderBlockKit(message([{ type: 'choices', choices: [{ label: 'Yes', action: 'y' }, { label: 'No', action: 'n' }] }]));
    expect(out[0]!.text).toBe('Yes, No');
  });
});

describe('parseSlackAction', () => {
  it('round-trips every button on a rendered message, with submitted input values', () => {
    const out = renderBlockKit(rich);
    const buttons = out.flatMap((m) => m.blocks).flatMap((b) => (b.type === 'actions' ? (b.elements as Button[]) : []));
    expect(buttons).toHaveLength(4);
    for (const b of buttons.slice(0, 3)) {
      const parsed = parseSlackAction({ action_id: b.action_id!, value: b.value! });
      const { a, v } = JSON.parse(b.value!) as { a: string; v: Record<string, string> };
      expect(parsed).toEqual({ id: a, value: v });
    }
    const state = {
      goal: { goal: { type: 'plain_text_input', value: 'Lead a ward' } },
      role: { role: { type: 'plain_text_input', value: null } },
      start: { start: { type: 'datepicker', selected_date: '2024-09-01' } },
      hours: { hours: { type: 'number_input', value: '37.5' } },
      band: { band: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Band 6' }, value: '6' } } },
      areas: { areas: { type: 'checkboxes', selected_options: [{ value: 'a' }, { value: 'b' }] } },
      many: { many: { type: 'multi_static_select', selected_options: [] } },
      step: { step: { type: 'plain_text_input', value: 'from input' } },
    };
    expect(parseSlackAction({ action_id: buttons[3]!.action_id!, value: buttons[3]!.value! }, state)).toEqual({
      id: 'plan.save',
      value: { goal: 'Lead a ward', role: '', start: '2024-09-01', hours: '37.5', band: '6', areas: 'a,b', many: '', step: '2' },
    });
  });

  it('ignores hostile keys and does not pollute prototypes', () => {
    const value = '{"a":"x","v":{"__proto__":{"polluted":"yes"},"constructor":"c","prototype":"p","ok":"1"}}';
    const state = JSON.parse(
      '{"__proto__":{"x":{"type":"plain_text_input","value":"p"}},"b":{"__proto__":{"type":"plain_text_input","value":"p"},"constructor":{"type":"plain_text_input","value":"c"},"f":{"type":"plain_text_input","value":"ok"},"g":"junk","h":{"type":"plain_text_input","value":{"x":1}}}}',
    ) as unknown;
    const parsed = parseSlackAction({ action_id: 'cc_1', value }, state);
    expect(parsed).toEqual({ id: 'x', value: { f: 'ok', ok: '1' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(parsed!.value)).toBe(Object.prototype);
  });

  it('rejects anything that is not ours', () => {
    const ok = JSON.stringify({ a: 'x', v: {} });
    for (const [action, why] of [
      [{ action_id: 'other', value: ok }, 'foreign action id'],
      [{ action_id: 'goal', value: ok }, 'input action id'],
      [{ action_id: 'cc_1' }, 'no value'],
      [{ action_id: 'cc_1', value: 'not json' }, 'not JSON'],
      [{ action_id: 'cc_1', value: '[1]' }, 'array'],
      [{ action_id: 'cc_1', value: '"x"' }, 'string'],
      [{ action_id: 'cc_1', value: JSON.stringify({ v: {} }) }, 'no action'],
      [{ action_id: 'cc_1', value: JSON.stringify({ a: '' }) }, 'empty action'],
      [{ action_id: 'cc_1', value: JSON.stringify({ a: 'x'.repeat(201) }) }, 'long action'],
      [{ action_id: 'cc_1', value: JSON.stringify({ a: 'x', v: 'str' }) }, 'v not object'],
      [{ action_id: 'cc_1', value: JSON.stringify({ a: 'x', v: { p: 'x'.repeat(2000) } }) }, 'value too long'],
      [null, 'null'],
      ['cc_1', 'string action'],
    ] as const) {
      expect(parseSlackAction(action as unknown as { action_id: string; value?: string }), why).toBeUndefined();
    }
    expect(parseSlackAction({ action_id: 'cc_1', value: JSON.stringify({ a: 'x'.repeat(200) }) })).toEqual({ id: 'x'.repeat(200), value: {} });
  });
});

describe('Slack deep links to a person', () => {
  it('keeps slack://user links of the exact shape and drops other slack: links', () => {
    expect(safeSlackUrl('slack://user?team=T0123&id=U0456')).toBe('slack://user?team=T0123&id=U0456');
    expect(safeSlackUrl('slack://user?team=T0123&id=U0456&x=<!channel>')).toBeUndefined();
    expect(safeSlackUrl('slack://app?team=T1&id=A1')).toBeUndefined();
    expect(safeSlackUrl('javascript:alert(1)')).toBeUndefined();
  });
});
