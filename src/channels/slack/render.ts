/**
 * Renders channel-neutral messages as Slack Block Kit (button presses are read
 * back in parse.ts, and text is escaped by mrkdwn.ts).
 *
 * Pure: no network, no Bolt. Each result is one `chat.postMessage` worth of
 * `{ text, blocks }`; a long message becomes several.
 *
 * Safety. Text in blocks is plain text, often typed by people. In Slack `mrkdwn`,
 * `&`, `<` and `>` start links, mentions (`<@U123>`, `<!channel>`) and dates, so they are
 * entity-escaped as Slack documents. Slack has no escape for its formatting characters,
 * so `escapeMrkdwn` puts a ZERO WIDTH SPACE (U+200B) before every `*`, `_`, `~`, `` ` ``
 * and `>`: a formatting marker must sit at a word boundary, and the invisible character
 * takes that place, so `*bold*` shows as typed and `>` cannot open a quote. We also
 * mark every mrkdwn text object `verbatim: true`. Verbatim alone is not enough (it only
 * stops Slack from auto-linking URLs and #channel names and from parsing bare @mentions;
 * bold, italic, strike and code still apply), and escaping alone would leave bare URLs
 * and `#channel` names to be auto-linked; together they render the text as typed.
 * `@here`, `@channel` and `@everyone` get a zero width space after the `@` as well.
 * `plain_text` objects (header, button and input labels) are not parsed by Slack and
 * are passed as they are.
 */
import { splitText } from '../../core/text.js';
import type {
  ActionsBlock,
  Button,
  Checkboxes,
  ContextBlock,
  Datepicker,
  DividerBlock,
  HeaderBlock,
  ImageBlock,
  InputBlock,
  InputBlockElement,
  KnownBlock,
  MrkdwnElement,
  MultiStaticSelect,
  NumberInput,
  PlainTextElement,
  PlainTextInput,
  PlainTextOption,
  SectionBlock,
  StaticSelect,
} from '@slack/types';
import type { Block, Choice, Fact, InputField, OutboundMessage } from '../../core/messages.js';
import { escapeLinkLabel, escapeMrkdwn, safeSlackUrl } from './mrkdwn.js';
import { SLACK_LIMITS } from './limits.js';

export { escapeLinkLabel, escapeMrkdwn, safeSlackUrl, unescapeMrkdwn } from './mrkdwn.js';
export { parseSlackAction } from './parse.js';
export { SLACK_LIMITS } from './limits.js';
export { splitText };

export interface SlackMessage {
  /** Fallback for notifications and screen readers (mrkdwn, escaped). */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderSlackOptions {
  /** Resolves relative image URLs; without it only absolute http(s) images are shown. */
  imageBaseUrl?: string;
}


// ---------------------------------------------------------------------------------------
// Splitting long text without losing any of it (same rules as the Teams renderer)
// ---------------------------------------------------------------------------------------


/** `raw` escaped and split into pieces of at most `limit` characters, the first after `prefix`. */
function escapedPieces(raw: string, limit: number, prefix = ''): string[] {
  // Most text fits whole: escape it once (the split below escapes each piece it tries, then again to keep it).
  const whole = fitsWhole(raw, limit, prefix);
  if (whole !== undefined) return [prefix + whole];
  return splitText(raw, limit, (piece, i) => escapeMrkdwn(piece).length + (i === 0 ? prefix.length : 0) <= limit).map(
    (piece, i) => (i === 0 ? prefix : '') + escapeMrkdwn(piece),
  );
}

/** `raw` escaped, when it fits in one piece of at most `limit` characters after `prefix` (as `splitText` would leave it). */
function fitsWhole(raw: string, limit: number, prefix: string): string | undefined {
  if (raw.length > limit) return undefined;
  const escaped = escapeMrkdwn(raw);
  return escaped.length + prefix.length <= limit ? escaped : undefined;
}

// ---------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------

/** Blocks that must go in the same message, with their plain-text fallback. */
interface Unit {
  blocks: KnownBlock[];
  /** Plain text for the fallback (escaped when the message is assembled). */
  fallback: string;
  /** Used for the fallback when a message has no text at all (buttons only). */
  hint: string;
  /** True for the second and later pieces of one split text: no paragraph break before. */
  continues?: boolean;
}

const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

const mrkdwn = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const plain = (text: string): PlainTextElement => ({ type: 'plain_text', text });
const section = (text: string): SectionBlock => ({ type: 'section', text: mrkdwn(text) });

class Renderer {
  private actionCount = 0;

