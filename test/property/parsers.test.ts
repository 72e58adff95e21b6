/**
 * Property tests for the parsers of button presses: whatever JSON a client sends
 * (dangerous keys included, built with JSON.parse as a request body is), they never
 * throw, never pollute a prototype, and return only a clean action or nothing.
 * And for the parser of dates people type: whatever the text, a real date or nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTeamsSubmit } from '../../src/channels/teams/render.js';
import { parseSlackAction } from '../../src/channels/slack/render.js';
import { hostileJson, hostileKey, hostileRecord, hostileText, longText, prototypeSnapshot, prototypesClean } from './hostile.js';
import { parseDate, type DateQuestion } from '../../src/time/parse.js';
import { isIsoDate } from '../../src/time/zone.js';

const RUNS = 300;
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/** What every parsed action must look like. */
function expectCleanAction(parsed: { id: string; value: Record<string, string> } | undefined): void {
  if (parsed === undefined) return;
  expect(typeof parsed.id).toBe('string');
  expect(parsed.id.length).toBeGreaterThan(0);
  expect(parsed.id.length).toBeLessThanOrEqual(200);
  expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  // Only own, enumerable string values; nothing under a dangerous name.
  for (const key of Reflect.ownKeys(parsed.value)) {
    expect(typeof key).toBe('string');
    expect(FORBIDDEN).not.toContain(key);
    expect((key as string).length).toBeLessThanOrEqual(200);
    expect(typeof parsed.value[key as string]).toBe('string');
  }
  expect(Object.keys(parsed.value).length).toBeLessThanOrEqual(400);
}

/** Button values (`v`) the way we put them on buttons, or anything else. */
const carriedArb = fc.oneof(
  { weight: 3, arbitrary: hostileRecord(fc.oneof(hostileText(3), fc.jsonValue({ maxDepth: 1 }))) },
  { weight: 1, arbitrary: hostileJson() },
);

/** A Teams Action.Submit value: `{ cc, v, ...inputs }`, shaped or not. */
const teamsValueArb = fc.oneof(
  { weight: 1, arbitrary: hostileJson() },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.oneof(hostileText(3), fc.jsonValue({ maxDepth: 1 })), fc.option(carriedArb, { nil: undefined }), hostileRecord(fc.oneof(hostileText(3), fc.jsonValue({ maxDepth: 1 }))))
      .map(([cc, v, inputs]) => JSON.parse(JSON.stringify({ ...inputs, cc, ...(v === undefined ? {} : { v }) })) as unknown),
  },
  // Dangerous keys at the top level and inside `v`, written as raw JSON.
  {
    weight: 1,
    arbitrary: fc
      .tuple(hostileText(2), hostileKey, hostileText(2))
      .map(([cc, key, val]) =>
        JSON.parse(`{"cc":${JSON.stringify(cc || 'x')},"__proto__":{"polluted":"yes"},"v":{"__proto__":{"polluted":"yes"},${JSON.stringify(key)}:${JSON.stringify(val)}},"constructor":{"prototype":{"polluted":"yes"}}}`) as unknown,
      ),
  },
);

