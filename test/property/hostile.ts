/**
 * Arbitraries for the property tests: text and values as hostile people (or
 * broken clients) could send them. Shared by the tests in this folder.
 */
import fc from 'fast-check';

/** Pieces that mean something to one of the platforms, the terminal, our router or JavaScript. */
export const HOSTILE_FRAGMENTS = [
  // Slack control sequences
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123>',
  '<@W0ABC|alex>',
  '<#C123|general>',
  '<!subteam^S123>',
  '<!date^1392734382^{date}|x>',
  '<https://evil.example|click>',
  '<mailto:a@evil.example|mail>',
  '@here',
  '@channel',
  '@\u200beveryone',
  // Markdown and autolinks
  '[x](https://evil.example)',
  '[x]: https://evil.example',
  '![img](https://evil.example/a.png)',
  'https://evil.example/path?q=1&r=2',
  'http://evil.example',
  'www.evil.example',
  'evil.example',
  'alex@evil.example',
  'javascript:alert(1)',
  '*bold*',
  '_italic_',
  '~strike~',
  '`code`',
  '```block```',
  '> quote',
  '# heading',
  '- item',
  '+ item',
  '1. item',
  '12) item',
  '\\',
  '&amp;',
  '&lt;',
  '&#x3C;',
  '&',
  '<',
  '>',
  '|',
  // Adaptive Card functions
  '{{DATE(2020-01-01T00:00:00Z)}}',
  '{{TIME(2020-01-01T00:00:00Z)}}',
  '{{DATE(2020-01-01T00:00:00Z, SHORT)}}',
  '${name}',
  '{',
  '{{',
  // Right-to-left text and direction overrides
  'مرحبا بك في العمل',
  'שלום עולם',
  '\u202eevil.exe\u202c',
  '\u202d\u202a\u202b\u2066\u2067\u2068\u2069',
  '\u200f\u200e',
  // Emoji, ZWJ sequences, modifiers, flags, combining marks
  '👩🏽‍⚕️',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇬🇧',
  '\u200d',
  '\ufe0f',
  'e\u0301\u0301\u0301',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫ',
  '\u00a0\u2028\u2029\ufeff\u2060\u200b',
  // Terminal control
  '\u001b[31mred\u001b[0m',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  '\u001b]0;title\u0007',
  '\u009b2J',
  '\u001bP1$r\u001b\\',
  '\u0000',
  '\u0007',
  '\b\b\b',
  '\r',
  '\r\n',
  '\n',
  '\n\n',
  '\t',
  '\u007f',
  // Lone surrogates
  '\ud800',
  '\udfff',
  // JavaScript object keys
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  // Words the bot reacts to
  'help',
  'back',
  'cancel',
  'restart',
  'skip',
  'yes',
  'no',
  '3',
  'hi',
  'delete my data',
  'pause check-ins',
  'How do I become a nursing associate?',
  'band 5',
  'I feel hopeless',
] as const;

export const fragment = fc.constantFrom(...HOSTILE_FRAGMENTS);

/** Any UTF-16 string, lone surrogates included. */
export const codeUnitString = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));

/** Short text mixing hostile fragments with arbitrary graphemes, code points and code units. */
export const hostileText = (maxPieces = 10): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fragment },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: codeUnitString(6) },
        { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '. ', '\n') },
      ),
      { maxLength: maxPieces },
    )
    .map((parts) => parts.join(''));

/** Non-blank hostile text (what a person can actually send). */
export const typedText = (maxPieces = 10): fc.Arbitrary<string> => hostileText(maxPieces).filter((t) => t.trim() !== '');

/** Very long text, from 10,000 to `max` UTF-16 units: a hostile seed repeated, cut anywhere (even inside a pair). */
export const longText = (max = 100_000): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(hostileText(6), { minLength: 1, maxLength: 6 }), fc.integer({ min: 10_000, max }), fc.boolean())
    .map(([seeds, length, spaced]) => {
      const seed = seeds.join(spaced ? ' ' : '') || 'x';
      const safeSeed = seed.trim() === '' ? `${seed}x` : seed;
      return safeSeed.repeat(Math.ceil(length / safeSeed.length)).slice(0, length);
    });

/** Object keys, dangerous ones often. */
export const hostileKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'polluted', 'answer', 'text', 'dialog', 'e', 'c', 'r', 'cc', 'v', 'a', 'held', 'items') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: hostileText(3) },
);

/**
 * A JSON object whose own keys may be `__proto__` and friends, built the way a parsed
 * request body is (JSON.parse makes `__proto__` an own property, not the prototype).
 */
export const hostileRecord = (value: fc.Arbitrary<unknown>, maxKeys = 6): fc.Arbitrary<Record<string, unknown>> =>
  fc.array(fc.tuple(hostileKey, value), { maxLength: maxKeys }).map((entries) => {
    const json = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v === undefined ? null : v)}`).join(',')}}`;
    return JSON.parse(json) as Record<string, unknown>;
  });

/** Button values as a person's client could send them back: strings, or anything JSON. */
export const hostileValues = (): fc.Arbitrary<Record<string, unknown>> =>
  hostileRecord(fc.oneof({ weight: 4, arbitrary: hostileText(4) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }));

/** Same, with string values only (what the core sees after the channel parsed a press). */
export const hostileStringValues = (): fc.Arbitrary<Record<string, string>> =>
  hostileRecord(hostileText(4)) as fc.Arbitrary<Record<string, string>>;

/** Any JSON value, or an object with dangerous keys somewhere inside. */
export const hostileJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    hostileRecord(fc.jsonValue({ maxDepth: 2 })),
    hostileRecord(hostileRecord(fc.jsonValue({ maxDepth: 1 }))),
  );

/** What Object.prototype looks like now, to compare after a run. */
export function prototypeSnapshot(): string {
  const describe = (o: object) =>
    Object.getOwnPropertyNames(o)
      .sort()
      .map((k) => `${k}:${typeof (Object.getOwnPropertyDescriptor(o, k)?.value as unknown)}`)
      .join(',');
  return [describe(Object.prototype), describe(Array.prototype), describe(String.prototype), describe(Function.prototype)].join('|');
}

/** True when nothing was added to the built-in prototypes. */
export function prototypesClean(before: string): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    prototypeSnapshot() === before &&
    probe['polluted'] === undefined &&
    Object.keys(Object.prototype).length === 0 &&
    Object.getPrototypeOf(probe) === Object.prototype
  );
}

/** Control characters a terminal would act on: C0 except newline, DEL, and C1. */
export const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
