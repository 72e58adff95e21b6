/**
 * Renders channel-neutral messages as Adaptive Cards for Microsoft Teams, and parses
 * the `activity.value` of an Action.Submit back into an action.
 *
 * Pure: no network, no botbuilder. The adapter wraps each card in an attachment with
 * contentType `application/vnd.microsoft.card.adaptive`.
 *
 * Safety. Text in blocks is plain text, often typed by people. Adaptive Card TextBlocks
 * (and FactSets, and expanded ChoiceSet labels) render Markdown, hosts autolink URLs and
 * e-mail addresses, and every text surface expands `{{DATE(...)}}` / `{{TIME(...)}}`.
 * So every text we place is neutralised (see text.ts), never with backslash escapes,
 * which the Teams mobile apps show:
 *  - Markdown surfaces get `escapeCardText`: invisible word joiners where Markdown syntax,
 *    a link or a card function could form, and look-alikes for pairs of `*`, `~`, `` ` ``.
 *  - Plain surfaces (button titles, input labels, placeholders, compact choice titles,
 *    alt text) get `escapeCardPlainText`: only the invisible breaks for `{{`, URLs and
 *    e-mail addresses.
 * Formatting we want (headings, muted or warning text) comes from TextBlock properties,
 * never from Markdown in the text.
 */
import { splitText } from '../../core/text.js';
import { escapeCardPlainText, escapeCardText, unescapeCardPlainText, visibleCardText } from './text.js';
import type { Block, Choice, Fact, InputField, OutboundMessage } from '../../core/messages.js';

// ---------------------------------------------------------------------------------------
// Card JSON types (only what we produce)
// ---------------------------------------------------------------------------------------

export interface TextBlockJson {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'bolder';
  size?: 'medium';
  style?: 'heading';
  isSubtle?: true;
  color?: 'attention';
}

export interface FactSetJson {
  type: 'FactSet';
  facts: Array<{ title: string; value: string }>;
}

export interface SubmitActionJson {
  type: 'Action.Submit';
  title: string;
  style?: 'positive' | 'destructive';
  data: { cc: string; v: Record<string, string> };
}

export interface OpenUrlActionJson {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface ActionSetJson {
  type: 'ActionSet';
  actions: Array<SubmitActionJson | OpenUrlActionJson>;
}

export interface ImageJson {
  type: 'Image';
  url: string;
  altText: string;
}

export interface ContainerJson {
  type: 'Container';
  separator: true;
  spacing: 'medium';
  items: CardElementJson[];
}

interface InputBaseJson {
  id: string;
  label: string;
  isRequired?: true;
  errorMessage?: string;
}

export interface TextInputJson extends InputBaseJson {
  type: 'Input.Text';
  isMultiline?: true;
  placeholder?: string;
  value?: string;
}

export interface DateInputJson extends InputBaseJson {
  type: 'Input.Date';
  placeholder?: string;
  value?: string;
}

export interface NumberInputJson extends InputBaseJson {
  type: 'Input.Number';
  placeholder?: string;
  value?: number;
}

export interface ChoiceSetInputJson extends InputBaseJson {
  type: 'Input.ChoiceSet';
  style: 'expanded' | 'compact';
  isMultiSelect?: true;
  placeholder?: string;
  value?: string;
  choices: Array<{ title: string; value: string }>;
}

export type InputJson = TextInputJson | DateInputJson | NumberInputJson | ChoiceSetInputJson;

export type CardElementJson =
  | TextBlockJson
  | FactSetJson
  | ActionSetJson
  | ImageJson
  | ContainerJson
  | InputJson;

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElementJson[];
}

