/**
 * Renders channel-neutral messages as plain text for a terminal, and maps a typed
 * number back to the button it stands for.
 *
 * Pure: no I/O. Safety: everything we print passes through `stripControls`, so text
 * typed by people cannot move the cursor, recolour the screen, set the window title,
 * make OSC 8 hyperlinks or otherwise control the terminal.
 */
import type { Block, Choice, InputField, OutboundMessage } from '../../core/messages.js';

export interface TerminalAction {
  id: string;
  value: Record<string, string>;
}

export interface TerminalOption {
  /** The number the person types. */
  n: number;
  label: string;
  action: TerminalAction;
}

/** A form: the terminal asks each field in turn, then sends `submit` with the answers. */
export interface TerminalForm {
  fields: InputField[];
  submit: TerminalAction;
}

export interface TerminalRender {
  text: string;
  options: TerminalOption[];
  /** The message's first form, if it has one (a terminal runs one form at a time). */
  inputs?: TerminalForm;
  /** Every form in the message, in order. */
  forms: TerminalForm[];
}

// ESC-introduced sequences: CSI (ESC [ … final), OSC / DCS / SOS / PM / APC strings
// (ended by BEL or ESC \), and two-character escapes; plus their 8-bit C1 forms.
// An unterminated string loses only its introducer, so no text after it is dropped.
const ANSI_SEQUENCES = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]',
    '\\u009b[0-?]*[ -/]*[@-~]',
    '\\u001b[\\]PX^_][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c)',
    '[\\u0090\\u0098\\u009d\\u009e\\u009f][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c)',
    '\\u001b[ -/]*[0-~]?',
  ].join('|'),
  'g',
);
// C0 controls except \n, DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Removes ANSI escape sequences and control characters, keeping line breaks.
 * `\r\n` and lone `\r` become `\n`; a tab becomes a space.
 */
export function stripControls(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(ANSI_SEQUENCES, '')
    .replace(CONTROLS, '');
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const width = (s: string): number => [...graphemes.segment(s)].length;

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Indents the lines after the first, so a multi-line item stays under its bullet. */
const hang = (s: string, indent: string): string => s.replace(/\n/g, `\n${indent}`);

function describeField(f: InputField): string {
  const label = stripControls(f.label);
  const notes: string[] = [];
  if (f.optional) notes.push('optional');
  switch (f.kind) {
    case 'date':
      notes.push('a date, YYYY-MM-DD');
      break;
    case 'number':
      notes.push('a number');
      break;
    case 'multiline':
      notes.push('text');
      break;
    case 'choice': {
      const options = (f.options ?? []).map((o) => `${stripControls(o.value)} = ${stripControls(o.label)}`);
      notes.push(`${f.multiple ? 'one or more, separated by commas' : 'one'} of: ${options.join('; ')}`);
      break;
    }
    case 'text':
      break;
  }
  if (f.placeholder) notes.push(`e.g. ${stripControls(f.placeholder)}`);
  return `  - ${hang(label, '    ')}${notes.length > 0 ? ` (${hang(notes.join(', '), '    ')})` : ''}`;
}

function cleanField(f: InputField): InputField {
  const out: InputField = { ...f, label: stripControls(f.label) };
  if (f.placeholder !== undefined) out.placeholder = stripControls(f.placeholder);
  if (f.options) out.options = f.options.map((o) => ({ label: stripControls(o.label), value: o.value }));
  return out;
}

const toAction = (c: Choice): TerminalAction => ({ id: c.action, value: { ...(c.value ?? {}) } });

/**
 * Renders a message for a terminal. Buttons become numbered options `1) Label`, counting
 * on from `offset` (the number of options already on screen), across all blocks.
 */
export function renderTerminal(msg: OutboundMessage, offset = 0): TerminalRender {
  const parts: string[] = [];
  const options: TerminalOption[] = [];
  const forms: TerminalForm[] = [];
  const render = (b: Block): string | undefined => {
    switch (b.type) {
      case 'heading': {
        const text = stripControls(b.text);
        if (text === '') return undefined;
        // The underline stops at 60 columns, so long lines need no counting (segmenting
        // very long text is slow on Node 20).
        const longest = Math.max(...text.split('\n').map((line) => (line.length > 240 ? 60 : width(line))));
        return `${text}\n${'='.repeat(Math.min(Math.max(longest, 3), 60))}`;
      }
      case 'paragraph': {
        const text = stripControls(b.text);
        if (text === '') return undefined;
        return b.tone === 'warning' ? `! ${hang(text, '  ')}` : text;
      }
      case 'list':
        if (b.items.length === 0) return undefined;
        return b.items
          .map((item, i) => {
            const bullet = b.ordered ? `${i + 1}. ` : '\u2022 ';
            return `  ${bullet}${hang(stripControls(item), ' '.repeat(2 + bullet.length))}`;
          })
          .join('\n');
      case 'facts':
        if (b.facts.length === 0) return undefined;
        return b.facts.map((f) => `${stripControls(f.label)}: ${hang(stripControls(f.value), '  ')}`).join('\n');
      case 'links': {
        const lines = b.links.filter((l) => isHttpUrl(l.url)).map((l) => `${stripControls(l.label)}: ${stripControls(l.url)}`);
        return lines.length > 0 ? lines.join('\n') : undefined;
      }
      case 'image':
        return `[Image: ${stripControls(b.alt)}] ${stripControls(b.url)}`;
      case 'divider':
        return '-'.repeat(40);
      case 'choices': {
        if (b.choices.length === 0) return undefined;
        const lines: string[] = [];
        for (const c of b.choices) {
          const n = offset + options.length + 1;
          const label = stripControls(c.label);
          options.push({ n, label, action: toAction(c) });
          lines.push(`${n}) ${hang(label, ' '.repeat(String(n).length + 2))}`);
        }
        return lines.join('\n');
      }
      case 'inputs': {
        forms.push({ fields: b.fields.map(cleanField), submit: toAction(b.submit) });
        const submit = stripControls(b.submit.label);
        return [
          'Please answer:',
          ...b.fields.map(describeField),
          `Type your answer to each question when asked${submit ? `; then it is sent (${submit})` : ''}.`,
        ].join('\n');
      }
    }
  };
  for (const b of msg.blocks) {
    const part = render(b);
    if (part !== undefined) parts.push(part);
  }
  if (msg.blocks.length === 0 && msg.text !== '') parts.push(stripControls(msg.text));
  const out: TerminalRender = { text: parts.join('\n\n'), options, forms };
  if (forms[0]) out.inputs = forms[0];
  return out;
}

/**
 * If `line` is the number of one of `options` (`2`, ` 2 `, `2)` or `2.`), the action
 * that option stands for; otherwise undefined (the line is ordinary text).
 */
export function parseTerminalInput(line: string, options: ReadonlyArray<Pick<TerminalOption, 'n' | 'action'>>): TerminalAction | undefined {
  const m = /^\s*(\d{1,6})\s*[).]?\s*$/.exec(line);
  if (!m) return undefined;
  const n = Number(m[1]);
  const option = options.find((o) => o.n === n);
  return option ? { id: option.action.id, value: { ...option.action.value } } : undefined;
}