  constructor(private readonly opts: RenderSlackOptions) {}

  button(choice: Choice, text?: string): Button {
    const value = JSON.stringify({ a: choice.action, v: choice.value ?? {} });
    if (value.length > SLACK_LIMITS.buttonValue) {
      throw new RangeError(`Button value for action ${JSON.stringify(choice.action.slice(0, 50))} is over ${SLACK_LIMITS.buttonValue} characters`);
    }
    this.actionCount++;
    const button: Button = {
      type: 'button',
      action_id: `cc_${this.actionCount}`,
      text: plain(text ?? (choice.label.trim() === '' ? 'Choose' : choice.label)),
      value,
    };
    if (choice.style === 'primary') button.style = 'primary';
    else if (choice.style === 'danger') button.style = 'danger';
    return button;
  }

  /** Lines of mrkdwn (each at most a section long) packed into as few sections as fit. */
  linesToUnits(lines: Array<{ text: string; fallback: string }>): Unit[] {
    const units: Unit[] = [];
    let text = '';
    let fallback: string[] = [];
    const flush = (): void => {
      if (text !== '') units.push({ blocks: [section(text)], fallback: fallback.join('\n'), hint: '' });
      text = '';
      fallback = [];
    };
    for (const line of lines) {
      if (text !== '' && text.length + 1 + line.text.length > SLACK_LIMITS.sectionText) flush();
      text = text === '' ? line.text : `${text}\n${line.text}`;
      fallback.push(line.fallback);
    }
    flush();
    return units;
  }

  textUnits(raw: string, make: (text: string) => KnownBlock, prefix = ''): Unit[] {
    if (raw === '' && prefix === '') return [];
    const limit = SLACK_LIMITS.sectionText;
    const whole = fitsWhole(raw, limit, prefix);
    if (whole !== undefined) return [{ blocks: [make(prefix + whole)], fallback: raw, hint: '', continues: false }];
    return splitText(raw, limit, (piece, i) => escapeMrkdwn(piece).length + (i === 0 ? prefix.length : 0) <= limit).map(
      (piece, i) => ({ blocks: [make((i === 0 ? prefix : '') + escapeMrkdwn(piece))], fallback: piece, hint: '', continues: i > 0 }),
    );
  }

  facts(facts: Fact[]): Unit[] {
    // A label is shown in bold, which Slack only applies within one line.
    const labelOf = (f: Fact): string => f.label.replace(/\s+/g, ' ').trim();
    const fieldText = (f: Fact): string => {
      const label = labelOf(f);
      const value = escapeMrkdwn(f.value);
      return label === '' ? value : `*${escapeMrkdwn(label)}*\n${value}`;
    };
    const asFields = facts.every((f) => {
      const t = fieldText(f);
      return t.length > 0 && t.length <= SLACK_LIMITS.fieldText;
    });
    if (asFields) {
      const units: Unit[] = [];
      for (let i = 0; i < facts.length; i += SLACK_LIMITS.sectionFields) {
        const group = facts.slice(i, i + SLACK_LIMITS.sectionFields);
        units.push({
          blocks: [{ type: 'section', fields: group.map((f) => mrkdwn(fieldText(f))) }],
          fallback: group.map((f) => `${f.label}: ${f.value}`).join('\n'),
          hint: '',
        });
      }
      return units;
    }
    // Some fact is too long for a field: one `*label:* value` line per fact instead.
    const lines: Array<{ text: string; fallback: string }> = [];
    for (const f of facts) {
      const label = labelOf(f);
      const prefix = label === '' ? '' : `*${escapeMrkdwn(label)}:* `;
      if (prefix.length > SLACK_LIMITS.sectionText / 2) {
        for (const t of escapedPieces(f.label, SLACK_LIMITS.sectionText)) lines.push({ text: t, fallback: '' });
        for (const t of escapedPieces(f.value, SLACK_LIMITS.sectionText)) lines.push({ text: t, fallback: '' });
      } else {
        for (const t of escapedPieces(f.value, SLACK_LIMITS.sectionText, prefix)) lines.push({ text: t, fallback: '' });
      }
      const last = lines[lines.length - 1];
      if (last) last.fallback = `${f.label}: ${f.value}`;
    }
    return this.linesToUnits(lines);
  }