describe('parseTeamsSubmit with hostile JSON', () => {
  it('never throws, never pollutes, and returns a clean action or nothing', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(teamsValueArb, (value) => {
        const parsed = parseTeamsSubmit(value);
        expectCleanAction(parsed);
        expect(prototypesClean(before)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every string the button carried, under its own name', () => {
    fc.assert(
      fc.property(hostileText(3).filter((s) => s !== '' && s.length <= 200), hostileRecord(hostileText(3)), (cc, v) => {
        const parsed = parseTeamsSubmit(JSON.parse(JSON.stringify({ cc, v })));
        expect(parsed?.id).toBe(cc);
        for (const [k, val] of Object.entries(v)) {
          if (FORBIDDEN.includes(k) || k.length > 200) expect(Object.prototype.hasOwnProperty.call(parsed!.value, k)).toBe(false);
          else expect(parsed!.value[k]).toBe(val);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** One entry of Slack's `state.values`: the shapes Slack sends, or anything. */
const stateEntryArb = fc.oneof(
  hostileText(3).map((value) => ({ type: 'plain_text_input', value })),
  fc.constantFrom('2026-03-02', null).map((selected_date) => ({ type: 'datepicker', selected_date })),
  fc.option(fc.record({ value: hostileText(2) }), { nil: null }).map((selected_option) => ({ type: 'static_select', selected_option })),
  fc.array(fc.oneof(fc.record({ value: hostileText(2) }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }).map((selected_options) => ({ type: 'checkboxes', selected_options })),
  fc.jsonValue({ maxDepth: 2 }),
);

const stateValuesArb = fc.oneof(
  { weight: 1, arbitrary: hostileJson() },
  { weight: 3, arbitrary: hostileRecord(hostileRecord(stateEntryArb, 4), 4) },
  {
    weight: 1,
    arbitrary: hostileText(2).map(
      (v) => JSON.parse(`{"__proto__":{"x":{"type":"plain_text_input","value":${JSON.stringify(v)}}},"b":{"__proto__":{"type":"plain_text_input","value":"p"},"polluted":{"type":"plain_text_input","value":"yes"}}}`) as unknown,
    ),
  },
);

const slackActionArb = fc.oneof(
  { weight: 1, arbitrary: hostileJson() },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.nat({ max: 1e9 }).map((n) => `cc_${n}`), hostileText(2)),
        fc.oneof(
          { weight: 3, arbitrary: fc.tuple(fc.oneof(hostileText(3), fc.jsonValue({ maxDepth: 1 })), fc.option(carriedArb, { nil: undefined })).map(([a, v]) => JSON.stringify({ a, ...(v === undefined ? {} : { v }) })) },
          { weight: 1, arbitrary: hostileText(4) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
        ),
      )
      .map(([action_id, value]) => JSON.parse(JSON.stringify({ action_id, value })) as unknown),
  },
);

describe('parseSlackAction with hostile JSON', () => {
  it('never throws, never pollutes, and returns a clean action or nothing', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(slackActionArb, stateValuesArb, (action, state) => {
        const parsed = parseSlackAction(action as { action_id: string; value?: string }, state);
        expectCleanAction(parsed);
        expect(prototypesClean(before)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every string the button carried, which wins over an input of the same name', () => {
    fc.assert(
      fc.property(hostileText(3).filter((s) => s !== '' && s.length <= 200), hostileRecord(hostileText(3)), stateValuesArb, (a, v, state) => {
        const value = JSON.stringify({ a, v });
        fc.pre(value.length <= 2000);
        const parsed = parseSlackAction({ action_id: 'cc_7', value }, state);
        expect(parsed?.id).toBe(a);
        for (const [k, val] of Object.entries(v)) {
          if (FORBIDDEN.includes(k) || k.length > 200) expect(Object.prototype.hasOwnProperty.call(parsed!.value, k)).toBe(false);
          else expect(parsed!.value[k]).toBe(val);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** Date words mixed into hostile text, so the property also reaches the paths that find a date. */
const dateWords = fc.constantFrom('last Monday', 'next fri', 'the 3rd', '3/4', '31/02/2027', '2027-04-03', 'end of March', 'in 3 months', 'a fortnight', 'tomorrow', 'for 2 weeks', '31.03', 'mid-June', 'now');
const datedTextArb = fc.array(fc.oneof(hostileText(3), dateWords), { maxLength: 6 }).map((parts) => parts.join(' '));

describe('parseDate with hostile text', () => {
  it('never throws, and gives a real date read from words that are in the text, or nothing', () => {
    fc.assert(
      fc.property(datedTextArb, fc.constantFrom<DateQuestion>('start', 'due', 'pause-end'), (text, question) => {
        const found = parseDate(text, '2026-11-21', question);
        if (found === undefined) return;
        expect(isIsoDate(found.date)).toBe(true);
        expect(text).toContain(found.matched);
        expect(found.matched.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads very long text in good time', () => {
    fc.assert(
      fc.property(longText(20_000), (text) => {
        const started = performance.now();
        parseDate(text, '2026-11-21', 'start');
        expect(performance.now() - started).toBeLessThan(2_000);
      }),
      { numRuns: 5 },
    );
  });
});