export interface RenderTeamsOptions {
  /** Resolves relative image URLs; without it only absolute http(s) images are shown. */
  imageBaseUrl?: string;
  /**
   * Most bytes of JSON per card. Teams refuses activities over 28 KB; the default leaves
   * room for the activity envelope around the card.
   */
  maxCardBytes?: number;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Teams' limit for a whole message. */
export const TEAMS_MAX_MESSAGE_BYTES = 28 * 1024;
export const DEFAULT_MAX_CARD_BYTES = 25_000;
/**
 * Actions per ActionSet. Teams shows up to 6; the Adaptive Cards default host config (and
 * so its validator, Outlook and other hosts) allows 5, so we keep to 5 and add rows.
 */
export const MAX_ACTIONS_PER_SET = 5;
/** Most bytes of JSON for one text in one TextBlock / Fact; longer text is split. */
const MAX_TEXT_BYTES = 6_000;

// ---------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------

const jsonBytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v), 'utf8');
/** The most bytes one UTF-16 unit of a string takes in JSON: a control character escaped as \u001f. */
const MAX_JSON_BYTES_PER_CHAR = 6;
/** The most UTF-8 bytes one UTF-16 unit of JSON.stringify's output takes (it escapes lone surrogates). */
const MAX_UTF8_BYTES_PER_UNIT = 3;