  choices(choices: Choice[]): Unit[] {
    const units: Unit[] = [];
    let row: Button[] = [];
    let labels: string[] = [];
    const flush = (): void => {
      if (row.length > 0) units.push({ blocks: [{ type: 'actions', elements: row }], fallback: '', hint: labels.join(', ') });
      row = [];
      labels = [];
    };
    for (const choice of choices) {
      if (choice.label.length <= SLACK_LIMITS.buttonText) {
        if (row.length === SLACK_LIMITS.actionsElements) flush();
        row.push(this.button(choice));
        labels.push(choice.label);
        continue;
      }
      // A label too long for a button: show it in full in a section, with the button beside it.
      flush();
      const pieces = escapedPieces(choice.label, SLACK_LIMITS.sectionText);
      const blocks: KnownBlock[] = pieces.map((t) => section(t));
      const last = blocks[blocks.length - 1] as SectionBlock;
      last.accessory = this.button(choice, 'Choose');
      units.push({ blocks, fallback: '', hint: choice.label });
    }
    flush();
    return units;
  }

  links(links: Array<{ label: string; url: string }>): Unit[] {
    const lines: Array<{ text: string; fallback: string }> = [];
    for (const link of links) {
      const url = safeSlackUrl(link.url);
      if (!url) continue;
      const href = url.replace(/&/g, '&amp;');
      const label = escapeLinkLabel(link.label);
      const text = label.trim() === '' ? `<${href}>` : `<${href}|${label}>`;
      if (text.length > SLACK_LIMITS.sectionText) {
        // A label too long for one link: the label as text, then the bare link.
        for (const t of escapedPieces(link.label, SLACK_LIMITS.sectionText)) lines.push({ text: t, fallback: '' });
        if (href.length + 2 > SLACK_LIMITS.sectionText) continue;
        lines.push({ text: `<${href}>`, fallback: `${link.label}: ${url}` });
      } else {
        lines.push({ text, fallback: `${link.label}: ${url}` });
      }
    }
    return this.linesToUnits(lines);
  }

  image(url: string, alt: string): Unit[] {
    const base = this.opts.imageBaseUrl !== undefined && safeSlackUrl(this.opts.imageBaseUrl) ? this.opts.imageBaseUrl : undefined;
    const safe = safeSlackUrl(url, base);
    if (!safe || safe.length > SLACK_LIMITS.imageUrl) return [];
    const fits = alt.trim() !== '' && alt.length <= SLACK_LIMITS.altText;
    const image: ImageBlock = { type: 'image', image_url: safe, alt_text: fits ? alt : 'Image' };
    const units: Unit[] = [{ blocks: [image], fallback: `[${alt}]`, hint: '' }];
    if (!fits && alt.trim() !== '') {
      // Alt text too long for Slack: show all of it under the image.
      units.push(...this.textUnits(alt, (t) => ({ type: 'context', elements: [mrkdwn(t)] })));
    }
    return units;
  }

