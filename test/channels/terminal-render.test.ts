import { describe, expect, it } from 'vitest';
import { message, type OutboundMessage } from '../../src/core/messages.js';
import { parseTerminalInput, renderTerminal, stripControls } from '../../src/channels/local/render.js';

const rich: OutboundMessage = message([
  { type: 'heading', text: 'Your career plan' },
  { type: 'paragraph', text: 'Here is where you are.' },
  { type: 'paragraph', text: 'Check with your manager.', tone: 'warning' },
  { type: 'list', items: ['Band 5', 'Band 6\nor 7'] },
  { type: 'list', items: ['Talk', 'Book'], ordered: true },
  { type: 'facts', facts: [{ label: 'Role', value: 'Staff nurse' }] },
  {
    type: 'choices',
    choices: [
      { label: 'Save', action: 'pathway.save', value: { pathwayId: 'p1' }, style: 'primary' },
      { label: 'Explore', action: 'pathway.explore' },
    ],
  },
  {
    type: 'links',
    links: [
      { label: 'NHS careers', url: 'https://www.healthcareers.nhs.uk/' },
      { label: 'Bad', url: 'javascript:alert(1)' },
    ],
  },
  { type: 'image', url: 'https://example.nhs.uk/chart.png', alt: 'Chart of bands' },
  { type: 'divider' },
  { type: 'choices', choices: [{ label: 'Help', action: 'help' }] },
  {
    type: 'inputs',
    fields: [
      { id: 'goal', label: 'Your goal', kind: 'multiline', placeholder: 'Lead a ward' },
      { id: 'start', label: 'Start date', kind: 'date', optional: true },
      { id: 'band', label: 'Band', kind: 'choice', options: [{ label: 'Band 5', value: '5' }, { label: 'Band 6', value: '6' }] },
    ],
    submit: { label: 'Save my plan', action: 'plan.save', value: { step: '2' } },
  },
]);

describe('renderTerminal', () => {
  it('renders every block type as plain text', () => {
    const r = renderTerminal(rich);
    expect(r.text).toBe(
      [
        'Your career plan\n================',
        'Here is where you are.',
        '! Check with your manager.',
        '  \u2022 Band 5\n  \u2022 Band 6\n    or 7',
        '  1. Talk\n  2. Book',
        'Role: Staff nurse',
        '1) Save\n2) Explore',
        'NHS careers: https://www.healthcareers.nhs.uk/',
        '[Image: Chart of bands] https://example.nhs.uk/chart.png',
        '-'.repeat(40),
        '3) Help',
        [
          'Please answer:',
          '  - Your goal (text, e.g. Lead a ward)',
          '  - Start date (optional, a date, YYYY-MM-DD)',
          '  - Band (one of: 5 = Band 5; 6 = Band 6)',
          'Type your answer to each question when asked; then it is sent (Save my plan).',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(r.options).toEqual([
      { n: 1, label: 'Save', action: { id: 'pathway.save', value: { pathwayId: 'p1' } } },
      { n: 2, label: 'Explore', action: { id: 'pathway.explore', value: {} } },
      { n: 3, label: 'Help', action: { id: 'help', value: {} } },
    ]);
    expect(r.inputs).toEqual({
      fields: [
        { id: 'goal', label: 'Your goal', kind: 'multiline', placeholder: 'Lead a ward' },
        { id: 'start', label: 'Start date', kind: 'date', optional: true },
        { id: 'band', label: 'Band', kind: 'choice', options: [{ label: 'Band 5', value: '5' }, { label: 'Band 6', value: '6' }] },
      ],
      submit: { id: 'plan.save', value: { step: '2' } },
    });
    expect(r.forms).toEqual([r.inputs]);
  });

  it('numbers options on from an offset, for several replies on screen at once', () => {
    const r = renderTerminal(message([{ type: 'choices', choices: [{ label: 'A', action: 'a' }, { label: 'B', action: 'b' }] }]), 4);
    expect(r.options.map((o) => o.n)).toEqual([5, 6]);
    expect(r.text).toBe('5) A\n6) B');
  });

  it('has no inputs when the message has no form', () => {
    const r = renderTerminal(message([{ type: 'paragraph', text: 'Hi' }]));
    expect(r.inputs).toBeUndefined();
    expect(r.forms).toEqual([]);
  });

  it('falls back to the message text when there are no blocks', () => {
    expect(renderTerminal({ text: 'Hello\u001b[2J', blocks: [] }).text).toBe('Hello');
  });

  it('does not let typed text control the terminal', () => {
    const evil =
      'a\u001b[31mred\u001b[0m b\u001b]0;title\u0007c \u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\ d\u009b2J e\r\nf\rg\u0007h\u0000i\u007fj\u001bck\tl\u0008m';
    const msg = message([
      { type: 'heading', text: evil },
      { type: 'paragraph', text: evil },
      { type: 'list', items: [evil] },
      { type: 'facts', facts: [{ label: evil, value: evil }] },
      { type: 'links', links: [{ label: evil, url: 'https://example.org/' }] },
      { type: 'image', url: 'https://example.org/\u001b[2Ja.png', alt: evil },
      { type: 'choices', choices: [{ label: evil, action: 'x' }] },
      { type: 'inputs', fields: [{ id: 'a', label: evil, kind: 'choice', placeholder: evil, options: [{ label: evil, value: 'v' }] }], submit: { label: evil, action: 'y' } },
    ]);
    const r = renderTerminal(msg);
    const all = [r.text, ...r.options.map((o) => o.label), JSON.stringify(r.inputs)].join('\n');
    expect(r.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    for (const o of r.options) expect(o.label).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const field = r.inputs!.fields[0]!;
    for (const s of [field.label, field.placeholder!, field.options![0]!.label]) expect(s).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(all).not.toContain('\u001b');
    // Colours, the window title, an OSC 8 hyperlink, C1 CSI, RIS (ESC c), BEL, NUL, DEL and
    // backspace all go; \r\n and \r become \n and a tab becomes a space.
    expect(stripControls(evil)).toBe('ared bc link d e\nf\nghijk lm');
  });

  it('stripControls keeps ordinary text, emoji and RTL text', () => {
    const t = 'Hello 👩🏽‍⚕️ مرحبا עברית\nnext line';
    expect(stripControls(t)).toBe(t);
  });
});

describe('parseTerminalInput', () => {
  const { options } = renderTerminal(rich);

  it('maps a number to its option action', () => {
    expect(parseTerminalInput('1', options)).toEqual({ id: 'pathway.save', value: { pathwayId: 'p1' } });
    expect(parseTerminalInput(' 3 ', options)).toEqual({ id: 'help', value: {} });
    expect(parseTerminalInput('2)', options)).toEqual({ id: 'pathway.explore', value: {} });
    expect(parseTerminalInput('2.', options)).toEqual({ id: 'pathway.explore', value: {} });
  });

  it('returns a copy, so the caller cannot change the options', () => {
    const a = parseTerminalInput('1', options)!;
    a.value['pathwayId'] = 'changed';
    expect(parseTerminalInput('1', options)!.value['pathwayId']).toBe('p1');
  });

  it('treats anything else as ordinary text', () => {
    for (const line of ['', '0', '4', '-1', '1.5', 'one', '1 2', 'help', '12345678']) {
      expect(parseTerminalInput(line, options)).toBeUndefined();
    }
  });
});