/** Only absolute http(s) URLs without credentials. */
export function safeHttpUrl(raw: string, base?: string): string | undefined {
  try {
    const url = base === undefined ? new URL(raw) : new URL(raw, new URL(base));
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username !== '' || url.password !== '') return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Ids the parser treats specially; an input may not use them. */
const RESERVED_IDS = new Set(['cc', 'v', '__proto__', 'constructor', 'prototype']);

/** Text split into escaped pieces that each fit in one TextBlock or Fact. */
function escapedPieces(text: string, prefix = ''): string[] {
  // Most text fits whole: escape it once (the split below escapes each piece it tries, then again to keep it).
  if (text.length <= MAX_TEXT_BYTES) {
    const whole = escapeCardText(text);
    // Short enough that even at the most bytes a character can take it fits, without counting.
    if (MAX_JSON_BYTES_PER_CHAR * (whole.length + prefix.length) + 2 <= MAX_TEXT_BYTES) return [prefix + whole];
    if (jsonBytes(whole) + jsonBytes(prefix) - 2 <= MAX_TEXT_BYTES) return [prefix + whole];
  }
  const prefixBytes = jsonBytes(prefix) - 2;
  return splitText(text, MAX_TEXT_BYTES, (piece, i) =>
    jsonBytes(escapeCardText(piece)) + (i === 0 ? prefixBytes : 0) <= MAX_TEXT_BYTES,
  ).map((piece, i) => (i === 0 ? prefix : '') + escapeCardText(piece));
}

function textBlocks(text: string, extra: Partial<TextBlockJson>, prefix = ''): CardElementJson[][] {
  if (text === '' && prefix === '') return [];
  return escapedPieces(text, prefix).map((t) => [{ type: 'TextBlock', text: t, wrap: true, ...extra }]);
}

function submitAction(choice: Choice): SubmitActionJson {
  const action: SubmitActionJson = {
    type: 'Action.Submit',
    // A button needs a title; ours are short, but never send an empty one.
    title: escapeCardPlainText(choice.label.trim() === '' ? 'Choose' : choice.label),
    data: { cc: choice.action, v: { ...(choice.value ?? {}) } },
  };
  if (choice.style === 'primary') action.style = 'positive';
  else if (choice.style === 'danger') action.style = 'destructive';
  return action;
}

function actionRows(actions: Array<SubmitActionJson | OpenUrlActionJson>): CardElementJson[][] {
  const rows: CardElementJson[][] = [];
  for (let i = 0; i < actions.length; i += MAX_ACTIONS_PER_SET) {
    rows.push([{ type: 'ActionSet', actions: actions.slice(i, i + MAX_ACTIONS_PER_SET) }]);
  }
  return rows;
}

function factSets(facts: Fact[]): CardElementJson[][] {
  const split: Array<{ title: string; value: string }> = [];
  for (const f of facts) {
    const whole = { title: escapeCardText(f.label), value: escapeCardText(f.value) };
    if (jsonBytes(whole) <= MAX_TEXT_BYTES) {
      split.push(whole);
      continue;
    }
    // One over-long fact becomes several rows: the title (split if need be) then the value.
    const titles = escapedPieces(f.label);
    const values = escapedPieces(f.value);
    for (let i = 0; i < Math.max(titles.length, values.length); i++) {
      split.push({ title: titles[i] ?? '', value: values[i] ?? '' });
    }
  }
  const sets: CardElementJson[][] = [];
  let current: Array<{ title: string; value: string }> = [];
  let bytes = 0;
  for (const fact of split) {
    const b = jsonBytes(fact) + 1;
    if (current.length > 0 && bytes + b > MAX_TEXT_BYTES) {
      sets.push([{ type: 'FactSet', facts: current }]);
      current = [];
      bytes = 0;
    }
    current.push(fact);
    bytes += b;
  }
  if (current.length > 0) sets.push([{ type: 'FactSet', facts: current }]);
  return sets;
}

function inputElement(field: InputField): InputJson {
  if (RESERVED_IDS.has(field.id) || field.id === '') {
    throw new Error(`Input id ${JSON.stringify(field.id)} is reserved or empty`);
  }
  // Hosts require a label (screen readers read it); fall back to the placeholder or the id.
  const label = field.label.trim() !== '' ? field.label : field.placeholder?.trim() ? field.placeholder : field.id;
  const base: InputBaseJson = { id: field.id, label: escapeCardPlainText(label) };
  if (!field.optional) {
    base.isRequired = true;
    base.errorMessage = 'Please fill this in.';
  }
  const placeholder = field.placeholder === undefined ? {} : { placeholder: escapeCardPlainText(field.placeholder) };
  // A choice with nothing to choose from is not a valid ChoiceSet: ask for text instead.
  const kind = field.kind === 'choice' && (field.options ?? []).length === 0 ? 'text' : field.kind;
  switch (kind) {
    case 'text':
    case 'multiline': {
      const input: TextInputJson = { type: 'Input.Text', ...base, ...placeholder };
      if (kind === 'multiline') input.isMultiline = true;
      // An initial value is editable input, not rendered text: it is sent back as typed.
      if (field.initial !== undefined) input.value = field.initial;
      return input;
    }
    case 'date': {
      const input: DateInputJson = { type: 'Input.Date', ...base, ...placeholder };
      if (field.initial !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(field.initial)) input.value = field.initial;
      return input;
    }
    case 'number': {
      const input: NumberInputJson = { type: 'Input.Number', ...base, ...placeholder };
      const n = field.initial === undefined || field.initial.trim() === '' ? NaN : Number(field.initial);
      if (Number.isFinite(n)) input.value = n;
      return input;
    }
    case 'choice': {
      const options = field.options ?? [];
      const expanded = options.length <= 5;
      const input: ChoiceSetInputJson = {
        type: 'Input.ChoiceSet',
        ...base,
        ...(expanded ? {} : placeholder),
        style: expanded ? 'expanded' : 'compact',
        // Expanded choices are rendered like TextBlocks (Markdown); compact ones are plain.
        // A choice needs a non-empty title: fall back to its value.
        choices: options.map((o) => {
          const title = o.label.trim() !== '' ? o.label : o.value;
          return { title: expanded ? escapeCardText(title) : escapeCardPlainText(title), value: o.value };
        }),
      };
      if (field.multiple) input.isMultiSelect = true;
      if (field.initial !== undefined) input.value = field.initial;
      return input;
    }
  }
}

function blockUnits(block: Block, opts: RenderTeamsOptions): CardElementJson[][] {
  switch (block.type) {
    case 'heading':
      return textBlocks(block.text, { weight: 'bolder', size: 'medium', style: 'heading' });
    case 'paragraph':
      return textBlocks(
        block.text,
        block.tone === 'muted' ? { isSubtle: true } : block.tone === 'warning' ? { color: 'attention' } : {},
      );
    case 'list':
      // One TextBlock per item. The bullet / number is ours and followed by a no-break
      // space, so it can never be taken for Markdown list syntax.
      return block.items.flatMap((item, i) =>
        textBlocks(item, {}, block.ordered ? `${i + 1}.\u00a0` : '\u2022\u00a0'),
      );
    case 'facts':
      return factSets(block.facts);
    case 'choices':
      return actionRows(block.choices.map(submitAction));
    case 'links': {
      const actions: OpenUrlActionJson[] = [];
      for (const link of block.links) {
        const url = safeHttpUrl(link.url);
        if (url) actions.push({ type: 'Action.OpenUrl', title: escapeCardPlainText(link.label), url });
      }
      return actionRows(actions);
    }
    case 'image': {
      const base = opts.imageBaseUrl !== undefined && safeHttpUrl(opts.imageBaseUrl) ? opts.imageBaseUrl : undefined;
      const url = safeHttpUrl(block.url, base);
      return url ? [[{ type: 'Image', url, altText: escapeCardPlainText(block.alt) }]] : [];
    }
    case 'divider':
      return [[{ type: 'Container', separator: true, spacing: 'medium', items: [] }]];
    case 'inputs': {
      // The inputs and their submit button stay together in one card.
      const unit: CardElementJson[] = block.fields.map(inputElement);
      unit.push({ type: 'ActionSet', actions: [submitAction(block.submit)] });
      return [unit];
    }
  }
}

function emptyCard(): AdaptiveCardJson {
  return { type: 'AdaptiveCard', $schema: ADAPTIVE_CARD_SCHEMA, version: '1.5', body: [] };
}

const CARD_ENVELOPE_BYTES = jsonBytes(emptyCard());

/**
 * Renders a message as one or more Adaptive Cards, each under `maxCardBytes` of JSON.
 * Long messages are split at block boundaries, long texts at sentence or line boundaries.
 */
export function renderAdaptiveCards(msg: OutboundMessage, opts: RenderTeamsOptions = {}): AdaptiveCardJson[] {
  const budget = opts.maxCardBytes ?? DEFAULT_MAX_CARD_BYTES;
  let units = msg.blocks.flatMap((b) => blockUnits(b, opts));
  if (units.length === 0 && msg.text !== '') units = textBlocks(msg.text, {});

  // All of it fits in one card (as most messages do): no need to weigh each unit.
  const all = units.flat();
  if (all.length > 0 && CARD_ENVELOPE_BYTES + MAX_UTF8_BYTES_PER_UNIT * JSON.stringify(all).length - 1 <= budget) {
    const card = emptyCard();
    card.body = all;
    return [card];
  }

  const cards: AdaptiveCardJson[] = [];
  const envelope = CARD_ENVELOPE_BYTES;
  let card = emptyCard();
  let bytes = envelope;
  for (const unit of units) {
    const unitBytes = unit.reduce((n, el) => n + jsonBytes(el) + 1, 0);
    if (card.body.length > 0 && bytes + unitBytes > budget) {
      cards.push(card);
      card = emptyCard();
      bytes = envelope;
    }
    card.body.push(...unit);
    bytes += unitBytes;
  }
  if (card.body.length > 0) cards.push(card);
  return cards;
}

// ---------------------------------------------------------------------------------------
// Parsing a submit
// ---------------------------------------------------------------------------------------

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ACTION_ID = 200;
const MAX_KEY = 200;
const MAX_KEYS = 200;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(',');
  return undefined;
}