  inputElement(field: InputField): InputBlockElement {
    const placeholder = field.placeholder && field.placeholder.length <= SLACK_LIMITS.placeholder ? { placeholder: plain(field.placeholder) } : {};
    const id = field.id;
    // A choice with nothing to choose from is not a valid menu: ask for text instead.
    const kind = field.kind === 'choice' && (field.options ?? []).length === 0 ? 'text' : field.kind;
    switch (kind) {
      case 'text':
      case 'multiline': {
        const el: PlainTextInput = { type: 'plain_text_input', action_id: id, ...placeholder };
        if (kind === 'multiline') el.multiline = true;
        if (field.initial !== undefined && field.initial !== '') el.initial_value = field.initial;
        return el;
      }
      case 'date': {
        const el: Datepicker = { type: 'datepicker', action_id: id, ...placeholder };
        if (field.initial !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(field.initial)) el.initial_date = field.initial;
        return el;
      }
      case 'number': {
        const el: NumberInput = { type: 'number_input', action_id: id, is_decimal_allowed: true, ...placeholder };
        if (field.initial !== undefined && field.initial.trim() !== '' && Number.isFinite(Number(field.initial))) {
          el.initial_value = field.initial.trim();
        }
        return el;
      }
      case 'choice': {
        const options: PlainTextOption[] = (field.options ?? []).map((o) => {
          if (o.value.length > SLACK_LIMITS.optionValue) {
            throw new RangeError(`Option value in ${JSON.stringify(id)} is over ${SLACK_LIMITS.optionValue} characters`);
          }
          const label = o.label.trim() === '' ? o.value : o.label;
          // Slack allows 75 characters for an option; a longer label is shortened on the menu.
          const text = label.length <= SLACK_LIMITS.optionText ? label : `${label.slice(0, SLACK_LIMITS.optionText - 1)}\u2026`;
          return { text: plain(text), value: o.value };
        });
        const initial = new Set((field.initial ?? '').split(',').map((v) => v.trim()).filter((v) => v !== ''));
        const chosen = options.filter((o) => o.value !== undefined && initial.has(o.value));
        const grouped =
          options.length > SLACK_LIMITS.selectOptions
            ? {
                option_groups: Array.from({ length: Math.ceil(options.length / SLACK_LIMITS.selectOptions) }, (_, g) => ({
                  label: plain(`${g * SLACK_LIMITS.selectOptions + 1}\u2013${Math.min(options.length, (g + 1) * SLACK_LIMITS.selectOptions)}`),
                  options: options.slice(g * SLACK_LIMITS.selectOptions, (g + 1) * SLACK_LIMITS.selectOptions),
                })),
              }
            : { options };
        if (field.multiple && options.length <= SLACK_LIMITS.checkboxOptions) {
          const el: Checkboxes = { type: 'checkboxes', action_id: id, options };
          if (chosen.length > 0) el.initial_options = chosen;
          return el;
        }
        if (field.multiple) {
          const el: MultiStaticSelect = { type: 'multi_static_select', action_id: id, ...placeholder, ...grouped };
          if (chosen.length > 0) el.initial_options = chosen;
          return el;
        }
        const el: StaticSelect = { type: 'static_select', action_id: id, ...placeholder, ...grouped };
        if (chosen[0]) el.initial_option = chosen[0];
        return el;
      }
    }
  }

  inputs(fields: InputField[], submit: Choice): Unit[] {
    const blocks: KnownBlock[] = [];
    for (const field of fields) {
      if (field.id === '' || field.id.length > SLACK_LIMITS.blockId || RESERVED_IDS.has(field.id) || field.id.startsWith('cc_')) {
        throw new Error(`Input id ${JSON.stringify(field.id.slice(0, 50))} is reserved, empty or too long`);
      }
      let label = field.label.trim() !== '' ? field.label : field.placeholder?.trim() ? field.placeholder : field.id;
      if (label.length > SLACK_LIMITS.inputLabel) {
        // Too long for a label: show it in full above the input.
        blocks.push(...escapedPieces(label, SLACK_LIMITS.sectionText).map((t) => section(t)));
        label = 'Your answer';
      }
      const input: InputBlock = { type: 'input', block_id: field.id, label: plain(label), element: this.inputElement(field) };
      if (field.optional) input.optional = true;
      const placeholder = field.placeholder ?? '';
      if (placeholder.length > SLACK_LIMITS.placeholder && placeholder.length <= SLACK_LIMITS.hint) input.hint = plain(placeholder);
      blocks.push(input);
      if (placeholder.length > SLACK_LIMITS.hint) {
        blocks.push(...escapedPieces(placeholder, SLACK_LIMITS.sectionText).map((t): ContextBlock => ({ type: 'context', elements: [mrkdwn(t)] })));
      }
    }
    // The submit label is ours; Slack allows 75 characters on a button.
    const label = submit.label.length > SLACK_LIMITS.buttonText ? `${submit.label.slice(0, SLACK_LIMITS.buttonText - 1)}…` : submit.label;
    const actions: ActionsBlock = { type: 'actions', elements: [this.button(submit, label.trim() === '' ? 'Send' : label)] };
    blocks.push(actions);
    return [{ blocks, fallback: '', hint: [...fields.map((f) => f.label), submit.label].join(', ') }];
  }

  units(block: Block): Unit[] {
    switch (block.type) {
      case 'heading':
        if (block.text.trim() !== '' && block.text.length <= SLACK_LIMITS.headerText) {
          const header: HeaderBlock = { type: 'header', text: plain(block.text) };
          return [{ blocks: [header], fallback: block.text, hint: '' }];
        }
        return this.textUnits(block.text, section);
      case 'paragraph':
        if (block.tone === 'muted') return this.textUnits(block.text, (t) => ({ type: 'context', elements: [mrkdwn(t)] }));
        return this.textUnits(block.text, section, block.tone === 'warning' ? ':warning: ' : '');
      case 'list': {
        const lines: Array<{ text: string; fallback: string }> = [];
        block.items.forEach((item, i) => {
          const prefix = block.ordered ? `${i + 1}. ` : '\u2022 ';
          const pieces = escapedPieces(item, SLACK_LIMITS.sectionText, prefix);
          pieces.forEach((text, j) => lines.push({ text, fallback: j === pieces.length - 1 ? `${prefix}${item}` : '' }));
        });
        return this.linesToUnits(lines);
      }
      case 'facts':
        return this.facts(block.facts);
      case 'choices':
        return this.choices(block.choices);
      case 'links':
        return this.links(block.links);
      case 'image':
        return this.image(block.url, block.alt);
      case 'divider': {
        const divider: DividerBlock = { type: 'divider' };
        return [{ blocks: [divider], fallback: '', hint: '' }];
      }
      case 'inputs':
        return this.inputs(block.fields, block.submit);
    }
  }
}

/**
 * Renders a message as one or more Slack messages. Each has at most 50 blocks, section
 * texts of at most 3,000 characters and a fallback `text` of at most 40,000 characters;
 * long texts are split at paragraph, line or sentence boundaries, never cut short.
 */
export function renderBlockKit(msg: OutboundMessage, opts: RenderSlackOptions = {}): SlackMessage[] {
  const renderer = new Renderer(opts);
  let units = msg.blocks.flatMap((b) => renderer.units(b));
  if (units.length === 0 && msg.text !== '') units = renderer.textUnits(msg.text, section);

  const groups: Unit[][] = [];
  let group: Unit[] = [];
  let blocks = 0;
  let textLength = 0;
  for (const unit of units) {
    const unitText = unit.fallback === '' ? 0 : escapeMrkdwn(unit.fallback).length + 2;
    if (
      group.length > 0 &&
      (blocks + unit.blocks.length > SLACK_LIMITS.blocksPerMessage || textLength + unitText > SLACK_LIMITS.messageText)
    ) {
      groups.push(group);
      group = [];
      blocks = 0;
      textLength = 0;
    }
    group.push(unit);
    blocks += unit.blocks.length;
    textLength += unitText;
  }
  if (group.length > 0) groups.push(group);

  const whole = escapeMrkdwn(msg.text);
  return groups.map((g) => {
    let text: string;
    if (groups.length === 1 && whole !== '' && whole.length <= SLACK_LIMITS.messageText) {
      text = whole;
    } else {
      let fallback = '';
      for (const u of g) {
        if (u.fallback === '') continue;
        fallback += fallback === '' || u.continues ? u.fallback : `\n\n${u.fallback}`;
      }
      text = escapeMrkdwn(fallback !== '' ? fallback : g.map((u) => u.hint).filter((t) => t !== '').join('\n'));
      // Hints (labels of buttons and inputs) only summarise blocks the message shows in
      // full; if they are somehow too long, say something generic rather than cut them.
      if (text.length > SLACK_LIMITS.messageText) text = 'Please choose an option.';
    }
    return { text, blocks: g.flatMap((u) => u.blocks) };
  });
}