function copyInto(target: Record<string, string>, source: Record<string, unknown>, skip: Set<string>): void {
  let n = 0;
  for (const key of Object.keys(source)) {
    if (n >= MAX_KEYS) break;
    if (skip.has(key) || FORBIDDEN_KEYS.has(key) || key.length > MAX_KEY) continue;
    const value = asString(source[key]);
    if (value === undefined) continue;
    target[key] = value;
    n++;
  }
}

/**
 * Turns the `activity.value` of one of our Action.Submit buttons (`{ cc, v, ...inputs }`)
 * back into an action. Values carried by the button win over input values of the same name.
 * Returns undefined for anything that is not ours.
 */
export function parseTeamsSubmit(value: unknown): { id: string; value: Record<string, string> } | undefined {
  if (!isPlainObject(value)) return undefined;
  const id = value['cc'];
  if (typeof id !== 'string' || id === '' || id.length > MAX_ACTION_ID) return undefined;
  const out: Record<string, string> = {};
  copyInto(out, value, new Set(['cc', 'v']));
  const carried = value['v'];
  if (carried !== undefined && !isPlainObject(carried)) return undefined;
  if (carried) copyInto(out, carried, new Set());
  return { id, value: out };
}

export { splitText, escapeCardPlainText, escapeCardText, unescapeCardPlainText, visibleCardText };
